#include "apiroutes.h"

#include "views.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace vb365emu {

namespace {

const QString kOffset = QStringLiteral("offset");
const QString kLimit = QStringLiteral("limit");
const QString kParentId = QStringLiteral("parentId");
const QString kFolderId = QStringLiteral("folderId");

const ApiVersions kPerVerbVersions{ApiVersion::V6, ApiVersion::V7, ApiVersion::V8};

QueryNames names(QStringList list)
{
    return [list = std::move(list)](ApiVersion) { return list; };
}

const QStringList kPstSpellings{QStringLiteral("exporttoPst"), QStringLiteral("exportToPst"), QStringLiteral("ExportToPst")};
const QStringList kSaveSpellings{QStringLiteral("save"), QStringLiteral("Save")};
const QStringList kPstLimitKeys{QStringLiteral("enablePstSizeLimit"), QStringLiteral("pstSizeLimitBytes")};

template <typename T, typename ToJson>
Reply pageReply(const Wire &wire, const ResourcePath &collection, const QueryItems &filters, PageRange range,
                const Page<T> &page, ToJson toJson)
{
    QJsonArray results;
    for (const T &entry : page.items)
        results.append(toJson(entry));
    return Reply::json(wire.page(collection, filters, range, page.totalCount, results));
}

template <typename T>
Page<T> slice(const QList<T> &all, PageRange range)
{
    Page<T> page;
    page.totalCount = all.size();
    page.items = all.mid(std::min<qint64>(range.offset, all.size()), range.limit);
    return page;
}

Reply notFound(const QString &what, const QString &id)
{
    return Reply::message(404, QStringLiteral("%1 with ID '%2' was not found.").arg(what, id));
}

// Accepts the four documented forms: ISO 8601 (with or without zone, 0–7 fraction digits),
// "yyyy-MM-dd HH:mm:ss.SSS" and "yyyy.MM.dd HH:mm:ss" (zone-less = UTC).
std::optional<QDateTime> parsePointInTime(const QString &text)
{
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid()) {
        for (const QString &format : {QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                      QStringLiteral("yyyy.MM.dd HH:mm:ss")}) {
            value = QDateTime::fromString(text, format);
            if (value.isValid())
                break;
        }
    }
    if (!value.isValid())
        return std::nullopt;
    if (value.timeSpec() == Qt::LocalTime)
        value.setTimeSpec(Qt::UTC);
    return value.toUTC();
}

// The session type of an explore body; strict mode wants the dialect's documented casing.
Result<SessionType> sessionTypeOf(const Request &request, const std::optional<QString> &text)
{
    if (!text)
        return SessionType::Vex;
    const std::optional<SessionType> type = sessionTypeFromName(*text);
    if (!type)
        return fail(QStringLiteral("Unknown restore session type '%1'.").arg(*text));
    if (request.strict) {
        const QString documented = usesActionEndpoints(request.version) ? wireName(*type).toLower() : wireName(*type);
        if (*text != documented)
            return fail(QStringLiteral("The session type is spelled '%1' in %2.").arg(documented, versionPrefix(request.version)));
    }
    return *type;
}

Result<std::optional<bool>> queryBoolean(const Request &request, const QString &name)
{
    const std::optional<QString> text = request.queryValue(name);
    if (!text)
        return std::optional<bool>();
    if (text->compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return std::optional<bool>(true);
    if (text->compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return std::optional<bool>(false);
    return fail(QStringLiteral("The query parameter '%1' must be true or false.").arg(name));
}

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

ApiRoutes::ApiRoutes(RestoreSessionStore &sessions, QString userName) : m_sessions(sessions), m_userName(std::move(userName)) {}

Router ApiRoutes::router()
{
    Router router;
    installAdministration(router);
    installSessions(router);
    installExchange(router);
    installOneDrive(router);
    return router;
}

// ---------------------------------------------------------------------------------------------------------

void ApiRoutes::installAdministration(Router &router)
{
    router.addGet(QStringLiteral("Organizations"),
                  [](ApiVersion v) {
                      if (v == ApiVersion::V5)
                          return QStringList{};
                      if (v == ApiVersion::V8)
                          return QStringList{QStringLiteral("extendedView"), QStringLiteral("msid"),
                                             QStringLiteral("backedUpOrganizationId"), kLimit, kOffset};
                      return QStringList{QStringLiteral("extendedView")};
                  },
                  [this](const Request &r, const RouteParams &) { return listOrganizations(r); });
    router.addGet(QStringLiteral("Organizations/{}"),
                  [](ApiVersion v) { return v == ApiVersion::V5 ? QStringList{} : QStringList{QStringLiteral("extendedView")}; },
                  [this](const Request &r, const RouteParams &p) { return getOrganization(r, p); });
    router.addGet(QStringLiteral("ServiceInstance"), names({}),
                  [this](const Request &r, const RouteParams &) { return getServiceInstance(r); }, kPerVerbVersions);
    router.addAction(QStringLiteral("Organizations/{}"),
                     {{QStringLiteral("explore")},
                      QStringLiteral("explore"),
                      {QStringLiteral("dateTime"), QStringLiteral("type"), QStringLiteral("showDeleted"),
                       QStringLiteral("showAllVersions"), QStringLiteral("repositoryId")},
                      QStringList{QStringLiteral("datetime"), QStringLiteral("type"), QStringLiteral("showDeleted"),
                                  QStringLiteral("showAllVersions")},
                      [this](const Request &r, const RouteParams &p, const JsonOptions &o) { return explore(r, p, o); }});
}

Reply ApiRoutes::listOrganizations(const Request &request)
{
    const Wire wire(request);
    const QList<Organization> all = m_sessions.tenant().organizations();
    const auto toJson = [&wire](const Organization &o) { return organizationJson(wire, o); };
    if (!organizationsArePaged(request.version)) {
        QJsonArray array;
        for (const Organization &o : all)
            array.append(toJson(o));
        return Reply::json(array);
    }
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    return pageReply(wire, {"Organizations"}, {}, *range, slice(all, *range), toJson);
}

Reply ApiRoutes::getOrganization(const Request &request, const RouteParams &params)
{
    const std::optional<Organization> organization = m_sessions.tenant().organization(params[0]);
    if (!organization)
        return notFound(QStringLiteral("Organization"), params[0]);
    return Reply::json(organizationJson(Wire(request), *organization));
}

Reply ApiRoutes::getServiceInstance(const Request &request)
{
    static const QHash<ApiVersion, QString> builds{
        {ApiVersion::V6, QStringLiteral("6.0.0.367")}, {ApiVersion::V7, QStringLiteral("7.0.0.2911")}, {ApiVersion::V8, QStringLiteral("8.0.2.159")}};
    const QUuid installation = QUuid::createUuidV5(QUuid(), QStringLiteral("vb365-emulator-%1").arg(m_sessions.tenant().seed()));
    return Reply::json(QJsonObject{{QStringLiteral("installationId"), installation.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("version"), builds.value(request.version)}});
}

Reply ApiRoutes::explore(const Request &request, const RouteParams &params, const JsonOptions &options)
{
    ExploreRequest explore;
    explore.organizationId = params[0];
    explore.initiatedBy = m_userName;
    Result<std::optional<QString>> when = options.string(usesActionEndpoints(request.version) ? QStringLiteral("datetime")
                                                                                              : QStringLiteral("dateTime"));
    if (!when)
        return Reply::message(400, when.error());
    if (*when) {
        explore.pointInTime = parsePointInTime(**when);
        if (!explore.pointInTime)
            return Reply::message(400, QStringLiteral("The point in time '%1' is not a date and time.").arg(**when));
    }
    Result<std::optional<QString>> typeText = options.string(QStringLiteral("type"));
    if (!typeText)
        return Reply::message(400, typeText.error());
    Result<SessionType> type = sessionTypeOf(request, *typeText);
    if (!type)
        return Reply::message(400, type.error());
    explore.type = *type;
    for (const auto &[key, target] : {std::pair{QStringLiteral("showDeleted"), &explore.showDeleted},
                                      std::pair{QStringLiteral("showAllVersions"), &explore.showAllVersions}}) {
        Result<std::optional<bool>> flag = options.boolean(key);
        if (!flag)
            return Reply::message(400, flag.error());
        *target = flag->value_or(false);
    }
    const std::optional<RestoreSession> session = m_sessions.create(explore);
    if (!session)
        return notFound(QStringLiteral("Organization"), params[0]);
    return Reply::json(sessionJson(Wire(request), *session), exploreAnswersCreated(request.version) ? 201 : 200);
}

// ---------------------------------------------------------------------------------------------------------

void ApiRoutes::installSessions(Router &router)
{
    router.addGet(QStringLiteral("RestoreSessions"),
                  [](ApiVersion v) {
                      QStringList list{kOffset, kLimit};
                      if (v >= ApiVersion::V6)
                          list << QStringLiteral("startTimeFrom") << QStringLiteral("startTimeTo");
                      if (v >= ApiVersion::V8)
                          list << QStringLiteral("endTimeFrom") << QStringLiteral("endTimeTo") << QStringLiteral("orderAsc")
                               << QStringLiteral("orderBy");
                      return list;
                  },
                  [this](const Request &r, const RouteParams &) { return listSessions(r); });
    router.addGet(QStringLiteral("RestoreSessions/{}"), names({}),
                  [this](const Request &r, const RouteParams &p) { return getSession(r, p); });
    router.addGet(QStringLiteral("RestoreSessions/{}/Events"), names({kOffset, kLimit}),
                  [this](const Request &r, const RouteParams &p) { return listEvents(r, p); });
    router.addGet(QStringLiteral("RestoreSessions/{}/Events/{}"), names({}),
                  [this](const Request &r, const RouteParams &p) { return getEvent(r, p); });
    router.addGet(QStringLiteral("RestoreSessions/{}/Organization"), names({}),
                  [this](const Request &r, const RouteParams &p) { return getSessionOrganization(r, p); });
    router.addAction(QStringLiteral("RestoreSessions/{}"),
                     {{QStringLiteral("stop")}, QStringLiteral("Stop"), {}, std::nullopt,
                      [this](const Request &r, const RouteParams &p, const JsonOptions &) { return stopSession(r, p); }});
}

Reply ApiRoutes::listSessions(const Request &request)
{
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    QList<RestoreSession> all = m_sessions.list({0, std::numeric_limits<int>::max()}).items;
    // Time filters (v6+) and ascending order (v8) are applied here; the store lists newest first.
    for (const auto &[name, isLowerBound, ofEnd] : {std::tuple{QStringLiteral("startTimeFrom"), true, false},
                                                   std::tuple{QStringLiteral("startTimeTo"), false, false},
                                                   std::tuple{QStringLiteral("endTimeFrom"), true, true},
                                                   std::tuple{QStringLiteral("endTimeTo"), false, true}}) {
        const std::optional<QString> text = request.queryValue(name);
        if (!text)
            continue;
        const std::optional<QDateTime> bound = parsePointInTime(*text);
        if (!bound)
            return Reply::message(400, QStringLiteral("The query parameter '%1' is not a date and time.").arg(name));
        all.removeIf([&](const RestoreSession &s) {
            const std::optional<QDateTime> t = ofEnd ? s.endTime : std::optional<QDateTime>(s.creationTime);
            return !t || (isLowerBound ? *t < *bound : *t > *bound);
        });
    }
    // v8 ordering: by creation (default) or end time, newest first unless orderAsc=true; running sessions
    // (no end time yet) count as the newest when ordering by end time.
    Result<std::optional<bool>> ascending = queryBoolean(request, QStringLiteral("orderAsc"));
    if (!ascending)
        return Reply::message(400, ascending.error());
    const QString orderBy = request.queryValue(QStringLiteral("orderBy")).value_or(QStringLiteral("CreationTime"));
    const bool byEndTime = orderBy.compare(QLatin1String("EndTime"), Qt::CaseInsensitive) == 0;
    if (!byEndTime && orderBy.compare(QLatin1String("CreationTime"), Qt::CaseInsensitive) != 0)
        return Reply::message(400, QStringLiteral("orderBy must be CreationTime or EndTime, not '%1'.").arg(orderBy));
    const auto sortKey = [byEndTime](const RestoreSession &s) {
        return byEndTime ? s.endTime.value_or(QDateTime::fromSecsSinceEpoch(std::numeric_limits<qint32>::max(), Qt::UTC))
                         : s.creationTime;
    };
    std::stable_sort(all.begin(), all.end(), [&](const RestoreSession &a, const RestoreSession &b) {
        return ascending->value_or(false) ? sortKey(a) < sortKey(b) : sortKey(b) < sortKey(a);
    });
    const Wire wire(request);
    return pageReply(wire, {"RestoreSessions"}, {}, *range, slice(all, *range),
                     [&wire](const RestoreSession &s) { return sessionJson(wire, s); });
}

Reply ApiRoutes::getSession(const Request &request, const RouteParams &params)
{
    const std::optional<RestoreSession> session = m_sessions.find(params[0]);
    if (!session)
        return notFound(QStringLiteral("Restore session"), params[0]);
    return Reply::json(sessionJson(Wire(request), *session));
}

Reply ApiRoutes::stopSession(const Request &request, const RouteParams &params)
{
    if (!m_sessions.stop(params[0]))
        return notFound(QStringLiteral("Restore session"), params[0]);
    return Reply::empty(stopAnswersNoContent(request.version) ? 204 : 200);
}

Reply ApiRoutes::listEvents(const Request &request, const RouteParams &params)
{
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    const std::optional<RestoreSession> session = m_sessions.find(params[0]);
    const std::optional<Page<SessionEvent>> events = m_sessions.events(params[0], *range);
    if (!session || !events)
        return notFound(QStringLiteral("Restore session"), params[0]);
    const Wire wire(request);
    return pageReply(wire, paths::session(session->id) / "Events", {}, *range, *events,
                     [&](const SessionEvent &e) { return eventJson(wire, *session, e); });
}

Reply ApiRoutes::getEvent(const Request &request, const RouteParams &params)
{
    const std::optional<RestoreSession> session = m_sessions.find(params[0]);
    if (!session)
        return notFound(QStringLiteral("Restore session"), params[0]);
    const std::optional<SessionEvent> event = m_sessions.event(params[0], params[1]);
    if (!event)
        return notFound(QStringLiteral("Event"), params[1]);
    return Reply::json(eventJson(Wire(request), *session, *event));
}

Reply ApiRoutes::getSessionOrganization(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], std::nullopt);
    if (!context)
        return std::move(context.error());
    return Reply::json(sessionOrganizationJson(Wire(request), context->session, context->view.organization()));
}

Result<ApiRoutes::Browse, Reply> ApiRoutes::browse(const QString &sessionId, std::optional<SessionType> required) const
{
    const std::optional<RestoreSession> session = m_sessions.find(sessionId);
    const std::optional<TenantView> view = m_sessions.view(sessionId);
    if (!session || !view)
        return fail(notFound(QStringLiteral("Restore session"), sessionId));
    // Real servers answer 500 when a client keeps browsing an ended session (api-reference §4).
    if (session->state == SessionState::Stopped)
        return fail(Reply::message(500, QStringLiteral("The restore session '%1' has been stopped.").arg(sessionId)));
    if (required && session->type != *required)
        return fail(Reply::message(400, QStringLiteral("The restore session '%1' is of type %2, not %3.")
                                            .arg(sessionId, wireName(session->type), wireName(*required))));
    return Browse{*session, *view};
}

Reply ApiRoutes::download(const RestoreSession &session, GeneratedContent content, EventType type, const QString &title)
{
    switch (content.status) {
    case GeneratedContent::Status::NotFound:
        return Reply::message(404, content.error);
    case GeneratedContent::Status::Failed:
        m_sessions.appendEvent(session.id, {type, EventStatus::Failed, title, content.error, {}, {}, 0, {}, {}});
        return Reply::message(500, content.error);
    case GeneratedContent::Status::Ready:
        break;
    }
    const qint64 size = content.device->size();
    m_sessions.appendEvent(session.id, {type, EventStatus::Success, title,
                                        QStringLiteral("%1 (%2 bytes) is ready for download.").arg(content.fileName).arg(size),
                                        content.fileName, {}, size, {}, {}});
    return Reply::file(std::move(content.device), content.fileName);
}

// ---------------------------------------------------------------------------------------------------------

void ApiRoutes::installExchange(Router &router)
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

Reply ApiRoutes::listMailboxes(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    const Wire wire(request);
    return pageReply(wire, paths::mailboxes(params[0]), {}, *range, context->view.mailboxes(*range),
                     [&](const Mailbox &m) { return mailboxJson(wire, params[0], m); });
}

Reply ApiRoutes::getMailbox(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const std::optional<Mailbox> mailbox = context->view.mailbox(params[1]);
    if (!mailbox)
        return notFound(QStringLiteral("Mailbox"), params[1]);
    return Reply::json(mailboxJson(Wire(request), params[0], *mailbox));
}

Reply ApiRoutes::listMailFolders(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Vex);
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

Reply ApiRoutes::getMailFolder(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const std::optional<MailFolder> folder = context->view.mailFolder(params[1], params[2]);
    if (!folder)
        return notFound(QStringLiteral("Folder"), params[2]);
    return Reply::json(mailFolderJson(Wire(request), params[0], *folder));
}

Reply ApiRoutes::listMailItems(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Vex);
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

Reply ApiRoutes::getMailItem(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const std::optional<MailItem> item = context->view.mailItem(params[1], params[2]);
    if (!item)
        return notFound(QStringLiteral("Item"), params[2]);
    return Reply::json(mailItemJson(Wire(request), params[0], *item));
}

Reply ApiRoutes::saveMailItem(const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    const ContentGenerator generator(context->view);
    return download(context->session, generator.itemMsg(params[1], params[2]), EventType::Save,
                    QStringLiteral("Save item as MSG"));
}

Reply ApiRoutes::saveMailItems(const RouteParams &params, const JsonOptions &options)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    Result<QStringList> ids = options.idList(QStringLiteral("items"));
    if (!ids)
        return Reply::message(400, ids.error());
    if (ids->isEmpty())
        return Reply::message(400, QStringLiteral("No items selected."));
    const ContentGenerator generator(context->view);
    return download(context->session, generator.itemsMsgZip(params[1], *ids), EventType::Save,
                    QStringLiteral("Save %1 items as MSG").arg(ids->size()));
}

Reply ApiRoutes::exportPst(const RouteParams &params, const JsonOptions &options, PstScope scope)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Vex);
    if (!context)
        return std::move(context.error());
    Result<PstOptions> pst = pstOptionsOf(options);
    if (!pst)
        return Reply::message(400, pst.error());
    const ContentGenerator generator(context->view);
    GeneratedContent content;
    QString title;
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
    return download(context->session, std::move(content), EventType::Export, title);
}

// ---------------------------------------------------------------------------------------------------------

void ApiRoutes::installOneDrive(Router &router)
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

Reply ApiRoutes::listOneDrives(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    Result<PageRange> range = pageRangeOf(request);
    if (!range)
        return Reply::message(400, range.error());
    const Wire wire(request);
    return pageReply(wire, paths::oneDrives(params[0]), {}, *range, context->view.oneDrives(*range),
                     [&](const OneDrive &d) { return oneDriveJson(wire, params[0], d); });
}

Reply ApiRoutes::getOneDrive(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    const std::optional<OneDrive> oneDrive = context->view.oneDrive(params[1]);
    if (!oneDrive)
        return notFound(QStringLiteral("OneDrive"), params[1]);
    return Reply::json(oneDriveJson(Wire(request), params[0], *oneDrive));
}

Reply ApiRoutes::listDriveFolders(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Veod);
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

Reply ApiRoutes::listDocuments(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Veod);
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

Reply ApiRoutes::getDriveItem(const Request &request, const RouteParams &params, bool folder)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Veod);
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

Reply ApiRoutes::listVersions(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Veod);
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

Reply ApiRoutes::getVersion(const Request &request, const RouteParams &params)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Veod);
    if (!context)
        return std::move(context.error());
    bool ok = false;
    const int versionId = params[3].toInt(&ok);
    const std::optional<DriveItem> version = ok ? context->view.documentVersion(params[1], params[2], versionId) : std::nullopt;
    if (!version)
        return notFound(QStringLiteral("Version"), params[3]);
    return Reply::json(driveItemJson(Wire(request), params[0], *version));
}

Reply ApiRoutes::saveDrive(const RouteParams &params, const JsonOptions &options, DriveSaveScope scope)
{
    Result<Browse, Reply> context = browse(params[0], SessionType::Veod);
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
    return download(context->session, std::move(content), EventType::Save, title);
}

} // namespace vb365emu
