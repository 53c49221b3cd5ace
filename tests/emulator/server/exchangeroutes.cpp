#include "exchangeroutes.h"

#include "routehelpers.h"
#include "views.h"

#include <QRegularExpression>

namespace vb365emu {

using namespace routes;

namespace {

const QStringList kPstSpellings{QStringLiteral("exporttoPst"), QStringLiteral("exportToPst"), QStringLiteral("ExportToPst")};
const QStringList kPstLimitKeys{QStringLiteral("enablePstSizeLimit"), QStringLiteral("pstSizeLimitBytes")};

Result<PstOptions> pstOptionsOf(const JsonOptions &options)
{
    PstOptions pst;
    // v5 names the keyword `contentKeywords`, v6+ `contentKeyword`; JsonOptions is exact in strict mode.
    for (const QString &key : {QStringLiteral("contentKeyword"), QStringLiteral("contentKeywords")}) {
        Result<std::optional<QString>> keyword = options.string(key);
        if (!keyword)
            return fail(keyword.error());
        if (*keyword)
            pst.contentKeyword = **keyword;
    }
    Result<std::optional<bool>> enabled = options.boolean(QStringLiteral("enablePstSizeLimit"));
    if (!enabled)
        return fail(enabled.error());
    Result<std::optional<qint64>> limit = options.integer(QStringLiteral("pstSizeLimitBytes"));
    if (!limit)
        return fail(limit.error());
    if (enabled->value_or(false)) {
        if (!*limit || **limit <= 0)
            return fail(QStringLiteral("enablePstSizeLimit needs a positive pstSizeLimitBytes."));
        pst.partLimitBytes = **limit;
    }
    return pst;
}

} // namespace

void ExchangeRoutes::install(Router &router)
{
    const QString mailboxes = QStringLiteral("RestoreSessions/{}/Organization/Mailboxes");
    router.addGet(mailboxes, names({kOffset, kLimit}), [this](const Request &r, const RouteParams &p) { return listMailboxes(r, p); });
    router.addGet(mailboxes + QStringLiteral("/{}"), names({}), [this](const Request &r, const RouteParams &p) { return getMailbox(r, p); });
    router.addGet(mailboxes + QStringLiteral("/{}/Folders"),
                  [](ApiVersion v) {
                      return v == ApiVersion::V5 ? QStringList{kParentId, kOffset, kLimit}
                                                 : QStringList{kOffset, kLimit, kParentId, QStringLiteral("name")};
                  },
                  [this](const Request &r, const RouteParams &p) { return listMailFolders(r, p); });
    router.addGet(mailboxes + QStringLiteral("/{}/Folders/{}"), names({}),
                  [this](const Request &r, const RouteParams &p) { return getMailFolder(r, p); });
    router.addGet(mailboxes + QStringLiteral("/{}/Items"),
                  [](ApiVersion v) {
                      return QStringList{kOffset, kLimit, mailItemsFilterByParentId(v) ? kParentId : kFolderId};
                  },
                  [this](const Request &r, const RouteParams &p) { return listMailItems(r, p); });
    router.addGet(mailboxes + QStringLiteral("/{}/Items/{}"), names({}),
                  [this](const Request &r, const RouteParams &p) { return getMailItem(r, p); });

    const auto pst = [this](PstScope scope) {
        return [this, scope](const Request &, const RouteParams &p, const JsonOptions &o) { return exportPst(p, o, scope); };
    };
    const QStringList folderPstKeys = QStringList{QStringLiteral("contentKeyword")} + kPstLimitKeys;
    const QStringList folderPstKeysV5 = QStringList{QStringLiteral("contentKeywords")} + kPstLimitKeys;
    router.addAction(QStringLiteral("RestoreSessions/{}/Organization"),
                     {kPstSpellings, QStringLiteral("exportToPst"), folderPstKeys, folderPstKeysV5, pst(PstScope::Organization)});
    router.addAction(mailboxes + QStringLiteral("/{}"),
                     {kPstSpellings, QStringLiteral("exportToPst"), folderPstKeys, folderPstKeysV5, pst(PstScope::Mailbox)});
    router.addAction(mailboxes + QStringLiteral("/{}/Folders/{}"),
                     {kPstSpellings, QStringLiteral("exportToPst"), folderPstKeys, folderPstKeysV5, pst(PstScope::Folder)});
    router.addAction(mailboxes + QStringLiteral("/{}/Items/{}"),
                     {kPstSpellings, QStringLiteral("exportToPst"), kPstLimitKeys, std::nullopt, pst(PstScope::Item)});
    router.addAction(mailboxes + QStringLiteral("/{}/Items"),
                     {kPstSpellings, QStringLiteral("exportToPst"), QStringList{QStringLiteral("items")} + kPstLimitKeys,
                      std::nullopt, pst(PstScope::Items)});
    router.addAction(mailboxes + QStringLiteral("/{}/Items/{}"),
                     {{QStringLiteral("savetoMsg"), QStringLiteral("saveToMsg")}, QStringLiteral("save"), {}, std::nullopt,
                      [this](const Request &, const RouteParams &p, const JsonOptions &) { return saveMailItem(p); }});
    router.addAction(mailboxes + QStringLiteral("/{}/Items"),
                     {{QStringLiteral("savetoMsg"), QStringLiteral("saveToMsg")}, QStringLiteral("Save"), {QStringLiteral("items")},
                      std::nullopt, [this](const Request &, const RouteParams &p, const JsonOptions &o) { return saveMailItems(p, o); }});
}

Reply ExchangeRoutes::listMailboxes(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    const Wire wire(request);
    return pageReply(wire, paths::mailboxes(params[0]), {}, *range, context->view.mailboxes(*range),
                     [&](const Mailbox &m) { return mailboxJson(wire, params[0], m); });
}

Reply ExchangeRoutes::getMailbox(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const std::optional<Mailbox> mailbox = context->view.mailbox(params[1]);
    if (!mailbox)
        return notFound(QStringLiteral("Mailbox"), params[1]);
    return Reply::json(mailboxJson(Wire(request), params[0], *mailbox));
}

Reply ExchangeRoutes::listMailFolders(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
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
    const std::optional<QString> namePattern = request.queryValue(QStringLiteral("name"));
    std::optional<Page<MailFolder>> page;
    if (namePattern) {
        // The v6+ `name` filter (wildcards * and ?) runs over the folder list of the selector.
        const std::optional<Page<MailFolder>> all = context->view.mailFolders(params[1], *parent, {0, 1000000});
        if (all) {
            const QRegularExpression wildcard(QRegularExpression::wildcardToRegularExpression(*namePattern),
                                              QRegularExpression::CaseInsensitiveOption);
            QList<MailFolder> matching = all->items;
            matching.removeIf([&](const MailFolder &f) { return !wildcard.match(f.name).hasMatch(); });
            page = slice(matching, *range);
        }
        filters.append({QStringLiteral("name"), *namePattern});
    } else {
        page = context->view.mailFolders(params[1], *parent, *range);
    }
    if (!page)
        return parent->mode == ParentSelector::Mode::ChildrenOf && context->view.mailbox(params[1])
                   ? notFound(QStringLiteral("Folder"), parent->parentId)
                   : notFound(QStringLiteral("Mailbox"), params[1]);
    const Wire wire(request);
    return pageReply(wire, paths::mailFolders(params[0], params[1]), filters, *range, *page,
                     [&](const MailFolder &f) { return mailFolderJson(wire, params[0], f); });
}

Reply ExchangeRoutes::getMailFolder(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const std::optional<MailFolder> folder = context->view.mailFolder(params[1], params[2]);
    if (!folder)
        return notFound(QStringLiteral("Folder"), params[2]);
    return Reply::json(mailFolderJson(Wire(request), params[0], *folder));
}

Reply ExchangeRoutes::listMailItems(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    // Up to v6 the folder filter is `folderId`, from v7 `parentId`; leniently either works everywhere.
    const QString documented = Wire(request).mailItemFolderParameter();
    QString parameter = documented;
    if (!request.strict && !request.queryValue(documented))
        parameter = documented == kParentId ? kFolderId : kParentId;
    Result<ParentSelector> folder = parentSelectorOf(request, parameter);
    if (!folder)
        return Reply::message(400, folder.error());
    QueryItems filters;
    if (const std::optional<QString> p = request.queryValue(parameter))
        filters.append({documented, *p});
    const std::optional<Page<MailItem>> page = context->view.mailItems(params[1], *folder, *range);
    if (!page)
        return folder->mode == ParentSelector::Mode::ChildrenOf && context->view.mailbox(params[1])
                   ? notFound(QStringLiteral("Folder"), folder->parentId)
                   : notFound(QStringLiteral("Mailbox"), params[1]);
    const Wire wire(request);
    return pageReply(wire, paths::mailItems(params[0], params[1]), filters, *range, *page,
                     [&](const MailItem &i) { return mailItemJson(wire, params[0], i); });
}

Reply ExchangeRoutes::getMailItem(const Request &request, const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const std::optional<MailItem> item = context->view.mailItem(params[1], params[2]);
    if (!item)
        return notFound(QStringLiteral("Item"), params[2]);
    return Reply::json(mailItemJson(Wire(request), params[0], *item));
}

Reply ExchangeRoutes::saveMailItem(const RouteParams &params)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const ContentGenerator generator(context->view);
    return m_context.download(context->session, generator.itemMsg(params[1], params[2]), EventType::Save,
                    QStringLiteral("Save item as MSG"));
}

Reply ExchangeRoutes::saveMailItems(const RouteParams &params, const JsonOptions &options)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    Result<QStringList> ids = options.idList(QStringLiteral("items"));
    if (!ids)
        return Reply::message(400, ids.error());
    if (ids->isEmpty())
        return Reply::message(400, QStringLiteral("No items selected."));
    const ContentGenerator generator(context->view);
    return m_context.download(context->session, generator.itemsMsgZip(params[1], *ids), EventType::Save,
                    QStringLiteral("Save %1 items as MSG").arg(ids->size()));
}

Reply ExchangeRoutes::exportPst(const RouteParams &params, const JsonOptions &options, PstScope scope)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    Result<PstOptions> pst = pstOptionsOf(options);
    if (!pst)
        return Reply::message(400, pst.error());
    const ContentGenerator generator(context->view);
    GeneratedContent content;
    QString title;
    if (!m_outlookInstalled) {
        // What a VB365 server answers when the machine running the restore session lacks 64-bit Outlook
        // (api-reference §11; vbo365-rest maps this 500 to "64-bit Outlook not installed").
        content.status = GeneratedContent::Status::Failed;
        content.error = QStringLiteral("Failed to export to PST: a 64-bit version of Microsoft Outlook 2010, 2013 or 2016 "
                                       "must be installed on the server running the restore session.");
        return m_context.download(context->session, std::move(content), EventType::Export, QStringLiteral("Export to PST"));
    }
    switch (scope) {
    case PstScope::Organization:
        content = generator.organizationPst(*pst);
        title = QStringLiteral("Export organization to PST");
        break;
    case PstScope::Mailbox:
        content = generator.mailboxPst(params[1], *pst);
        title = QStringLiteral("Export mailbox to PST");
        break;
    case PstScope::Folder:
        content = generator.folderPst(params[1], params[2], *pst);
        title = QStringLiteral("Export folder to PST");
        break;
    case PstScope::Item:
        content = generator.itemsPst(params[1], {params[2]}, *pst);
        title = QStringLiteral("Export item to PST");
        break;
    case PstScope::Items: {
        Result<QStringList> ids = options.idList(QStringLiteral("items"));
        if (!ids)
            return Reply::message(400, ids.error());
        if (ids->isEmpty())
            return Reply::message(400, QStringLiteral("No items selected."));
        content = generator.itemsPst(params[1], *ids, *pst);
        title = QStringLiteral("Export %1 items to PST").arg(ids->size());
        break;
    }
    }
    return m_context.download(context->session, std::move(content), EventType::Export, title);
}

} // namespace vb365emu
