#pragma once

#include "router.h"
#include "wire.h"

#include "content.h"
#include "sessions.h"

namespace vb365emu {

// The VB365 resources the emulator serves, in the v5 Action style and the v6+ per-verb style, on top of
// the tenant's restore-session store. Every wire decision (paths, status codes, shapes) is made here or in
// views/wire; the store only holds data. To add an endpoint, add one line to the matching install…() list.
class ApiRoutes
{
public:
    ApiRoutes(RestoreSessionStore &sessions, QString userName);
    ApiRoutes(const ApiRoutes &) = delete;
    ApiRoutes &operator=(const ApiRoutes &) = delete;

    // The route table; its handlers refer to this object, which must outlive the router.
    Router router();

private:
    enum class PstScope { Organization, Mailbox, Folder, Item, Items };
    enum class DriveSaveScope { OneDrive, Folder, Folders, Document, Version, Documents };

    struct Browse
    {
        RestoreSession session;
        TenantView view;
    };

    void installAdministration(Router &router);
    void installSessions(Router &router);
    void installExchange(Router &router);
    void installOneDrive(Router &router);

    // The session of a browse/action call; an error reply when unknown, stopped or of another type.
    Result<Browse, Reply> browse(const QString &sessionId, std::optional<SessionType> required) const;
    // Turns generated content into a download and records the action as a session event.
    Reply download(const RestoreSession &session, GeneratedContent content, EventType type, const QString &title);

    // Organizations and sessions
    Reply listOrganizations(const Request &request);
    Reply getOrganization(const Request &request, const RouteParams &params);
    Reply getServiceInstance(const Request &request);
    Reply explore(const Request &request, const RouteParams &params, const JsonOptions &options);
    Reply listSessions(const Request &request);
    Reply getSession(const Request &request, const RouteParams &params);
    Reply stopSession(const Request &request, const RouteParams &params);
    Reply listEvents(const Request &request, const RouteParams &params);
    Reply getEvent(const Request &request, const RouteParams &params);
    Reply getSessionOrganization(const Request &request, const RouteParams &params);

    // Exchange
    Reply listMailboxes(const Request &request, const RouteParams &params);
    Reply getMailbox(const Request &request, const RouteParams &params);
    Reply listMailFolders(const Request &request, const RouteParams &params);
    Reply getMailFolder(const Request &request, const RouteParams &params);
    Reply listMailItems(const Request &request, const RouteParams &params);
    Reply getMailItem(const Request &request, const RouteParams &params);
    Reply saveMailItem(const RouteParams &params);
    Reply saveMailItems(const RouteParams &params, const JsonOptions &options);
    Reply exportPst(const RouteParams &params, const JsonOptions &options, PstScope scope);

    // OneDrive
    Reply listOneDrives(const Request &request, const RouteParams &params);
    Reply getOneDrive(const Request &request, const RouteParams &params);
    Reply listDriveFolders(const Request &request, const RouteParams &params);
    Reply getDriveItem(const Request &request, const RouteParams &params, bool folder);
    Reply listDocuments(const Request &request, const RouteParams &params);
    Reply listVersions(const Request &request, const RouteParams &params);
    Reply getVersion(const Request &request, const RouteParams &params);
    Reply saveDrive(const RouteParams &params, const JsonOptions &options, DriveSaveScope scope);

    RestoreSessionStore &m_sessions;
    QString m_userName;
};

} // namespace vb365emu
