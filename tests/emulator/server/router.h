#pragma once

#include "apiversion.h"
#include "lenientjson.h"
#include "reply.h"
#include "request.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace vb365emu {

using RouteParams = QStringList; // the `{}` segments of a pattern, decoded, in order
using RouteHandler = std::function<Reply(const Request &, const RouteParams &)>;
using ActionHandler = std::function<Reply(const Request &, const RouteParams &, const JsonOptions &options)>;
using QueryNames = std::function<QStringList(ApiVersion)>;

// One action on a resource in both generations: v5 `POST <resource>/Action` with `{"<v5Key>": options}`,
// v6+ `POST <resource>/<verb>` with the options object as the body.
struct ActionSpec
{
    QStringList v5Keys;      // documented spellings of the v5 body key (first = canonical); empty = not in v5
    QString verb;            // v6+ path segment; empty = not in v6+
    QStringList optionKeys;  // exact v6+ option names (the strict mode refuses any other)
    std::optional<QStringList> v5OptionKeys; // when the v5 names differ (e.g. contentKeywords)
    ActionHandler handler;
    // The v2-v5 restore/copy/send pages mix key case ("userName", "username", "UserName") and quote booleans
    // in their own examples, so for these actions --strict checks only that every v5 key is a documented name
    // in any case; values are read leniently.
    bool v5AnyCase = false;
};

// Dispatch table over paths below the version prefix. Literal segments match case-insensitively
// (ASP.NET routing is case-insensitive); `{}` matches any one segment.
class Router
{
public:
    void addGet(const QString &pattern, QueryNames queryNames, RouteHandler handler,
                ApiVersions versions = {ApiVersion::V5, ApiVersion::V6, ApiVersion::V7, ApiVersion::V8});
    void addPost(const QString &pattern, RouteHandler handler,
                 ApiVersions versions = {ApiVersion::V5, ApiVersion::V6, ApiVersion::V7, ApiVersion::V8});
    // PUT with the documented body keys (strict mode refuses others; nullopt = not checked here).
    void addPut(const QString &pattern, RouteHandler handler, ApiVersions versions, std::optional<QStringList> bodyKeys);
    void addAction(const QString &resourcePattern, ActionSpec spec);

    // nullopt when no route matches; otherwise the handler's answer.
    std::optional<Reply> dispatch(const Request &request, const QStringList &segments) const;

private:
    struct Route
    {
        QString method;
        QStringList pattern;
        ApiVersions versions;
        QueryNames queryNames; // GET: the documented query parameter names (strict mode)
        RouteHandler handler;
        std::optional<QStringList> bodyKeys; // POST actions: the documented option names (strict mode)
    };
    static QStringList splitPattern(const QString &pattern);
    static std::optional<RouteParams> matchPattern(const QStringList &pattern, const QStringList &segments);
    static Reply dispatchV5Action(const QList<ActionSpec> &actions, const Request &request, const RouteParams &params);
    // The options object of a POST body; the error is the dialect's answer to a malformed body.
    static Result<JsonOptions, Reply> parseBody(const Request &request);

    QList<Route> m_routes;
    // By lower-case resource pattern; shared so that the routes' handlers stay valid when the Router moves.
    std::shared_ptr<QHash<QString, QList<ActionSpec>>> m_v5Actions = std::make_shared<QHash<QString, QList<ActionSpec>>>();
};

// `{"message": …}` with the status a malformed body gets in this dialect (v5: 500, v6+: 400).
Reply malformedBodyReply(ApiVersion version);

} // namespace vb365emu
