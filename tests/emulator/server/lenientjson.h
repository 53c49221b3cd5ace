#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace vb365emu {

// Parses request JSON the way the real (Json.NET) server does: trailing commas before `}` or `]` are
// tolerated. The error text is meant for the client.
Result<QJsonValue> parseLenientJson(const QByteArray &text);

// Removes every `,` that directly precedes `}` or `]` (whitespace between allowed), outside strings.
QByteArray stripTrailingCommas(const QByteArray &text);

// Read access to a JSON request object with the server's leniency, or with none in strict mode:
// lenient = key names match case-insensitively and "true"/"false" strings count as booleans;
// strict = exact key names and JSON types only.
class JsonOptions
{
public:
    JsonOptions() = default;
    JsonOptions(QJsonObject object, bool strict) : m_object(std::move(object)), m_strict(strict) {}

    const QJsonObject &object() const { return m_object; }
    bool strict() const { return m_strict; }
    bool isEmpty() const { return m_object.isEmpty(); }

    // The value under `key` (exact in strict mode, any case otherwise); undefined when absent.
    QJsonValue value(const QString &key) const;
    bool contains(const QString &key) const { return !value(key).isUndefined(); }

    Result<std::optional<bool>> boolean(const QString &key) const;
    Result<std::optional<QString>> string(const QString &key) const;
    Result<std::optional<qint64>> integer(const QString &key) const;
    JsonOptions child(const QString &key) const;
    // `[{"id": "…"}, …]` arrays used by multi-item actions.
    Result<QStringList> idList(const QString &key) const;

    // Strict mode: keys that are not exactly in `allowed`. Lenient mode: keys unknown in any case.
    QStringList unknownKeys(const QStringList &allowed) const;

private:
    QJsonObject m_object;
    bool m_strict = false;
};

} // namespace vb365emu
