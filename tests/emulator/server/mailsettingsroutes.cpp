#include "mailsettingsroutes.h"

#include "routehelpers.h"

namespace vb365emu {

using namespace routes;

namespace {

constexpr Explorer kExplorers[] = {Explorer::Vex, Explorer::Veod, Explorer::Vesp, Explorer::Vet};

QString displayName(Explorer explorer)
{
    switch (explorer) {
    case Explorer::Vex: return QStringLiteral("Veeam Explorer for Microsoft Exchange");
    case Explorer::Veod: return QStringLiteral("Veeam Explorer for Microsoft OneDrive for Business");
    case Explorer::Vesp: return QStringLiteral("Veeam Explorer for Microsoft SharePoint");
    case Explorer::Vet: return QStringLiteral("Veeam Explorer for Microsoft Teams");
    }
    return {};
}

// v5 (like v2-v4) calls the host `smtpServer`, except in the Teams settings; v6+ `server` everywhere.
QString serverKey(Explorer explorer, ApiVersion version)
{
    return version == ApiVersion::V5 && explorer != Explorer::Vet ? QStringLiteral("smtpServer") : QStringLiteral("server");
}

QStringList putKeys(Explorer explorer, ApiVersion version)
{
    QStringList keys{QStringLiteral("enableNotification"), serverKey(explorer, version), QStringLiteral("port"),
                     QStringLiteral("from"), QStringLiteral("useAuthentication"), QStringLiteral("useSSL"),
                     QStringLiteral("username"), QStringLiteral("userPassword")};
    if (version >= ApiVersion::V6)
        keys << QStringLiteral("_links") << QStringLiteral("_actions");
    if (version >= ApiVersion::V8)
        keys << QStringLiteral("userId") << QStringLiteral("mailApiUrl") << QStringLiteral("requestId");
    return keys;
}

} // namespace

MailSettingsRoutes::MailSettingsRoutes(bool preconfigured)
{
    for (const Explorer explorer : kExplorers) {
        SmtpSettings settings;
        if (preconfigured) {
            settings.enableNotification = true;
            settings.server = QStringLiteral("smtp.example.com");
            settings.port = 587;
            settings.from = QStringLiteral("restores@example.com");
            settings.useSSL = true;
        }
        m_settings.insert(explorer, settings);
    }
}

QString MailSettingsRoutes::resourceName(Explorer explorer, ApiVersion version)
{
    const bool upper = version == ApiVersion::V5;
    switch (explorer) {
    case Explorer::Vex: return upper ? QStringLiteral("VEXEmailSettings") : QStringLiteral("VexEmailSettings");
    case Explorer::Veod: return upper ? QStringLiteral("VEODEmailSettings") : QStringLiteral("VeodEmailSettings");
    case Explorer::Vesp: return upper ? QStringLiteral("VESPEmailSettings") : QStringLiteral("VespEmailSettings");
    case Explorer::Vet: return QStringLiteral("VetEmailSettings");
    }
    return {};
}

void MailSettingsRoutes::install(Router &router)
{
    for (const Explorer explorer : kExplorers) {
        const QString path = resourceName(explorer, ApiVersion::V6);
        router.addGet(path, names({}), [this, explorer](const Request &r, const RouteParams &) { return get(r, explorer); });
        // Body keys are checked in put(): v5 pages spell them in several cases, v8 adds OAuth fields.
        router.addPut(path, [this, explorer](const Request &r, const RouteParams &) { return put(r, explorer); },
                      {ApiVersion::V5, ApiVersion::V6, ApiVersion::V7, ApiVersion::V8}, std::nullopt);
    }
}

std::optional<QString> MailSettingsRoutes::sendingBlocked(Explorer explorer, ApiVersion version) const
{
    if (!m_settings.value(explorer).server.isEmpty())
        return std::nullopt;
    if (explorer == Explorer::Veod && version == ApiVersion::V5 && !m_settings.value(Explorer::Vesp).server.isEmpty())
        return std::nullopt;
    return QStringLiteral("Sending by e-mail is not configured: %1 has no SMTP server. Set it with PUT /%2/%3.")
        .arg(displayName(explorer), versionPrefix(version), resourceName(explorer, version));
}

Reply MailSettingsRoutes::get(const Request &request, Explorer explorer) const
{
    const SmtpSettings &s = m_settings[explorer];
    QJsonObject json{{QStringLiteral("enableNotification"), s.enableNotification},
                     {serverKey(explorer, request.version), s.server},
                     {QStringLiteral("port"), s.port},
                     {QStringLiteral("from"), s.from},
                     {QStringLiteral("useAuthentication"), s.useAuthentication},
                     {QStringLiteral("useSSL"), s.useSSL},
                     {QStringLiteral("username"), s.username}};
    if (request.version >= ApiVersion::V6)
        json.insert(QStringLiteral("_links"),
                    QJsonObject{{QStringLiteral("self"), Wire(request).link(ResourcePath{ResourcePath::Segment::literal(resourceName(explorer, request.version))})}});
    if (request.version >= ApiVersion::V8)
        json.insert(QStringLiteral("authenticationType"), QStringLiteral("CustomSmtp"));
    return Reply::json(json);
}

Reply MailSettingsRoutes::put(const Request &request, Explorer explorer)
{
    Result<QJsonValue> body = parseLenientJson(request.body);
    if (!body || (request.strict && request.body != stripTrailingCommas(request.body)))
        return malformedBodyReply(request.version);
    if (!body->isObject())
        return Reply::message(400, QStringLiteral("The request body must be a JSON object."));
    // v5: the pages quote numbers and booleans and mix key case; --strict checks the names in any case there.
    const bool exact = request.strict && request.version >= ApiVersion::V6;
    const JsonOptions options(body->toObject(), exact);
    const QStringList allowed = putKeys(explorer, request.version);
    if (const QStringList unknown = options.unknownKeys(allowed); request.strict && !unknown.isEmpty())
        return Reply::message(400, QStringLiteral("Unknown body key(s): %1").arg(unknown.join(QStringLiteral(", "))));

    SmtpSettings next = m_settings.value(explorer);
    for (const auto &[key, target] : {std::pair{QStringLiteral("enableNotification"), &next.enableNotification},
                                      std::pair{QStringLiteral("useAuthentication"), &next.useAuthentication},
                                      std::pair{QStringLiteral("useSSL"), &next.useSSL}}) {
        Result<std::optional<bool>> value = options.boolean(key);
        if (!value)
            return Reply::message(400, value.error());
        if (*value)
            *target = **value;
    }
    for (const auto &[key, target] : {std::pair{serverKey(explorer, request.version), &next.server},
                                      std::pair{QStringLiteral("from"), &next.from},
                                      std::pair{QStringLiteral("username"), &next.username}}) {
        Result<std::optional<QString>> value = options.string(key);
        if (!value)
            return Reply::message(400, value.error());
        if (*value)
            *target = value->value().trimmed();
    }
    Result<std::optional<qint64>> port = options.integer(QStringLiteral("port"));
    if (!port)
        return Reply::message(400, port.error());
    if (*port) {
        if (**port < 1 || **port > 65535)
            return Reply::message(400, QStringLiteral("port %1 is not a TCP port (1-65535).").arg(**port));
        next.port = int(**port);
    }
    Result<std::optional<QString>> password = options.string(QStringLiteral("userPassword"));
    if (!password)
        return Reply::message(400, password.error());
    if (*password)
        next.hasPassword = !(*password)->isEmpty();

    if (!next.server.isEmpty() && !next.from.contains(QLatin1Char('@')))
        return Reply::message(400, QStringLiteral("'from' must be an e-mail address."));
    if (next.useAuthentication && (next.username.isEmpty() || !next.hasPassword))
        return Reply::message(400, QStringLiteral("useAuthentication needs username and userPassword."));
    m_settings.insert(explorer, next);
    return Reply::empty(request.version == ApiVersion::V8 ? 204 : 200);
}

} // namespace vb365emu
