#include "reply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vb365emu {

namespace {
const QByteArray kJsonType = QByteArrayLiteral("application/json; charset=utf-8");
}

Reply Reply::json(const QJsonValue &value, int status)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return raw(status, kJsonType, document.toJson(QJsonDocument::Compact));
}

Reply Reply::message(int status, const QString &text)
{
    return json(QJsonObject{{QStringLiteral("message"), text}}, status);
}

Reply Reply::empty(int status)
{
    Reply r;
    r.status = status;
    return r;
}

Reply Reply::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    Reply r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

Reply Reply::file(std::unique_ptr<QIODevice> device, const QString &fileName)
{
    Reply r;
    r.status = 200;
    r.contentType = QByteArrayLiteral("application/octet-stream");
    r.download = std::move(device);
    r.fileName = fileName;
    return r;
}

} // namespace vb365emu
