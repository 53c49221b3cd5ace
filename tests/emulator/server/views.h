#pragma once

#include "wire.h"

#include "sessions.h"
#include "tenant.h"

#include <QJsonObject>

namespace vb365emu {

// Where each resource lives below the version prefix (spelled as the v6+ OpenAPI spells it).
namespace paths {
ResourcePath organization(const QString &organizationId);
ResourcePath session(const QString &sessionId);
ResourcePath sessionOrganization(const QString &sessionId);
ResourcePath mailboxes(const QString &sessionId);
ResourcePath mailbox(const QString &sessionId, const QString &mailboxId);
ResourcePath mailFolders(const QString &sessionId, const QString &mailboxId);
ResourcePath mailItems(const QString &sessionId, const QString &mailboxId);
ResourcePath oneDrives(const QString &sessionId);
ResourcePath oneDrive(const QString &sessionId, const QString &oneDriveId);
ResourcePath driveFolders(const QString &sessionId, const QString &oneDriveId);
ResourcePath driveDocuments(const QString &sessionId, const QString &oneDriveId);
} // namespace paths

// Entity → JSON in the request's dialect: camelCase with the legacy exact spellings, PascalCase enums,
// ISO dates, `_links` and `_actions`; absent optional values are left out rather than written as null.
QJsonObject organizationJson(const Wire &wire, const Organization &organization);
QJsonObject sessionJson(const Wire &wire, const RestoreSession &session);
QJsonObject sessionOrganizationJson(const Wire &wire, const RestoreSession &session, const Organization &organization);
QJsonObject eventJson(const Wire &wire, const RestoreSession &session, const SessionEvent &event);
QJsonObject mailboxJson(const Wire &wire, const QString &sessionId, const Mailbox &mailbox);
QJsonObject mailFolderJson(const Wire &wire, const QString &sessionId, const MailFolder &folder);
QJsonObject mailItemJson(const Wire &wire, const QString &sessionId, const MailItem &item);
QJsonObject oneDriveJson(const Wire &wire, const QString &sessionId, const OneDrive &oneDrive);
// A OneDrive folder or document (also a version of a document).
QJsonObject driveItemJson(const Wire &wire, const QString &sessionId, const DriveItem &item);

} // namespace vb365emu
