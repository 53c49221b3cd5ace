#pragma once

#include "apiversion.h"
#include "result.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace vb365emu {

// A request matcher for fault flags: an optional method plus a case-insensitive `*` glob over the path,
// e.g. "POST /v8/*/exportToPst".
class RequestPattern
{
public:
    static Result<RequestPattern> parse(const QString &text);
    bool matches(const QString &method, const QString &path) const;
    QString text() const { return m_text; }

private:
    QString m_text;
    QString m_method; // empty = any method
    QRegularExpression m_path;
};

struct FailRule
{
    RequestPattern pattern;
    int status = 500;
    QString message; // empty = empty body
};

struct DelayRule
{
    RequestPattern pattern;
    int delayMs = 0;
};

struct ServerOptions
{
    ApiVersions versions{ApiVersion::V5, ApiVersion::V6, ApiVersion::V7, ApiVersion::V8};
    quint16 port = 0;
    bool tls = false;
    QString certificatePath;
    QString keyPath;
    QString tenant = QStringLiteral("demo");
    quint64 seed = 1;
    int tokenLifetimeSeconds = 3600;
    int latencyMs = 0;
    QString logPath;
    QString issuedTokensPath; // --issued-tokens: every access and refresh token issued, one per line
    bool strict = false;
    QString user = QStringLiteral("helpdesk");
    QString password = QStringLiteral("demo");

    QList<FailRule> failRules;
    QList<RequestPattern> malformed;
    QList<RequestPattern> wrongShape; // 200 with a JSON object none of whose fields the client expects
    QList<RequestPattern> dropJson;   // the real JSON answer, cut off halfway and the connection closed
    QList<DelayRule> delays;          // matching requests are answered late (on top of latencyMs)
    std::optional<qint64> dropAfterBytes;
    int dropCount = 1;
    int firstByteDelayMs = 0;
    bool noContentLength = false;
    QString downloadName; // non-empty: every download's Content-Disposition file name (hostile-name tests)

    // Actions (docs/emulator.md "Restores, copies and sends")
    int restoreDurationMs = 300; // how long a v8 asynchronous restore stays Working
    bool mailConfigured = false; // the explorers' SMTP settings start filled in
    bool noOutlook = false;      // PST exports fail like a server without 64-bit Outlook

    QString helpText; // set when --help was given: print it and exit
};

// Parses the program's arguments (arguments[0] is the program). The error text names the bad flag.
Result<ServerOptions> parseServerOptions(const QStringList &arguments);

} // namespace vb365emu
