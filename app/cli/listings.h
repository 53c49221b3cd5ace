#pragma once

#include "cli/report.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "resources/organization.h"
#include "resources/restoresession.h"

#include <QList>

// Turns typed resources into report sections: the table columns people read and the JSON records
// scripts read. Only fields every API version (v5-v8) delivers are printed, so one tenant lists the
// same in every dialect; times are UTC ISO 8601.
namespace re::cli {

Section organizationsSection(const QList<Organization> &organizations);
Section sessionsSection(const QList<RestoreSession> &sessions);
Section sessionSection(const RestoreSession &session); // one session, for Report::record
Section eventsSection(const QList<SessionEvent> &events);
Section collectionsSection(const QStringList &names);  // top level of a session
Section mailboxesSection(const QList<Mailbox> &mailboxes);
Section mailFoldersSection(const QList<MailFolder> &folders);
Section mailItemsSection(const QList<MailItem> &items);
Section oneDrivesSection(const QList<OneDrive> &oneDrives);
Section oneDriveFoldersSection(const QList<OneDriveFolder> &folders);
Section documentsSection(const QList<OneDriveDocument> &documents);

// Orders that do not depend on the server: organizations by name, sessions newest first, events
// by time.
void sortOrganizations(QList<Organization> &organizations);
void sortSessions(QList<RestoreSession> &sessions);
void sortEvents(QList<SessionEvent> &events);

QString sessionStateText(SessionState state);
QString outcomeText(Outcome outcome);

} // namespace re::cli
