#pragma once

// Which actions a selection offers: the connected dialect decides what exists in its version, the
// resource's `_actions` (when the server sends them) narrows it (docs/wizards.md).

#include "actions/requests.h"
#include "api/dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace re::ui {

// The wizards a target can open. Saves (.msg, ZIP, Save to…) belong to the downloads panel.
enum class ActionKind {
    RestoreToOriginal,
    RestoreToMailbox,
    CopyToOneDrive,
    SendByMail,
    ExportToPst,
    BulkOneDriveRestore,
    RestoreVersion,
    BulkMailboxRestore,
};

// What the user picked: one resource, or several rows of the item list (target.selectedIds).
struct ActionContext
{
    ActionTarget target;
    // The `_actions` names the server sent on the picked rows (intersection for several rows); empty
    // when the server sent none, which leaves the choice to the dialect.
    QStringList serverActions;
    bool serverSentActions = false;
    SessionType sessionType = SessionType::Exchange; // of the session the target belongs to
    QString organization; // for the restore log
    QString label;        // the picked resource as the user sees it

    bool isValid() const { return !target.ref.sessionId.isEmpty(); }
};

// The actions `context` offers in `dialect`, in menu order.
QList<ActionKind> offeredActions(const Dialect &dialect, const ActionContext &context);
// Menu text ("Restore to Original Location…").
QString actionMenuText(ActionKind kind);
// A new draft request for the wizard; fields the user has not chosen keep core's defaults.
actions::ActionRequest draftFor(ActionKind kind, const ActionContext &context);

} // namespace re::ui
