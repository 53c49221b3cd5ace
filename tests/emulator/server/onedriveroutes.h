#pragma once

#include "routecontext.h"
#include "router.h"

namespace vb365emu {

// OneDrive sessions (veod): OneDrives, folders, documents, versions and the ZIP / file saves.
class OneDriveRoutes
{
public:
    explicit OneDriveRoutes(RouteContext &context) : m_context(context) {}
    void install(Router &router);

private:
    enum class DriveSaveScope { OneDrive, Folder, Folders, Document, Version, Documents };

    Reply listOneDrives(const Request &request, const RouteParams &params);
    Reply getOneDrive(const Request &request, const RouteParams &params);
    Reply listDriveFolders(const Request &request, const RouteParams &params);
    Reply getDriveItem(const Request &request, const RouteParams &params, bool folder);
    Reply listDocuments(const Request &request, const RouteParams &params);
    Reply listVersions(const Request &request, const RouteParams &params);
    Reply getVersion(const Request &request, const RouteParams &params);
    Reply saveDrive(const RouteParams &params, const JsonOptions &options, DriveSaveScope scope);

    RouteContext &m_context;
};

} // namespace vb365emu
