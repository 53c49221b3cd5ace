#include "onedriveroutes.h"

#include "routehelpers.h"
#include "views.h"

namespace vb365emu {

using namespace routes;

namespace {

const QStringList kSaveSpellings{QStringLiteral("save"), QStringLiteral("Save")};

} // namespace

void OneDriveRoutes::install(Router &router)
{
    const QString oneDrives = QStringLiteral("RestoreSessions/{}/Organization/OneDrives");
    router.addGet(oneDrives, names({kOffset, kLimit}), [this](const Request &r, const RouteParams &p) { return listOneDrives(r, p); });
    router.addGet(oneDrives + QStringLiteral("/{}"), names({}), [this](const Request &r, const RouteParams &p) { return getOneDrive(r, p); });
    router.addGet(oneDrives + QStringLiteral("/{}/Folders"), names({kParentId, kOffset, kLimit}),
                  [this](const Request &r, const RouteParams &p) { return listDriveFolders(r, p); });
    router.addGet(oneDrives + QStringLiteral("/{}/Folders/{}"),
                  [](ApiVersion v) { return v == ApiVersion::V5 ? QStringList{} : QStringList{QStringLiteral("versionId")}; },
                  [this](const Request &r, const RouteParams &p) { return getDriveItem(r, p, true); });
    router.addGet(oneDrives + QStringLiteral("/{}/Documents"),
                  [](ApiVersion v) {
                      QStringList list{kOffset, kLimit, kParentId};
                      if (v >= ApiVersion::V7)
                          list << QStringLiteral("includeFolders");
                      return list;
                  },
                  [this](const Request &r, const RouteParams &p) { return listDocuments(r, p); });
    router.addGet(oneDrives + QStringLiteral("/{}/Documents/{}"), names({}),
                  [this](const Request &r, const RouteParams &p) { return getDriveItem(r, p, false); });
    router.addGet(oneDrives + QStringLiteral("/{}/Documents/{}/Versions"), names({kOffset, kLimit}),
                  [this](const Request &r, const RouteParams &p) { return listVersions(r, p); }, kPerVerbVersions);
    router.addGet(oneDrives + QStringLiteral("/{}/Documents/{}/Versions/{}"), names({}),
                  [this](const Request &r, const RouteParams &p) { return getVersion(r, p); }, kPerVerbVersions);

    const auto save = [this](DriveSaveScope scope) {
        return [this, scope](const Request &, const RouteParams &p, const JsonOptions &o) { return saveDrive(p, o, scope); };
    };
    const QStringList asZip{QStringLiteral("asZip")};
    router.addAction(oneDrives + QStringLiteral("/{}"), {kSaveSpellings, QStringLiteral("save"), {}, asZip, save(DriveSaveScope::OneDrive)});
    router.addAction(oneDrives + QStringLiteral("/{}/Folders/{}"),
                     {kSaveSpellings, QStringLiteral("save"), {}, asZip, save(DriveSaveScope::Folder)});
    router.addAction(oneDrives + QStringLiteral("/{}/Folders"),
                     {kSaveSpellings, QStringLiteral("save"), {QStringLiteral("folders")},
                      QStringList{QStringLiteral("folders"), QStringLiteral("asZip")}, save(DriveSaveScope::Folders)});
    router.addAction(oneDrives + QStringLiteral("/{}/Documents/{}"),
                     {kSaveSpellings, QStringLiteral("save"), asZip, std::nullopt, save(DriveSaveScope::Document)});
    router.addAction(oneDrives + QStringLiteral("/{}/Documents/{}/Versions/{}"),
                     {{}, QStringLiteral("save"), asZip, std::nullopt, save(DriveSaveScope::Version)});
    router.addAction(oneDrives + QStringLiteral("/{}/Documents"),
                     {kSaveSpellings, QStringLiteral("save"), {QStringLiteral("documents")},
                      QStringList{QStringLiteral("documents"), QStringLiteral("asZip")}, save(DriveSaveScope::Documents)});
}

Reply OneDriveRoutes::listOneDrives(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    const Wire wire(request);
    return pageReply(wire, paths::oneDrives(params[0]), {}, *range, context->view.oneDrives(*range),
                     [&](const OneDrive &d) { return oneDriveJson(wire, params[0], d); });
}

Reply OneDriveRoutes::getOneDrive(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    const std::optional<OneDrive> oneDrive = context->view.oneDrive(params[1]);
    if (!oneDrive)
        return notFound(QStringLiteral("OneDrive"), params[1]);
    return Reply::json(oneDriveJson(Wire(request), params[0], *oneDrive));
}

Reply OneDriveRoutes::listDriveFolders(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    Result<ParentSelector> parent = parentSelectorOf(request, kParentId);
    if (!parent)
        return Reply::message(400, parent.error());
    QueryItems filters;
    if (const std::optional<QString> p = request.queryValue(kParentId))
        filters.append({kParentId, *p});
    const std::optional<Page<DriveItem>> page = context->view.driveFolders(params[1], *parent, *range);
    if (!page)
        return context->view.oneDrive(params[1]) ? notFound(QStringLiteral("Folder"), parent->parentId)
                                                 : notFound(QStringLiteral("OneDrive"), params[1]);
    const Wire wire(request);
    return pageReply(wire, paths::driveFolders(params[0], params[1]), filters, *range, *page,
                     [&](const DriveItem &f) { return driveItemJson(wire, params[0], f); });
}

Reply OneDriveRoutes::listDocuments(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    Result<ParentSelector> parent = parentSelectorOf(request, kParentId);
    if (!parent)
        return Reply::message(400, parent.error());
    Result<std::optional<bool>> includeFolders = queryBoolean(request, QStringLiteral("includeFolders"));
    if (!includeFolders)
        return Reply::message(400, includeFolders.error());
    QueryItems filters;
    if (const std::optional<QString> p = request.queryValue(kParentId))
        filters.append({kParentId, *p});
    const bool mixFolders = request.version >= ApiVersion::V7 && includeFolders->value_or(false);
    if (mixFolders)
        filters.append({QStringLiteral("includeFolders"), QStringLiteral("true")});
    const std::optional<Page<DriveItem>> page = context->view.driveDocuments(params[1], *parent, *range, mixFolders);
    if (!page)
        return context->view.oneDrive(params[1]) ? notFound(QStringLiteral("Folder"), parent->parentId)
                                                 : notFound(QStringLiteral("OneDrive"), params[1]);
    const Wire wire(request);
    return pageReply(wire, paths::driveDocuments(params[0], params[1]), filters, *range, *page,
                     [&](const DriveItem &d) { return driveItemJson(wire, params[0], d); });
}

Reply OneDriveRoutes::getDriveItem(const Request &request, const RouteParams &params, bool folder)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    const std::optional<DriveItem> item = context->view.driveItem(params[1], params[2]);
    const QString what = folder ? QStringLiteral("Folder") : QStringLiteral("Document");
    if (!item || item->isFolder != folder)
        return notFound(what, params[2]);
    // v6+ folders take ?versionId=; the emulator's folders have one version only.
    if (const std::optional<QString> versionId = request.queryValue(QStringLiteral("versionId"));
        folder && versionId && *versionId != QString::number(item->versionId))
        return notFound(QStringLiteral("Version"), *versionId);
    return Reply::json(driveItemJson(Wire(request), params[0], *item));
}

Reply OneDriveRoutes::listVersions(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    const std::optional<Page<DriveItem>> page = context->view.documentVersions(params[1], params[2], *range);
    if (!page)
        return notFound(QStringLiteral("Document"), params[2]);
    const Wire wire(request);
    return pageReply(wire, paths::driveDocuments(params[0], params[1]) / params[2] / "Versions", {}, *range, *page,
                     [&](const DriveItem &d) { return driveItemJson(wire, params[0], d); });
}

Reply OneDriveRoutes::getVersion(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    bool ok = false;
    const int versionId = params[3].toInt(&ok);
    const std::optional<DriveItem> version = ok ? context->view.documentVersion(params[1], params[2], versionId) : std::nullopt;
    if (!version)
        return notFound(QStringLiteral("Version"), params[3]);
    return Reply::json(driveItemJson(Wire(request), params[0], *version));
}

Reply OneDriveRoutes::saveDrive(const RouteParams &params, const JsonOptions &options, DriveSaveScope scope)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    const ContentGenerator generator(context->view);
    const QString &oneDriveId = params[1];
    const auto selection = [&options](const QString &key) -> Result<QStringList> {
        Result<QStringList> ids = options.idList(key);
        if (ids && ids->isEmpty())
            return fail(QStringLiteral("No %1 selected.").arg(key));
        return ids;
    };
    GeneratedContent content;
    switch (scope) {
    case DriveSaveScope::OneDrive:
        content = generator.oneDriveZip(oneDriveId);
        break;
    case DriveSaveScope::Folder:
        content = generator.folderZip(oneDriveId, params[2]);
        break;
    case DriveSaveScope::Folders: {
        Result<QStringList> ids = selection(QStringLiteral("folders"));
        if (!ids)
            return Reply::message(400, ids.error());
        content = generator.foldersZip(oneDriveId, *ids);
        break;
    }
    case DriveSaveScope::Documents: {
        Result<QStringList> ids = selection(QStringLiteral("documents"));
        if (!ids)
            return Reply::message(400, ids.error());
        content = generator.documentsZip(oneDriveId, *ids);
        break;
    }
    case DriveSaveScope::Document:
    case DriveSaveScope::Version: {
        Result<std::optional<bool>> asZip = options.boolean(QStringLiteral("asZip"));
        if (!asZip)
            return Reply::message(400, asZip.error());
        std::optional<int> versionId;
        if (scope == DriveSaveScope::Version) {
            bool ok = false;
            versionId = params[3].toInt(&ok);
            if (!ok)
                return notFound(QStringLiteral("Version"), params[3]);
        }
        content = asZip->value_or(false) ? generator.documentAsZip(oneDriveId, params[2], versionId)
                                         : generator.document(oneDriveId, params[2], versionId);
        break;
    }
    }
    const QString title = QStringLiteral("Save %1").arg(content.fileName);
    return m_context.download(context->session, std::move(content), EventType::Save, title);
}

} // namespace vb365emu
