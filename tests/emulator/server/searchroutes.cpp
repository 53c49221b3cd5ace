#include "searchroutes.h"

#include "routehelpers.h"
#include "views.h"

#include <QSet>

namespace vb365emu {

using namespace routes;

namespace {

constexpr qint64 kChunk = 2000; // items asked from the tenant at a time while scanning

// Collects the matches of one search, in scan order, until the scan budget is spent.
template <typename Item>
struct Collector
{
    const SearchQuery &query;
    qint64 examined = 0;
    QList<Item> matches;

    bool spent() const { return examined >= SearchRoutes::kScanBudget; }

    // Feeds every entry of a paged source (`pageAt(offset, limit)` → optional<Page<Item>>).
    template <typename PageAt>
    void scan(PageAt pageAt)
    {
        for (qint64 offset = 0; !spent(); offset += kChunk) {
            const auto page = pageAt(offset, std::min(kChunk, SearchRoutes::kScanBudget - examined));
            if (!page || page->items.isEmpty())
                return;
            for (const Item &item : page->items) {
                ++examined;
                if (query.matches(item))
                    matches.append(item);
            }
            if (offset + page->items.size() >= page->totalCount)
                return;
        }
    }
};

// The ids of `root` and every folder below it, from a flat list of (id, parentId).
template <typename Folder>
QSet<QString> subtree(const QList<Folder> &all, const QString &root, QString Folder::*parentField)
{
    QSet<QString> ids{root};
    bool grew = true;
    while (grew) { // depth-first lists put children after parents, but do not rely on it
        grew = false;
        for (const Folder &f : all) {
            if (!ids.contains(f.id) && ids.contains(f.*parentField)) {
                ids.insert(f.id);
                grew = true;
            }
        }
    }
    return ids;
}

ResourcePath searchPath(const Request &request, ResourcePath resource, const char *perVerb)
{
    return resource / (request.version == ApiVersion::V5 ? "Action" : perVerb);
}

} // namespace

void SearchRoutes::install(Router &router)
{
    const auto handler = [this](Scope scope) {
        return [this, scope](const Request &r, const RouteParams &p, const JsonOptions &o) { return search(r, p, o, scope); };
    };
    const QStringList search{QStringLiteral("search")};
    const QStringList queryKey{QStringLiteral("query")};
    const QString session = QStringLiteral("RestoreSessions/{}/Organization");
    const QString mailboxes = session + QStringLiteral("/Mailboxes");
    const QString oneDrives = session + QStringLiteral("/OneDrives");
    // Seed 004: the restore-session organization lists `search` among its v5 actions; v6+ name it
    // searchExchange (Exchange sessions only).
    router.addAction(session, {search, QStringLiteral("searchExchange"), queryKey, std::nullopt, handler(Scope::Organization)});
    router.addAction(mailboxes, {search, QStringLiteral("search"), queryKey, std::nullopt, handler(Scope::Mailboxes)});
    router.addAction(mailboxes + QStringLiteral("/{}"), {search, QStringLiteral("search"), queryKey, std::nullopt, handler(Scope::Mailbox)});
    router.addAction(mailboxes + QStringLiteral("/{}/Folders/{}"),
                     {search, QStringLiteral("search"), queryKey, std::nullopt, handler(Scope::MailFolder)});
    router.addAction(oneDrives, {search, QStringLiteral("search"), queryKey, std::nullopt, handler(Scope::OneDrives)});
    router.addAction(oneDrives + QStringLiteral("/{}"), {search, QStringLiteral("search"), queryKey, std::nullopt, handler(Scope::OneDrive)});
    router.addAction(oneDrives + QStringLiteral("/{}/Folders/{}"),
                     {search, QStringLiteral("search"), queryKey, std::nullopt, handler(Scope::DriveFolder)});
}

Reply SearchRoutes::search(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope)
{
    std::optional<SessionType> required;
    switch (scope) {
    case Scope::Organization: // v5: whatever the session holds; v6+ searchExchange: Exchange only
        if (request.version != ApiVersion::V5)
            required = SessionType::Vex;
        break;
    case Scope::Mailboxes:
    case Scope::Mailbox:
    case Scope::MailFolder: required = SessionType::Vex; break;
    case Scope::OneDrives:
    case Scope::OneDrive:
    case Scope::DriveFolder: required = SessionType::Veod; break;
    }
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], required);
    if (!context)
        return std::move(context.error());
    Result<std::optional<QString>> text = options.string(QStringLiteral("query"));
    if (!text)
        return Reply::message(400, text.error());
    if (!*text || (*text)->trimmed().isEmpty())
        return Reply::message(400, QStringLiteral("The search query is empty."));
    const bool mail = scope == Scope::Organization ? context->session.type == SessionType::Vex
                                                   : scope == Scope::Mailboxes || scope == Scope::Mailbox || scope == Scope::MailFolder;
    if (scope == Scope::Organization && !mail && context->session.type != SessionType::Veod)
        return Reply::message(400, QStringLiteral("Searching %1 restore sessions is not supported.").arg(wireName(context->session.type)));
    Result<SearchQuery> query = SearchQuery::parse(**text, mail ? SearchDomain::Mail : SearchDomain::Documents);
    if (!query)
        return Reply::message(400, query.error());
    const bool viaOrganization = scope == Scope::Organization;
    if (mail)
        return searchMail(request, params, *query, viaOrganization ? Scope::Mailboxes : scope, viaOrganization, context->view);
    return searchDocuments(request, params, *query, viaOrganization ? Scope::OneDrives : scope, viaOrganization, context->view);
}

Reply SearchRoutes::searchMail(const Request &request, const RouteParams &params, const SearchQuery &query, Scope scope,
                               bool viaOrganization, const TenantView &view)
{
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    Collector<MailItem> collector{query, 0, {}};
    const auto scanFolder = [&](const QString &mailboxId, const ParentSelector &selector) {
        collector.scan([&](qint64 offset, qint64 limit) { return view.mailItems(mailboxId, selector, {offset, limit}); });
    };
    ResourcePath resource = paths::mailboxes(params[0]);
    switch (scope) {
    case Scope::Mailboxes:
        for (qint64 offset = 0; !collector.spent(); offset += kChunk) {
            const Page<Mailbox> mailboxes = view.mailboxes({offset, kChunk});
            for (const Mailbox &mailbox : mailboxes.items) {
                if (collector.spent())
                    break;
                scanFolder(mailbox.id, ParentSelector::everything());
            }
            if (offset + mailboxes.items.size() >= mailboxes.totalCount)
                break;
        }
        break;
    case Scope::Mailbox:
        if (!view.mailbox(params[1]))
            return notFound(QStringLiteral("Mailbox"), params[1]);
        scanFolder(params[1], ParentSelector::everything());
        resource = paths::mailbox(params[0], params[1]);
        break;
    case Scope::MailFolder: {
        if (!view.mailbox(params[1]))
            return notFound(QStringLiteral("Mailbox"), params[1]);
        if (!view.mailFolder(params[1], params[2]))
            return notFound(QStringLiteral("Folder"), params[2]);
        const std::optional<Page<MailFolder>> all = view.mailFolders(params[1], ParentSelector::everything(), {0, 1000000});
        const QSet<QString> folders = subtree(all ? all->items : QList<MailFolder>{}, params[2], &MailFolder::parentId);
        for (const MailFolder &folder : all ? all->items : QList<MailFolder>{}) {
            if (folders.contains(folder.id) && !collector.spent())
                scanFolder(params[1], ParentSelector::childrenOf(folder.id));
        }
        resource = paths::mailFolders(params[0], params[1]) / params[2];
        break;
    }
    default: break;
    }
    const Wire wire(request);
    const bool withMailbox = request.version >= ApiVersion::V8; // RESTExchangeItemsComposed.mailboxId is v8
    if (viaOrganization)
        resource = paths::sessionOrganization(params[0]);
    return pageReply(wire, searchPath(request, resource, viaOrganization ? "searchExchange" : "search"), {}, *range, slice(collector.matches, *range),
                     [&](const MailItem &item) {
                         QJsonObject json = mailItemJson(wire, params[0], item);
                         if (withMailbox)
                             json.insert(QStringLiteral("mailboxId"), item.mailboxId);
                         return json;
                     });
}

Reply SearchRoutes::searchDocuments(const Request &request, const RouteParams &params, const SearchQuery &query, Scope scope,
                                    bool viaOrganization, const TenantView &view)
{
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    Collector<DriveItem> collector{query, 0, {}};
    const auto scanDocuments = [&](const QString &driveId, const ParentSelector &selector) {
        collector.scan([&](qint64 offset, qint64 limit) { return view.driveDocuments(driveId, selector, {offset, limit}); });
    };
    ResourcePath resource = paths::oneDrives(params[0]);
    switch (scope) {
    case Scope::OneDrives:
        for (qint64 offset = 0; !collector.spent(); offset += kChunk) {
            const Page<OneDrive> drives = view.oneDrives({offset, kChunk});
            for (const OneDrive &drive : drives.items) {
                if (collector.spent())
                    break;
                scanDocuments(drive.id, ParentSelector::everything());
            }
            if (offset + drives.items.size() >= drives.totalCount)
                break;
        }
        break;
    case Scope::OneDrive:
        if (!view.oneDrive(params[1]))
            return notFound(QStringLiteral("OneDrive"), params[1]);
        scanDocuments(params[1], ParentSelector::everything());
        resource = paths::oneDrive(params[0], params[1]);
        break;
    case Scope::DriveFolder: {
        if (!view.oneDrive(params[1]))
            return notFound(QStringLiteral("OneDrive"), params[1]);
        const std::optional<DriveItem> folder = view.driveItem(params[1], params[2]);
        if (!folder || !folder->isFolder)
            return notFound(QStringLiteral("Folder"), params[2]);
        const std::optional<Page<DriveItem>> all = view.driveFolders(params[1], ParentSelector::everything(), {0, 1000000});
        const QSet<QString> folders = subtree(all ? all->items : QList<DriveItem>{}, params[2], &DriveItem::parentId);
        scanDocuments(params[1], ParentSelector::childrenOf(params[2]));
        for (const DriveItem &sub : all ? all->items : QList<DriveItem>{}) {
            if (sub.id != params[2] && folders.contains(sub.id) && !collector.spent())
                scanDocuments(params[1], ParentSelector::childrenOf(sub.id));
        }
        resource = paths::driveFolders(params[0], params[1]) / params[2];
        break;
    }
    default: break;
    }
    if (viaOrganization)
        resource = paths::sessionOrganization(params[0]);
    const Wire wire(request);
    return pageReply(wire, searchPath(request, resource, "search"), {}, *range, slice(collector.matches, *range),
                     [&](const DriveItem &item) { return driveItemJson(wire, params[0], item); });
}

} // namespace vb365emu
