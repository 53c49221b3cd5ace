#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace vb365emu {

Result<RequestPattern> RequestPattern::parse(const QString &text)
{
    RequestPattern pattern;
    pattern.m_text = text.trimmed();
    QString glob = pattern.m_text;
    const qsizetype space = glob.indexOf(QLatin1Char(' '));
    if (space > 0) {
        pattern.m_method = glob.left(space).toUpper();
        glob = glob.mid(space + 1).trimmed();
    }
    if (glob.isEmpty())
        return fail(QStringLiteral("empty request pattern '%1'").arg(text));
    QStringList literalParts;
    for (const QString &part : glob.split(QLatin1Char('*')))
        literalParts.append(QRegularExpression::escape(part));
    pattern.m_path = QRegularExpression(QRegularExpression::anchoredPattern(literalParts.join(QStringLiteral(".*"))),
                                        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool RequestPattern::matches(const QString &method, const QString &path) const
{
    if (!m_method.isEmpty() && m_method != method.toUpper())
        return false;
    return m_path.match(path).hasMatch();
}

namespace {

Result<ApiVersions> parseVersions(const QString &text)
{
    ApiVersions versions;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<ApiVersion> v = versionFromPrefix(part.trimmed().toLower());
        if (!v)
            return fail(QStringLiteral("--api: unknown version '%1' (use v5, v6, v7, v8)").arg(part));
        if (!versions.contains(*v))
            versions.append(*v);
    }
    if (versions.isEmpty())
        return fail(QStringLiteral("--api: no version given"));
    std::sort(versions.begin(), versions.end());
    return versions;
}

Result<FailRule> parseFailRule(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(.+?)=(\\d{3})(?::(.*))?$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return fail(QStringLiteral("--fail: expected PATTERN=STATUS[:message], got '%1'").arg(text));
    Result<RequestPattern> pattern = RequestPattern::parse(m.captured(1));
    if (!pattern)
        return fail(QStringLiteral("--fail: %1").arg(pattern.error()));
    const int status = m.captured(2).toInt();
    if (status < 100 || status > 599)
        return fail(QStringLiteral("--fail: status %1 is not an HTTP status").arg(status));
    return FailRule{*pattern, status, m.captured(3)};
}

Result<DelayRule> parseDelayRule(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(.+)=(\\d{1,6})$"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return fail(QStringLiteral("--delay: expected PATTERN=MILLISECONDS, got '%1'").arg(text));
    Result<RequestPattern> pattern = RequestPattern::parse(m.captured(1));
    if (!pattern)
        return fail(QStringLiteral("--delay: %1").arg(pattern.error()));
    return DelayRule{*pattern, m.captured(2).toInt()};
}

template <typename Int>
Result<Int> parseNumber(const QString &flag, const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < minimum || n > maximum)
        return fail(QStringLiteral("--%1: '%2' is not a number in [%3, %4]").arg(flag, text).arg(minimum).arg(maximum));
    return static_cast<Int>(n);
}

} // namespace

Result<ServerOptions> parseServerOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plays a Veeam Backup for Microsoft 365 REST server for tests and demos."));
    parser.addHelpOption();
    const QCommandLineOption api(QStringLiteral("api"), QStringLiteral("Served API versions, e.g. v5,v6,v7,v8."), QStringLiteral("list"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1; 0 = a free one."), QStringLiteral("port"));
    const QCommandLineOption tls(QStringLiteral("tls"), QStringLiteral("Serve HTTPS."));
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("PEM certificate for --tls."), QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("PEM private key for --tls."), QStringLiteral("file"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QStringLiteral("demo or large."), QStringLiteral("name"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated tenant."), QStringLiteral("n"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"), QStringLiteral("Access token lifetime in seconds."), QStringLiteral("s"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay of every answer."), QStringLiteral("ms"));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("Request log (JSON lines)."), QStringLiteral("file"));
    const QCommandLineOption issuedTokens(QStringLiteral("issued-tokens"), QStringLiteral("Append every issued access and refresh token to FILE (secrets audits)."), QStringLiteral("file"));
    const QCommandLineOption strict(QStringLiteral("strict"), QStringLiteral("Accept only the exact names and shapes of each dialect."));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Accepted user name."), QStringLiteral("name"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Accepted password."), QStringLiteral("password"));
    const QCommandLineOption failFlag(QStringLiteral("fail"), QStringLiteral("PATTERN=STATUS[:message]; may repeat."), QStringLiteral("rule"));
    const QCommandLineOption malformed(QStringLiteral("malformed"), QStringLiteral("Answer 200 with broken JSON for PATTERN; may repeat."), QStringLiteral("pattern"));
    const QCommandLineOption wrongShape(QStringLiteral("wrong-shape"), QStringLiteral("Answer 200 with JSON of the wrong shape for PATTERN; may repeat."), QStringLiteral("pattern"));
    const QCommandLineOption dropJson(QStringLiteral("drop-json"), QStringLiteral("Cut JSON answers to PATTERN off halfway and close; may repeat."), QStringLiteral("pattern"));
    const QCommandLineOption delay(QStringLiteral("delay"), QStringLiteral("PATTERN=MS: answer matching requests MS late; may repeat."), QStringLiteral("rule"));
    const QCommandLineOption dropAfter(QStringLiteral("drop-after"), QStringLiteral("Close download connections after BYTES body bytes."), QStringLiteral("bytes"));
    const QCommandLineOption dropCount(QStringLiteral("drop-count"), QStringLiteral("How many downloads --drop-after breaks (default 1)."), QStringLiteral("n"));
    const QCommandLineOption firstByte(QStringLiteral("first-byte-delay-ms"), QStringLiteral("Delay the status line of downloads."), QStringLiteral("ms"));
    const QCommandLineOption noLength(QStringLiteral("no-content-length"), QStringLiteral("Send downloads without Content-Length."));
    const QCommandLineOption downloadName(QStringLiteral("download-name"), QStringLiteral("Send NAME as every download's file name."), QStringLiteral("name"));
    const QCommandLineOption restoreDuration(QStringLiteral("restore-duration-ms"), QStringLiteral("How long a v8 restore session stays Working (default 300)."), QStringLiteral("ms"));
    const QCommandLineOption mailConfigured(QStringLiteral("mail-configured"), QStringLiteral("Start with SMTP settings for every explorer, so sends work at once."));
    const QCommandLineOption noOutlook(QStringLiteral("no-outlook"), QStringLiteral("Fail PST exports like a server without 64-bit Outlook."));
    parser.addOptions({api, port, tls, cert, key, tenant, seed, lifetime, latency, log, issuedTokens, strict, user, password,
                       failFlag, malformed, wrongShape, dropJson, delay, dropAfter, dropCount, firstByte, noLength, downloadName, restoreDuration,
                       mailConfigured, noOutlook});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ServerOptions help;
        help.helpText = parser.helpText();
        return help;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    ServerOptions o;
    if (parser.isSet(api)) {
        Result<ApiVersions> v = parseVersions(parser.value(api));
        if (!v)
            return fail(v.error());
        o.versions = *v;
    }
    if (parser.isSet(port)) {
        Result<quint16> p = parseNumber<quint16>(QStringLiteral("port"), parser.value(port), 0, 65535);
        if (!p)
            return fail(p.error());
        o.port = *p;
    }
    o.tls = parser.isSet(tls);
    o.certificatePath = parser.value(cert);
    o.keyPath = parser.value(key);
    if (o.certificatePath.isEmpty() != o.keyPath.isEmpty())
        return fail(QStringLiteral("--cert and --key go together"));
    if (!o.certificatePath.isEmpty())
        o.tls = true;
    if (parser.isSet(tenant)) {
        o.tenant = parser.value(tenant).toLower();
        if (o.tenant != QLatin1String("demo") && o.tenant != QLatin1String("large"))
            return fail(QStringLiteral("--tenant: '%1' is neither demo nor large").arg(parser.value(tenant)));
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        o.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed: '%1' is not a number").arg(parser.value(seed)));
    }
    const auto number = [&parser](const QCommandLineOption &option, int &target, qint64 minimum, qint64 maximum) -> QString {
        if (!parser.isSet(option))
            return {};
        Result<int> n = parseNumber<int>(option.names().constFirst(), parser.value(option), minimum, maximum);
        if (!n)
            return n.error();
        target = *n;
        return {};
    };
    for (const QString &error : {number(lifetime, o.tokenLifetimeSeconds, 1, 365 * 24 * 3600),
                                 number(latency, o.latencyMs, 0, 600000), number(dropCount, o.dropCount, 0, 1000000),
                                 number(firstByte, o.firstByteDelayMs, 0, 600000),
                                 number(restoreDuration, o.restoreDurationMs, 0, 600000)}) {
        if (!error.isEmpty())
            return fail(error);
    }
    o.downloadName = parser.value(downloadName);
    o.logPath = parser.value(log);
    o.issuedTokensPath = parser.value(issuedTokens);
    o.strict = parser.isSet(strict);
    if (parser.isSet(user))
        o.user = parser.value(user);
    if (parser.isSet(password))
        o.password = parser.value(password);
    for (const QString &rule : parser.values(failFlag)) {
        Result<FailRule> r = parseFailRule(rule);
        if (!r)
            return fail(r.error());
        o.failRules.append(*r);
    }
    for (const QString &rule : parser.values(delay)) {
        Result<DelayRule> r = parseDelayRule(rule);
        if (!r)
            return fail(r.error());
        o.delays.append(*r);
    }
    for (const auto &[option, target] : {std::pair{&malformed, &o.malformed}, std::pair{&wrongShape, &o.wrongShape},
                                         std::pair{&dropJson, &o.dropJson}}) {
        for (const QString &text : parser.values(*option)) {
            Result<RequestPattern> p = RequestPattern::parse(text);
            if (!p)
                return fail(QStringLiteral("--%1: %2").arg(option->names().constFirst(), p.error()));
            target->append(*p);
        }
    }
    if (parser.isSet(dropAfter)) {
        Result<qint64> n = parseNumber<qint64>(QStringLiteral("drop-after"), parser.value(dropAfter), 0,
                                               std::numeric_limits<qint64>::max());
        if (!n)
            return fail(n.error());
        o.dropAfterBytes = *n;
    }
    o.noContentLength = parser.isSet(noLength);
    o.mailConfigured = parser.isSet(mailConfigured);
    o.noOutlook = parser.isSet(noOutlook);
    return o;
}

std::optional<ApiVersion> versionFromPrefix(const QString &segment)
{
    static const QList<std::pair<QString, ApiVersion>> known{{QStringLiteral("v5"), ApiVersion::V5},
                                                             {QStringLiteral("v6"), ApiVersion::V6},
                                                             {QStringLiteral("v7"), ApiVersion::V7},
                                                             {QStringLiteral("v8"), ApiVersion::V8}};
    for (const auto &[name, version] : known) {
        if (segment.compare(name, Qt::CaseInsensitive) == 0)
            return version;
    }
    return std::nullopt;
}

} // namespace vb365emu
