#include "requestlog.h"

#include "lenientjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vb365emu {

namespace {

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret")) || k.contains(QLatin1String("token"))
           || k == QLatin1String("assertion");
}

const QString kMask = QStringLiteral("***");

} // namespace

Result<bool> RequestLog::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return fail(QStringLiteral("cannot open the request log %1: %2").arg(path, m_file.errorString()));
    return true;
}

QJsonValue RequestLog::redacted(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(it.key(), isSecretKey(it.key()) ? QJsonValue(kMask) : redacted(it.value()));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray())
            out.append(redacted(element));
        return out;
    }
    return value;
}

QJsonValue RequestLog::loggableBody(const Request &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (request.isForm()) {
        QJsonObject form;
        for (const auto &[key, value] : parseFormEncoded(request.body))
            form.insert(key, value);
        return redacted(form);
    }
    Result<QJsonValue> parsed = parseLenientJson(request.body);
    if (parsed)
        return redacted(*parsed);
    // Not JSON: the raw text could hold a secret, so only its size is logged.
    return QStringLiteral("<%1 bytes, not JSON>").arg(request.body.size());
}

void RequestLog::record(const Request &request, int status)
{
    if (!m_file.isOpen())
        return;
    QJsonObject query;
    for (const auto &[key, value] : request.query)
        query.insert(key, value);
    const QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), request.method},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), redacted(query)},
        {QStringLiteral("body"), loggableBody(request)},
        {QStringLiteral("status"), status},
    };
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace vb365emu
