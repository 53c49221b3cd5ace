#include "mailactionroutes.h"

#include "routehelpers.h"
#include "views.h"

namespace vb365emu {

using namespace routes;

namespace {

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list;
}

const QStringList kCredentials = keys({"userName", "userPassword", "userCode", "applicationId",
                                       "applicationCertificatePassword", "applicationCertificate",
                                       "impersonationAccountName"});
const QStringList kRestoreTo = keys({"changedItems", "deletedItems", "markRestoredAsUnread", "excludeDrafts",
                                     "excludeDeletedItems", "excludeInPlaceHoldItems", "excludeLitigationHoldItems",
                                     "mailbox", "casServer", "folder", "officeRegion", "officeOrganizationName"})
                               + kCredentials;
const QStringList kSend = keys({"from", "to", "subject", "text"});
const QStringList kBulkCommon = keys({"casServer", "mailboxes", "changedItems", "deletedItems", "markRestoredAsUnread",
                                      "skipUnresolved", "excludeDrafts", "excludeDeletedItems", "excludeInPlaceHoldItems",
                                      "excludeLitigationHoldItems", "office365UserName", "office365UserPassword",
                                      "userCode", "applicationId", "applicationCertificatePassword",
                                      "applicationCertificate", "impersonationAccountName", "domainName",
                                      "recentItemRestorePeriod"});
// v5 spells the on-premises account onpremuserName/onpremuserPassword (api-reference §7.2).
const QStringList kBulk = kBulkCommon + keys({"onPremisesUserName", "onPremisesUserPassword"});
const QStringList kBulkV5 = kBulkCommon + keys({"onpremuserName", "onpremuserPassword"});
const QStringList kRestoreSpellings = keys({"restoretoOriginallocation", "restoreToOriginalLocation"});
const QList<std::pair<QString, QString>> kUserKeys{{QStringLiteral("userName"), QStringLiteral("userPassword")}};

const QString kItems = QStringLiteral("items");

// A boolean option with a default; the error is the reply.
Result<bool, Reply> flag(const JsonOptions &options, const QString &key, bool fallback)
{
    Result<std::optional<bool>> value = options.boolean(key);
    if (!value)
        return fail(Reply::message(400, value.error()));
    return value->value_or(fallback);
}

QString scopeName(int count, bool items, const QString &single)
{
    return items ? QStringLiteral("%1 items").arg(count) : single;
}

} // namespace

void MailActionRoutes::install(Router &router)
{
    const QString mailboxes = QStringLiteral("RestoreSessions/{}/Organization/Mailboxes");
    const struct
    {
        QString pattern;
        Scope scope;
    } resources[] = {{mailboxes + QStringLiteral("/{}"), Scope::Mailbox},
                     {mailboxes + QStringLiteral("/{}/Folders/{}"), Scope::Folder},
                     {mailboxes + QStringLiteral("/{}/Items/{}"), Scope::Item},
                     {mailboxes + QStringLiteral("/{}/Items"), Scope::Items}};
    for (const auto &[pattern, scope] : resources) {
        const QStringList selection = scope == Scope::Items ? QStringList{kItems} : QStringList{};
        const Scope s = scope;
        router.addAction(pattern, {kRestoreSpellings, QStringLiteral("restore"), kCredentials + selection, std::nullopt,
                                   [this, s](const Request &r, const RouteParams &p, const JsonOptions &o) { return restore(r, p, o, s); },
                                   true});
        router.addAction(pattern, {{QStringLiteral("restoreTo")}, QStringLiteral("restoreTo"), kRestoreTo + selection, std::nullopt,
                                   [this, s](const Request &r, const RouteParams &p, const JsonOptions &o) { return restoreTo(r, p, o, s); },
                                   true});
        if (scope == Scope::Item || scope == Scope::Items) {
            // The v2-v5 key of the mail sends is not documented (api-reference §14): the v6 verb and sendTo.
            router.addAction(pattern, {{QStringLiteral("sendToDifferentAddress"), QStringLiteral("sendTo")},
                                       QStringLiteral("sendToDifferentAddress"), kSend + selection, std::nullopt,
                                       [this, s](const Request &r, const RouteParams &p, const JsonOptions &o) { return send(r, p, o, s, false); },
                                       true});
            router.addAction(pattern, {{}, QStringLiteral("sendToDefaultAddress"), selection, std::nullopt,
                                       [this, s](const Request &r, const RouteParams &p, const JsonOptions &o) { return send(r, p, o, s, true); },
                                       true});
        }
    }
    router.addAction(mailboxes, {{QStringLiteral("restoreTo")}, QStringLiteral("restore"), kBulk, kBulkV5,
                                 [this](const Request &r, const RouteParams &p, const JsonOptions &o) { return bulkRestore(r, p, o); },
                                 true});
}

Result<QStringList, Reply> MailActionRoutes::itemIds(const RouteParams &params, const JsonOptions &options, Scope scope)
{
    if (scope == Scope::Item)
        return QStringList{params[2]};
    Result<QStringList> ids = options.idList(kItems);
    if (!ids)
        return fail(Reply::message(400, ids.error()));
    if (ids->isEmpty())
        return fail(Reply::message(400, QStringLiteral("No items selected.")));
    return *ids;
}

Reply MailActionRoutes::restore(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const std::optional<Mailbox> mailbox = context->view.mailbox(params[1]);
    if (!mailbox)
        return notFound(QStringLiteral("Mailbox"), params[1]);
    Result<QString, Reply> account = m_service.restoreAccount(options, kUserKeys);
    if (!account)
        return std::move(account.error());
    ProductionState &production = m_context.sessions().production();
    std::optional<MailRestoreStatistics> statistics;
    QString what;
    switch (scope) {
    case Scope::Mailbox:
        statistics = production.restoreMailbox(context->view, params[1]);
        what = QStringLiteral("mailbox");
        break;
    case Scope::Folder:
        statistics = production.restoreMailFolder(context->view, params[1], params[2]);
        if (!statistics)
            return notFound(QStringLiteral("Folder"), params[2]);
        what = QStringLiteral("folder");
        break;
    case Scope::Item:
    case Scope::Items: {
        Result<QStringList, Reply> ids = itemIds(params, options, scope);
        if (!ids)
            return std::move(ids.error());
        statistics = production.restoreMailItems(context->view, params[1], *ids);
        if (!statistics)
            return notFound(QStringLiteral("Item"), ids->join(QStringLiteral(", ")));
        what = scopeName(int(ids->size()), scope == Scope::Items, QStringLiteral("item"));
        break;
    }
    }
    if (!statistics)
        return notFound(QStringLiteral("Mailbox"), params[1]);
    RestoreReport report;
    report.title = QStringLiteral("Restore %1 of %2 to the original location").arg(what, mailbox->email);
    report.target = mailbox->email;
    report.statistics = mailStatisticsJson(*statistics, scope == Scope::Mailbox || scope == Scope::Folder);
    report.restored = statistics->createdItemsCount + statistics->mergedItemsCount;
    report.skipped = statistics->skippedItemsCount;
    report.total = report.restored + report.skipped + statistics->failedItemsCount;
    report.items = mailDetailsJson(*statistics);
    return m_service.finish(request, context->session, std::move(report));
}

Reply MailActionRoutes::restoreTo(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const std::optional<Mailbox> mailbox = context->view.mailbox(params[1]);
    if (!mailbox)
        return notFound(QStringLiteral("Mailbox"), params[1]);
    Result<std::optional<QString>> target = options.string(QStringLiteral("mailbox"));
    if (!target)
        return Reply::message(400, target.error());
    if (!*target || !(*target)->contains(QLatin1Char('@')))
        return Reply::message(400, QStringLiteral("restoreTo needs 'mailbox', the e-mail address of the target mailbox."));
    Result<std::optional<QString>> folder = options.string(QStringLiteral("folder"));
    Result<std::optional<QString>> casServer = options.string(QStringLiteral("casServer"));
    if (!folder || !casServer)
        return Reply::message(400, !folder ? folder.error() : casServer.error());
    Result<QString, Reply> account = m_service.restoreAccount(options, kUserKeys);
    if (!account)
        return std::move(account.error());
    MailDestination destination;
    destination.mailbox = **target;
    destination.folder = folder->value_or(QString());
    for (const auto &[key, fallback, field] :
         {std::tuple{QStringLiteral("deletedItems"), false, &destination.includeDeletedItems},
          std::tuple{QStringLiteral("excludeDrafts"), false, &destination.excludeDrafts},
          std::tuple{QStringLiteral("excludeDeletedItems"), false, &destination.excludeDeletedItemsFolder},
          std::tuple{QStringLiteral("markRestoredAsUnread"), false, &destination.markRestoredAsUnread}}) {
        Result<bool, Reply> value = flag(options, key, fallback);
        if (!value)
            return std::move(value.error());
        *field = *value;
    }
    for (const QString &key : {QStringLiteral("changedItems"), QStringLiteral("excludeInPlaceHoldItems"),
                               QStringLiteral("excludeLitigationHoldItems")}) {
        if (Result<bool, Reply> value = flag(options, key, false); !value)
            return std::move(value.error()); // type-checked; the generated tenant has no holds or item history
    }
    ProductionState &production = m_context.sessions().production();
    const QDateTime now = m_context.sessions().currentTime();
    std::optional<MailRestoreStatistics> statistics;
    QString what;
    switch (scope) {
    case Scope::Mailbox:
        statistics = production.copyMailbox(context->view, params[1], destination, *account, now);
        what = QStringLiteral("mailbox %1").arg(mailbox->email);
        break;
    case Scope::Folder:
        statistics = production.copyMailFolder(context->view, params[1], params[2], destination, *account, now);
        if (!statistics)
            return notFound(QStringLiteral("Folder"), params[2]);
        what = QStringLiteral("a folder of %1").arg(mailbox->email);
        break;
    case Scope::Item:
    case Scope::Items: {
        Result<QStringList, Reply> ids = itemIds(params, options, scope);
        if (!ids)
            return std::move(ids.error());
        statistics = production.copyMailItems(context->view, params[1], *ids, destination, *account, now);
        if (!statistics)
            return notFound(QStringLiteral("Item"), ids->join(QStringLiteral(", ")));
        what = QStringLiteral("%1 of %2").arg(scopeName(int(ids->size()), scope == Scope::Items, QStringLiteral("an item")),
                                             mailbox->email);
        break;
    }
    }
    if (!statistics)
        return notFound(QStringLiteral("Mailbox"), params[1]);
    RestoreReport report;
    report.title = QStringLiteral("Restore %1 to %2").arg(what, destination.mailbox);
    report.target = destination.mailbox;
    report.statistics = mailStatisticsJson(*statistics, scope == Scope::Mailbox || scope == Scope::Folder);
    report.restored = statistics->createdItemsCount + statistics->mergedItemsCount;
    report.skipped = statistics->skippedItemsCount;
    report.total = report.restored + report.skipped + statistics->failedItemsCount;
    report.items = mailDetailsJson(*statistics);
    return m_service.finish(request, context->session, std::move(report));
}

Reply MailActionRoutes::send(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope,
                             bool toDefaultAddress)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const std::optional<Mailbox> mailbox = context->view.mailbox(params[1]);
    if (!mailbox)
        return notFound(QStringLiteral("Mailbox"), params[1]);
    Result<QStringList, Reply> ids = itemIds(params, options, scope);
    if (!ids)
        return std::move(ids.error());
    SentMessage message;
    message.explorer = QStringLiteral("vex");
    if (toDefaultAddress) {
        message.to = mailbox->email;
    } else {
        for (const auto &[key, field] : {std::pair{QStringLiteral("from"), &message.from}, std::pair{QStringLiteral("to"), &message.to},
                                         std::pair{QStringLiteral("subject"), &message.subject},
                                         std::pair{QStringLiteral("text"), &message.text}}) {
            Result<std::optional<QString>> value = options.string(key);
            if (!value)
                return Reply::message(400, value.error());
            *field = value->value_or(QString()).trimmed();
        }
        if (!message.to.contains(QLatin1Char('@')))
            return Reply::message(400, QStringLiteral("'to' must name one or more e-mail addresses."));
    }
    if (const std::optional<QString> blocked = m_mail.sendingBlocked(Explorer::Vex, request.version))
        return Reply::message(400, *blocked);
    if (message.from.isEmpty())
        message.from = m_mail.sender(Explorer::Vex);
    for (const QString &id : *ids) {
        const std::optional<MailItem> item = context->view.mailItem(params[1], id);
        if (!item)
            return notFound(QStringLiteral("Item"), id);
        if (message.attachments.size() < ProductionState::kMaxListedAttachments)
            message.attachments << item->subject + QStringLiteral(".msg");
    }
    message.attachmentCount = ids->size();
    message.time = m_context.sessions().currentTime();
    message.sentBy = m_context.userName();
    return m_service.finishSend(request, context->session, message);
}

Reply MailActionRoutes::bulkRestore(const Request &request, const RouteParams &params, const JsonOptions &options)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    Result<QStringList> ids = options.idList(QStringLiteral("mailboxes"));
    if (!ids)
        return Reply::message(400, ids.error());
    if (ids->isEmpty())
        return Reply::message(400, QStringLiteral("No mailboxes selected."));
    Result<bool, Reply> skipUnresolved = flag(options, QStringLiteral("skipUnresolved"), false);
    if (!skipUnresolved)
        return std::move(skipUnresolved.error());
    Result<QString, Reply> account = m_service.restoreAccount(
        options, {{QStringLiteral("office365UserName"), QStringLiteral("office365UserPassword")},
                  {QStringLiteral("onPremisesUserName"), QStringLiteral("onPremisesUserPassword")},
                  {QStringLiteral("onpremuserName"), QStringLiteral("onpremuserPassword")}});
    if (!account)
        return std::move(account.error());
    for (const QString &id : *ids) {
        if (!context->view.mailbox(id) && !*skipUnresolved)
            return notFound(QStringLiteral("Mailbox"), id);
    }
    const Wire wire(request);
    QJsonArray details;
    RestoreReport report;
    bool unresolved = false;
    for (const QString &id : *ids) {
        const std::optional<Mailbox> mailbox = context->view.mailbox(id);
        if (!mailbox) {
            unresolved = true;
            details.append(QJsonObject{{QStringLiteral("mailbox"), QJsonObject{{QStringLiteral("id"), id}}},
                                       {QStringLiteral("status"), QStringLiteral("Failed")},
                                       {QStringLiteral("error"), QStringLiteral("The mailbox '%1' cannot be resolved.").arg(id)}});
            continue;
        }
        const std::optional<MailRestoreStatistics> s = m_context.sessions().production().restoreMailbox(context->view, id);
        details.append(QJsonObject{{QStringLiteral("mailbox"), mailboxJson(wire, params[0], *mailbox)},
                                   {QStringLiteral("status"), QStringLiteral("Success")},
                                   {QStringLiteral("details"), commonStatisticsJson(*s)}});
        const qint64 restored = s->createdItemsCount + s->mergedItemsCount;
        report.restored += restored;
        report.skipped += s->skippedItemsCount;
        report.total += restored + s->skippedItemsCount + s->failedItemsCount;
        report.items.append(QJsonObject{{QStringLiteral("id"), mailbox->id},
                                        {QStringLiteral("itemRestoreDetailsType"), QStringLiteral("BulkMailbox")},
                                        {QStringLiteral("title"), mailbox->name},
                                        {QStringLiteral("name"), mailbox->name},
                                        {QStringLiteral("itemType"), QStringLiteral("ExchangeMailbox")},
                                        {QStringLiteral("status"), QStringLiteral("Success")},
                                        {QStringLiteral("mailboxEmail"), mailbox->email},
                                        {QStringLiteral("mailboxIsArchive"), mailbox->isArchive},
                                        {QStringLiteral("mailboxIsPublic"), mailbox->isPublic},
                                        {QStringLiteral("createdMailboxItemsCount"), s->createdItemsCount},
                                        {QStringLiteral("mergedMailboxItemsCount"), s->mergedItemsCount},
                                        {QStringLiteral("failedMailboxItemsCount"), s->failedItemsCount},
                                        {QStringLiteral("skippedMailboxItemsCount"), s->skippedItemsCount}});
    }
    report.title = QStringLiteral("Restore %1 mailboxes to the original location").arg(ids->size());
    report.target = QStringLiteral("%1 mailboxes").arg(ids->size());
    report.statistics = QJsonObject{{QStringLiteral("status"), unresolved ? QStringLiteral("Warning") : QStringLiteral("Success")},
                                    {QStringLiteral("details"), details}};
    return m_service.finish(request, context->session, std::move(report));
}

} // namespace vb365emu
