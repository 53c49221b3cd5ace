#include "views.h"

#include <QLocale>

namespace vb365emu {

namespace paths {
ResourcePath organization(const QString &organizationId) { return {"Organizations", organizationId}; }
ResourcePath session(const QString &sessionId) { return {"RestoreSessions", sessionId}; }
ResourcePath sessionOrganization(const QString &sessionId) { return session(sessionId) / "organization"; }
ResourcePath mailboxes(const QString &sessionId) { return sessionOrganization(sessionId) / "mailboxes"; }
ResourcePath mailbox(const QString &sessionId, const QString &mailboxId) { return mailboxes(sessionId) / mailboxId; }
ResourcePath mailFolders(const QString &sessionId, const QString &mailboxId) { return mailbox(sessionId, mailboxId) / "folders"; }
ResourcePath mailItems(const QString &sessionId, const QString &mailboxId) { return mailbox(sessionId, mailboxId) / "items"; }
ResourcePath oneDrives(const QString &sessionId) { return session(sessionId) / "Organization" / "OneDrives"; }
ResourcePath oneDrive(const QString &sessionId, const QString &oneDriveId) { return oneDrives(sessionId) / oneDriveId; }
ResourcePath driveFolders(const QString &sessionId, const QString &oneDriveId) { return oneDrive(sessionId, oneDriveId) / "Folders"; }
ResourcePath driveDocuments(const QString &sessionId, const QString &oneDriveId) { return oneDrive(sessionId, oneDriveId) / "Documents"; }
} // namespace paths

namespace {

QString pstActionName(ApiVersion version)
{
    return usesActionEndpoints(version) ? QStringLiteral("exporttoPst") : QStringLiteral("exportToPst");
}

QJsonArray attachmentsJson(const QList<MailAttachment> &attachments)
{
    QJsonArray out;
    for (const MailAttachment &a : attachments)
        out.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("sizeBytes"), a.sizeBytes}});
    return out;
}

void insertDate(QJsonObject &object, const QString &key, const QDateTime &value)
{
    if (value.isValid())
        object.insert(key, Wire::date(value));
}

void insertText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QString addressList(const QStringList &addresses)
{
    return addresses.join(QStringLiteral("; "));
}

// The session organization's name carries the point in time, like "contoso.onmicrosoft.com (6/26/2017 3:07:39 PM)".
QString pointInTimeName(const Organization &organization, const RestoreSession &session)
{
    const QDateTime when = session.scope.pointInTime.value_or(session.creationTime).toUTC();
    return QStringLiteral("%1 (%2)").arg(organization.name, QLocale::c().toString(when, QStringLiteral("M/d/yyyy h:mm:ss AP")));
}

} // namespace

QJsonObject organizationJson(const Wire &wire, const Organization &organization)
{
    QJsonObject json{
        {QStringLiteral("id"), organization.id},
        {QStringLiteral("name"), organization.name},
        {QStringLiteral("officeName"), organization.officeName},
        {QStringLiteral("type"), wireName(organization.type)},
        {QStringLiteral("region"), wireName(organization.region)},
        {QStringLiteral("isBackedup"), organization.isBackedUp},
        {QStringLiteral("isExchangeOnline"), organization.isExchangeOnline},
        {QStringLiteral("isSharePointOnline"), organization.isSharePointOnline},
        {QStringLiteral("isTeamsOnline"), organization.isTeamsOnline},
        {QStringLiteral("_links"), QJsonObject{{QStringLiteral("self"), wire.link(paths::organization(organization.id))}}},
        {QStringLiteral("_actions"), QJsonObject{}},
    };
    // v7+ leave both keys out for a never-backed-up organization; older versions print null.
    const auto backupTime = [&](const QString &key, const std::optional<QDateTime> &value) {
        if (value)
            json.insert(key, Wire::date(*value));
        else if (!omitsMissingBackupTimes(wire.version()))
            json.insert(key, QJsonValue(QJsonValue::Null));
    };
    backupTime(QStringLiteral("firstBackuptime"), organization.firstBackupTime);
    backupTime(QStringLiteral("lastBackuptime"), organization.lastBackupTime);
    if (wire.version() >= ApiVersion::V6)
        json.insert(QStringLiteral("isTeamsChatsOnline"), false);
    if (wire.version() >= ApiVersion::V7)
        json.insert(QStringLiteral("description"), organization.description);
    return json;
}

QJsonObject sessionJson(const Wire &wire, const RestoreSession &session)
{
    QJsonObject links{
        {QStringLiteral("self"), wire.link(paths::session(session.id))},
        {QStringLiteral("organization"), wire.link(paths::sessionOrganization(session.id))},
        {QStringLiteral("restoreSessionEvents"), wire.link(paths::session(session.id) / "Events")},
    };
    QJsonObject json{
        {QStringLiteral("id"), session.id},
        {QStringLiteral("name"), session.name},
        {QStringLiteral("organization"), session.organizationName},
        {QStringLiteral("type"), wireName(session.type)},
        {QStringLiteral("creationTime"), Wire::date(session.creationTime)},
        {QStringLiteral("state"), wireName(session.state)},
        {QStringLiteral("result"), wireName(session.result)},
        {QStringLiteral("initiatedBy"), session.initiatedBy},
        {QStringLiteral("_links"), links},
    };
    // A running session has no endTime key at all (the doc examples), in every dialect.
    if (session.endTime)
        json.insert(QStringLiteral("endTime"), Wire::date(*session.endTime));
    if (wire.version() >= ApiVersion::V6)
        json.insert(QStringLiteral("clientHost"), QStringLiteral("127.0.0.1"));
    if (wire.version() >= ApiVersion::V8)
        json.insert(QStringLiteral("eTag"), session.eTag);
    return json;
}

QJsonObject sessionOrganizationJson(const Wire &wire, const RestoreSession &session, const Organization &organization)
{
    const ResourcePath self = paths::sessionOrganization(session.id);
    QJsonObject links{{QStringLiteral("self"), wire.link(self)}};
    QJsonObject actions;
    switch (session.type) {
    case SessionType::Vex:
        links.insert(QStringLiteral("mailboxes"), wire.link(paths::mailboxes(session.id)));
        actions.insert(pstActionName(wire.version()), wire.action(self, QStringLiteral("exportToPst")));
        break;
    case SessionType::Veod:
        links.insert(QStringLiteral("oneDrives"), wire.link(paths::oneDrives(session.id)));
        break;
    case SessionType::Vesp:
        links.insert(QStringLiteral("sites"), wire.link(self / "Sites"));
        break;
    case SessionType::Vet:
        links.insert(QStringLiteral("teams"), wire.link(self / "teams"));
        break;
    }
    QJsonObject json{
        {QStringLiteral("id"), organization.id},
        {QStringLiteral("name"), pointInTimeName(organization, session)},
        {QStringLiteral("_links"), links},
    };
    // Seed 004 (v5) shows `_actions` here; the v6+ schema RESTBackupOrganization declares `type` instead.
    if (wire.version() >= ApiVersion::V6)
        json.insert(QStringLiteral("type"), wireName(organization.type));
    else
        json.insert(QStringLiteral("_actions"), actions);
    return json;
}

QJsonObject eventJson(const Wire &wire, const RestoreSession &session, const SessionEvent &event)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject json{
        {QStringLiteral("id"), event.id},
        {QStringLiteral("type"), wireName(event.type)},
        {QStringLiteral("status"), wireName(event.status)},
        {QStringLiteral("startTime"), Wire::date(event.startTime)},
        {QStringLiteral("duration"), event.duration(now)},
        {QStringLiteral("title"), event.title},
        {QStringLiteral("message"), event.message},
        {QStringLiteral("order"), event.order},
        {QStringLiteral("_links"),
         QJsonObject{{QStringLiteral("self"), wire.link(paths::session(session.id) / "Events" / event.id)},
                     {QStringLiteral("restoreSession"), wire.link(paths::session(session.id))}}},
    };
    if (event.endTime)
        json.insert(QStringLiteral("endTime"), Wire::date(*event.endTime));
    if (wire.version() >= ApiVersion::V6) {
        insertText(json, QStringLiteral("itemName"), event.itemName);
        insertText(json, QStringLiteral("itemType"), event.itemType);
        if (event.itemSizeBytes > 0)
            json.insert(QStringLiteral("itemSizeBytes"), event.itemSizeBytes);
        insertText(json, QStringLiteral("source"), event.source);
        insertText(json, QStringLiteral("target"), event.target);
    }
    if (wire.version() >= ApiVersion::V8)
        json.insert(QStringLiteral("organizationId"), session.organizationId);
    return json;
}

QJsonObject mailboxJson(const Wire &wire, const QString &sessionId, const Mailbox &mailbox)
{
    const ResourcePath self = paths::mailbox(sessionId, mailbox.id);
    QJsonObject json{
        {QStringLiteral("id"), mailbox.id},
        {QStringLiteral("name"), mailbox.name},
        {QStringLiteral("email"), mailbox.email},
        {QStringLiteral("isArchive"), mailbox.isArchive},
        {QStringLiteral("_links"),
         QJsonObject{{QStringLiteral("self"), wire.link(self)},
                     {QStringLiteral("restoreSession"), wire.link(paths::session(sessionId))},
                     {QStringLiteral("folders"), wire.link(paths::mailFolders(sessionId, mailbox.id),
                                                           {{QStringLiteral("parentId"), wire.rootSelector()}})},
                     {QStringLiteral("allfolders"), wire.link(paths::mailFolders(sessionId, mailbox.id))},
                     {QStringLiteral("items"), wire.link(paths::mailItems(sessionId, mailbox.id))}}},
        {QStringLiteral("_actions"), QJsonObject{{pstActionName(wire.version()), wire.action(self, QStringLiteral("exportToPst"))}}},
    };
    if (wire.version() >= ApiVersion::V6)
        json.insert(QStringLiteral("isPublic"), mailbox.isPublic);
    return json;
}

QJsonObject mailFolderJson(const Wire &wire, const QString &sessionId, const MailFolder &folder)
{
    const ResourcePath self = paths::mailFolders(sessionId, folder.mailboxId) / folder.id;
    const ResourcePath parent = folder.parentId.isEmpty() ? paths::mailbox(sessionId, folder.mailboxId)
                                                          : paths::mailFolders(sessionId, folder.mailboxId) / folder.parentId;
    QJsonObject json{
        {QStringLiteral("id"), folder.id},
        {QStringLiteral("name"), folder.name},
        {QStringLiteral("type"), wireName(folder.type)},
        {QStringLiteral("description"), folder.description},
        {QStringLiteral("_links"),
         QJsonObject{{QStringLiteral("self"), wire.link(self)},
                     {QStringLiteral("parent"), wire.link(parent)},
                     {QStringLiteral("mailbox"), wire.link(paths::mailbox(sessionId, folder.mailboxId))},
                     {QStringLiteral("children"), wire.link(paths::mailFolders(sessionId, folder.mailboxId),
                                                            {{QStringLiteral("parentId"), folder.id}})},
                     {QStringLiteral("items"), wire.link(paths::mailItems(sessionId, folder.mailboxId),
                                                         {{wire.mailItemFolderParameter(), folder.id}})}}},
        {QStringLiteral("_actions"), QJsonObject{{pstActionName(wire.version()), wire.action(self, QStringLiteral("exportToPst"))}}},
    };
    if (wire.version() >= ApiVersion::V6)
        json.insert(QStringLiteral("category"), wireName(folder.category));
    if (wire.version() >= ApiVersion::V8)
        json.insert(QStringLiteral("mailboxId"), folder.mailboxId);
    return json;
}

QJsonObject mailItemJson(const Wire &wire, const QString &sessionId, const MailItem &item)
{
    const ResourcePath self = paths::mailItems(sessionId, item.mailboxId) / item.id;
    const bool actionStyle = usesActionEndpoints(wire.version());
    QJsonObject json{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("itemClass"), item.itemClass},
        {QStringLiteral("subject"), item.subject},
        {QStringLiteral("_links"),
         QJsonObject{{QStringLiteral("self"), wire.link(self)},
                     {QStringLiteral("parent"), wire.link(paths::mailFolders(sessionId, item.mailboxId) / item.folderId)},
                     {QStringLiteral("mailbox"), wire.link(paths::mailbox(sessionId, item.mailboxId))}}},
        {QStringLiteral("_actions"),
         QJsonObject{{actionStyle ? QStringLiteral("savetoMsg") : QStringLiteral("save"), wire.action(self, QStringLiteral("save"))},
                     {pstActionName(wire.version()), wire.action(self, QStringLiteral("exportToPst"))}}},
    };
    switch (item.kind) {
    case MailItemKind::Message:
        json.insert(QStringLiteral("from"), item.from);
        json.insert(QStringLiteral("to"), addressList(item.to));
        json.insert(QStringLiteral("cc"), addressList(item.cc));
        json.insert(QStringLiteral("bcc"), addressList(item.bcc));
        insertDate(json, QStringLiteral("sent"), item.sent);
        insertDate(json, QStringLiteral("received"), item.received);
        json.insert(QStringLiteral("reminder"), item.reminder);
        json.insert(QStringLiteral("importance"), wireName(item.importance));
        json.insert(QStringLiteral("attachments"), attachmentsJson(item.attachments));
        break;
    case MailItemKind::Appointment:
        json.insert(QStringLiteral("organizer"), item.organizer);
        json.insert(QStringLiteral("attendees"), addressList(item.attendees));
        insertDate(json, QStringLiteral("startTime"), item.startTime);
        insertDate(json, QStringLiteral("endTime"), item.endTime);
        json.insert(QStringLiteral("location"), item.location);
        json.insert(QStringLiteral("recurring"), item.recurring);
        json.insert(QStringLiteral("attachments"), attachmentsJson(item.attachments));
        break;
    case MailItemKind::Contact:
        json.insert(QStringLiteral("fullName"), item.fullName);
        json.insert(QStringLiteral("email"), item.email);
        json.insert(QStringLiteral("company"), item.company);
        json.insert(QStringLiteral("jobTitle"), item.jobTitle);
        json.insert(QStringLiteral("businessPhone"), item.businessPhone);
        json.insert(QStringLiteral("mobile"), item.mobilePhone);
        json.insert(QStringLiteral("fileAs"), item.fileAs);
        break;
    case MailItemKind::Task:
        json.insert(QStringLiteral("status"), wireName(item.taskStatus));
        json.insert(QStringLiteral("percentComplete"), item.percentComplete);
        insertDate(json, QStringLiteral("startDate"), item.startDate);
        insertDate(json, QStringLiteral("dueDate"), item.dueDate);
        json.insert(QStringLiteral("owner"), item.owner);
        break;
    }
    if (wire.version() >= ApiVersion::V8)
        json.insert(QStringLiteral("mailboxId"), item.mailboxId);
    return json;
}

QJsonObject oneDriveJson(const Wire &wire, const QString &sessionId, const OneDrive &oneDrive)
{
    const QueryItems top{{QStringLiteral("parentId"), wire.rootSelector()}};
    return QJsonObject{
        {QStringLiteral("id"), oneDrive.id},
        {QStringLiteral("name"), oneDrive.name},
        {QStringLiteral("url"), oneDrive.url},
        {QStringLiteral("_links"),
         QJsonObject{{QStringLiteral("self"), wire.link(paths::oneDrive(sessionId, oneDrive.id))},
                     {QStringLiteral("folders"), wire.link(paths::driveFolders(sessionId, oneDrive.id), top)},
                     {QStringLiteral("allfolders"), wire.link(paths::driveFolders(sessionId, oneDrive.id))},
                     {QStringLiteral("documents"), wire.link(paths::driveDocuments(sessionId, oneDrive.id), top)},
                     {QStringLiteral("alldocuments"), wire.link(paths::driveDocuments(sessionId, oneDrive.id))}}},
    };
}

QJsonObject driveItemJson(const Wire &wire, const QString &sessionId, const DriveItem &item)
{
    const ResourcePath collection = item.isFolder ? paths::driveFolders(sessionId, item.oneDriveId)
                                                  : paths::driveDocuments(sessionId, item.oneDriveId);
    const ResourcePath self = collection / item.id;
    const ResourcePath parent = item.parentId.isEmpty() ? paths::oneDrive(sessionId, item.oneDriveId)
                                                        : paths::driveFolders(sessionId, item.oneDriveId) / item.parentId;
    QJsonObject links{
        {QStringLiteral("self"), wire.link(self)},
        {QStringLiteral("parent"), wire.link(parent)},
        {QStringLiteral("onedrive"), wire.link(paths::oneDrive(sessionId, item.oneDriveId))},
    };
    if (item.isFolder) {
        const QueryItems children{{QStringLiteral("parentId"), item.id}};
        links.insert(QStringLiteral("folders"), wire.link(paths::driveFolders(sessionId, item.oneDriveId), children));
        links.insert(QStringLiteral("documents"), wire.link(paths::driveDocuments(sessionId, item.oneDriveId), children));
    } else if (hasDocumentVersions(wire.version())) {
        links.insert(QStringLiteral("versions"), wire.link(self / "Versions"));
    }
    QJsonObject json{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("name"), item.name},
        {QStringLiteral("createdBy"), item.createdBy},
        {QStringLiteral("creationTime"), Wire::date(item.creationTime)},
        {QStringLiteral("modifiedBy"), item.modifiedBy},
        {QStringLiteral("modificationTime"), Wire::date(item.modificationTime)},
        {QStringLiteral("version"), item.version},
        {QStringLiteral("versionId"), item.versionId},
        {QStringLiteral("_links"), links},
    };
    if (!item.isFolder) {
        json.insert(QStringLiteral("sizeBytes"), item.sizeBytes);
        json.insert(QStringLiteral("inheritedPermissions"), item.inheritedPermissions);
    }
    if (wire.version() >= ApiVersion::V7)
        json.insert(QStringLiteral("isFolder"), item.isFolder);
    if (wire.version() >= ApiVersion::V8)
        json.insert(QStringLiteral("oneDriveId"), item.oneDriveId);
    return json;
}

} // namespace vb365emu
