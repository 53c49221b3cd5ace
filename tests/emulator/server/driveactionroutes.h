#pragma once

#include "mailsettingsroutes.h"
#include "restoreservice.h"
#include "routecontext.h"
#include "router.h"

namespace vb365emu {

// OneDrive restores (seeds 000 and 001): to the original location (restore / restoretoOriginallocation, Keep
// writes RESTORED-<name>, Overwrite replaces), copies to another OneDrive or folder (copyTo), sends by e-mail
// (send / sendTo) and the bulk restore of whole OneDrives — on a OneDrive, a folder, selected folders, a
// document, selected documents or (v6+) a document version.
class DriveActionRoutes
{
public:
    DriveActionRoutes(RouteContext &context, RestoreService &service, const MailSettingsRoutes &mail)
        : m_context(context), m_service(service), m_mail(mail)
    {
    }
    void install(Router &router);

private:
    enum class Scope { OneDrive, Folder, Folders, Document, Documents, Version };

    Reply restore(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope);
    Reply copy(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope);
    Reply send(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope);
    Reply bulkRestore(const Request &request, const RouteParams &params, const JsonOptions &options);

    // The ids a scope acts on: the "folders"/"documents" array for selections, else the path's id.
    static Result<QStringList, Reply> selection(const RouteParams &params, const JsonOptions &options, Scope scope);
    static std::optional<int> versionOf(const RouteParams &params, Scope scope);
    static QString describe(Scope scope, qsizetype count);
    static RestoreReport reportOf(const DocumentRestoreStatistics &statistics);

    RouteContext &m_context;
    RestoreService &m_service;
    const MailSettingsRoutes &m_mail;
};

} // namespace vb365emu
