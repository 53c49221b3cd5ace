#include "router.h"

#include <QJsonObject>

namespace vb365emu {

namespace {

const QString kAny = QStringLiteral("{}");

Reply badRequest(const QString &text)
{
    return Reply::message(400, text);
}

} // namespace

Reply malformedBodyReply(ApiVersion version)
{
    return Reply::message(malformedBodyIsServerError(version) ? 500 : 400, QStringLiteral("JSON is not well-formed."));
}

QStringList Router::splitPattern(const QString &pattern)
{
    return pattern.toLower().split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

std::optional<RouteParams> Router::matchPattern(const QStringList &pattern, const QStringList &segments)
{
    if (pattern.size() != segments.size())
        return std::nullopt;
    RouteParams params;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == kAny)
            params.append(segments[i]);
        else if (pattern[i] != segments[i].toLower())
            return std::nullopt;
    }
    return params;
}

void Router::addGet(const QString &pattern, QueryNames queryNames, RouteHandler handler, ApiVersions versions)
{
    m_routes.append({QStringLiteral("GET"), splitPattern(pattern), std::move(versions), std::move(queryNames), std::move(handler), {}});
}

void Router::addPost(const QString &pattern, RouteHandler handler, ApiVersions versions)
{
    m_routes.append({QStringLiteral("POST"), splitPattern(pattern), std::move(versions), {}, std::move(handler), {}});
}

void Router::addPut(const QString &pattern, RouteHandler handler, ApiVersions versions, std::optional<QStringList> bodyKeys)
{
    m_routes.append({QStringLiteral("PUT"), splitPattern(pattern), std::move(versions), {}, std::move(handler), std::move(bodyKeys)});
}

void Router::addAction(const QString &resourcePattern, ActionSpec spec)
{
    if (!spec.verb.isEmpty()) {
        const ActionHandler handler = spec.handler;
        addPost(resourcePattern + QLatin1Char('/') + spec.verb,
                [handler](const Request &request, const RouteParams &params) {
                    Result<JsonOptions, Reply> options = parseBody(request);
                    if (!options)
                        return std::move(options.error());
                    return handler(request, params, *options);
                },
                {ApiVersion::V6, ApiVersion::V7, ApiVersion::V8});
        m_routes.last().bodyKeys = spec.optionKeys;
    }
    if (spec.v5Keys.isEmpty())
        return;
    const QString key = splitPattern(resourcePattern).join(QLatin1Char('/'));
    if (!m_v5Actions->contains(key)) {
        addPost(resourcePattern + QStringLiteral("/action"),
                [actions = m_v5Actions, key](const Request &request, const RouteParams &params) {
                    return dispatchV5Action(actions->value(key), request, params);
                },
                {ApiVersion::V5});
    }
    (*m_v5Actions)[key].append(std::move(spec));
}

Result<JsonOptions, Reply> Router::parseBody(const Request &request)
{
    if (request.body.trimmed().isEmpty())
        return JsonOptions({}, request.strict);
    Result<QJsonValue> parsed = parseLenientJson(request.body);
    if (!parsed || (request.strict && request.body != stripTrailingCommas(request.body)))
        return fail(malformedBodyReply(request.version));
    if (!parsed->isObject())
        return fail(badRequest(QStringLiteral("The request body must be a JSON object.")));
    return JsonOptions(parsed->toObject(), request.strict);
}

Reply Router::dispatchV5Action(const QList<ActionSpec> &actions, const Request &request, const RouteParams &params)
{
    Result<JsonOptions, Reply> body = parseBody(request);
    if (!body)
        return std::move(body.error());
    const QJsonObject &top = body->object();
    if (top.isEmpty())
        return badRequest(QStringLiteral("The request body must name an action."));
    if (request.strict && top.size() != 1)
        return badRequest(QStringLiteral("The request body must contain exactly one action."));
    for (const ActionSpec &spec : actions) {
        for (auto it = top.constBegin(); it != top.constEnd(); ++it) {
            const bool exact = request.strict && !spec.v5AnyCase;
            const bool named = exact ? spec.v5Keys.contains(it.key()) : spec.v5Keys.contains(it.key(), Qt::CaseInsensitive);
            if (!named)
                continue;
            if (!it.value().isNull() && !it.value().isObject())
                return badRequest(QStringLiteral("The options of '%1' must be an object or null.").arg(it.key()));
            const JsonOptions options(it.value().toObject(), exact);
            if (request.strict) {
                const QStringList unknown = options.unknownKeys(spec.v5OptionKeys.value_or(spec.optionKeys));
                if (!unknown.isEmpty())
                    return badRequest(QStringLiteral("Unknown option(s) of '%1': %2").arg(it.key(), unknown.join(QStringLiteral(", "))));
            }
            return spec.handler(request, params, options);
        }
    }
    return badRequest(QStringLiteral("Unknown action '%1'.").arg(top.constBegin().key()));
}

std::optional<Reply> Router::dispatch(const Request &request, const QStringList &segments) const
{
    const QString method = request.method == QLatin1String("HEAD") ? QStringLiteral("GET") : request.method;
    for (const Route &route : m_routes) {
        if (route.method != method || !route.versions.contains(request.version))
            continue;
        std::optional<RouteParams> params = matchPattern(route.pattern, segments);
        if (!params)
            continue;
        if (request.strict && route.queryNames) {
            const QStringList allowed = route.queryNames(request.version);
            for (const auto &[name, value] : request.query) {
                if (!allowed.contains(name))
                    return badRequest(QStringLiteral("Unknown query parameter '%1'.").arg(name));
            }
        }
        if (request.strict && route.bodyKeys) {
            Result<JsonOptions, Reply> options = parseBody(request);
            if (options) {
                const QStringList unknown = options->unknownKeys(*route.bodyKeys);
                if (!unknown.isEmpty())
                    return badRequest(QStringLiteral("Unknown body key(s): %1").arg(unknown.join(QStringLiteral(", "))));
            }
        }
        return route.handler(request, *params);
    }
    return std::nullopt;
}

} // namespace vb365emu
