#include "actions/restorelog.h"

#include "common/logging.h"
#include "common/textlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace re::actions {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Actions", text);
}

bool namesSecret(const QString &key)
{
    const QString lower = key.toLower();
    for (const QLatin1StringView word : {QLatin1StringView("password"), QLatin1StringView("secret"),
                                         QLatin1StringView("token"), QLatin1StringView("certificate"),
                                         QLatin1StringView("usercode")}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

QJsonValue maskValue(const QJsonValue &value);

QJsonArray maskArray(const QJsonArray &array)
{
    QJsonArray result;
    for (const QJsonValue &value : array)
        result.append(maskValue(value));
    return result;
}

QJsonValue maskValue(const QJsonValue &value)
{
    if (value.isObject())
        return withoutSecrets(value.toObject());
    if (value.isArray())
        return maskArray(value.toArray());
    return value;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString keyValueList(const QJsonObject &json)
{
    QStringList parts;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toVariant().toString();
        parts.append(it.key() + QLatin1Char('=') + text);
    }
    return parts.join(QStringLiteral("; "));
}

// RFC 4180 quoting, plus a leading apostrophe for cells a spreadsheet would run as a formula.
QString csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       text.contains(QLatin1Char(';')) || text.startsWith(QLatin1Char(' ')) ||
                       text.endsWith(QLatin1Char(' '));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QJsonObject withoutSecrets(const QJsonObject &json)
{
    QJsonObject result;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        result.insert(it.key(), namesSecret(it.key()) ? QJsonValue(maskedSecret()) : maskValue(it.value()));
    return result;
}

// ---- entries ------------------------------------------------------------------------------------

RestoreLogEntry RestoreLogEntry::make(const JournalContext &context, const ActionRequest &request,
                                      const RestoreOutcome &outcome)
{
    RestoreLogEntry entry;
    entry.started = outcome.started;
    entry.finished = outcome.finished;
    entry.user = context.user;
    entry.server = context.server;
    entry.organization = context.organization;
    entry.sessionId = sessionOf(request);
    entry.restoreSessionId = outcome.restoreSessionId;
    entry.action = actionName(request);
    entry.target = describeTarget(targetOf(request));
    QJsonObject options = summaryToJson(summary(request));
    options.remove(QStringLiteral("target")); // its own column
    entry.options = options;
    entry.reason = context.reason;
    entry.outcome = outcomeKey(outcome.result);
    entry.counters = countersToJson(outcome.counters());
    entry.message = outcome.message;
    return entry;
}

QJsonObject RestoreLogEntry::toJson() const
{
    return QJsonObject {{QStringLiteral("started"), isoTime(started)},
                        {QStringLiteral("finished"), isoTime(finished)},
                        {QStringLiteral("user"), user},
                        {QStringLiteral("server"), server},
                        {QStringLiteral("organization"), organization},
                        {QStringLiteral("session"), sessionId},
                        {QStringLiteral("restoreSession"), restoreSessionId},
                        {QStringLiteral("action"), action},
                        {QStringLiteral("target"), target},
                        {QStringLiteral("options"), withoutSecrets(options)},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("outcome"), outcome},
                        {QStringLiteral("counters"), counters},
                        {QStringLiteral("message"), message}};
}

Result<RestoreLogEntry, QString> RestoreLogEntry::fromJson(const QJsonObject &json)
{
    RestoreLogEntry entry;
    entry.action = json.value(QLatin1StringView("action")).toString();
    if (entry.action.isEmpty())
        return unexpected(translate("The line names no action."));
    const auto text = [&json](const char *key) { return json.value(QLatin1StringView(key)).toString(); };
    entry.started = QDateTime::fromString(text("started"), Qt::ISODateWithMs);
    entry.finished = QDateTime::fromString(text("finished"), Qt::ISODateWithMs);
    entry.user = text("user");
    entry.server = text("server");
    entry.organization = text("organization");
    entry.sessionId = text("session");
    entry.restoreSessionId = text("restoreSession");
    entry.target = text("target");
    entry.options = json.value(QLatin1StringView("options")).toObject();
    entry.reason = text("reason");
    entry.outcome = text("outcome");
    entry.counters = json.value(QLatin1StringView("counters")).toObject();
    entry.message = text("message");
    return entry;
}

// ---- the file -----------------------------------------------------------------------------------

RestoreLog::RestoreLog(QString filePath)
    : m_path(std::move(filePath))
{
}

QString RestoreLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/restore-log.jsonl");
}

Result<void, QString> RestoreLog::append(const RestoreLogEntry &entry) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return unexpected(translate("Cannot create the folder of the restore log %1.").arg(m_path));
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return unexpected(translate("Cannot open the restore log %1: %2").arg(m_path, file.errorString()));
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // One write per line: appends of small lines do not interleave between processes (O_APPEND).
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return unexpected(translate("Cannot write to the restore log %1: %2").arg(m_path, file.errorString()));
    qCDebug(lcActions) << "restore log: appended" << entry.action << entry.outcome;
    return {};
}

Result<RestoreLog::Contents, QString> RestoreLog::read() const
{
    Contents contents;
    QFile file(m_path);
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(translate("Cannot read the restore log %1: %2").arg(m_path, file.errorString()));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        Result<RestoreLogEntry, QString> entry = document.isObject()
                                                     ? RestoreLogEntry::fromJson(document.object())
                                                     : Result<RestoreLogEntry, QString>(unexpected(QString()));
        if (!entry) {
            ++contents.skippedLines;
            continue;
        }
        contents.entries.append(std::move(entry).value());
    }
    if (contents.skippedLines > 0)
        qCWarning(lcActions) << "restore log" << m_path << ":" << contents.skippedLines << "unreadable line(s) skipped";
    return contents;
}

QString RestoreLog::toCsv(const QList<RestoreLogEntry> &entries)
{
    QStringList lines {QStringLiteral("started,finished,user,server,organization,session,restore_session,action,target,"
                                      "outcome,counters,options,reason,message")};
    for (const RestoreLogEntry &e : entries) {
        const QStringList fields {isoTime(e.started), isoTime(e.finished), e.user, e.server, e.organization,
                                  e.sessionId, e.restoreSessionId, e.action, e.target, e.outcome,
                                  keyValueList(e.counters), keyValueList(withoutSecrets(e.options)), e.reason,
                                  e.message};
        QStringList cells;
        for (const QString &field : fields)
            cells.append(csvField(field));
        lines.append(cells.join(QLatin1Char(',')));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

Result<void, QString> RestoreLog::exportCsv(const QString &csvPath) const
{
    Result<Contents, QString> contents = read();
    if (!contents)
        return unexpected(contents.error());
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(translate("Cannot write %1: %2").arg(elidedPath(csvPath), file.errorString()));
    file.write(toCsv(contents->entries).toUtf8());
    if (!file.commit())
        return unexpected(translate("Cannot write %1: %2").arg(elidedPath(csvPath), file.errorString()));
    return {};
}

} // namespace re::actions
