#pragma once

#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "resources/restoresession.h"

#include <QList>
#include <QModelIndex>
#include <QString>

namespace re::ui {

// HTML for the details pane (all values escaped). One function per thing that can be selected.
QString mailItemDetails(const MailItem &item);
QString documentDetails(const OneDriveDocument &document);
QString treeNodeDetails(const QModelIndex &index);
// A restore session with its events (events may still be loading: `eventsNote` says so).
QString sessionDetails(const QModelIndex &sessionIndex, const QList<SessionEvent> &events,
                       const QString &eventsNote);
QString formatSize(qint64 bytes);

} // namespace re::ui
