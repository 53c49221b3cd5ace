#include "lenientjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace vb365emu {

QByteArray stripTrailingCommas(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    bool escaped = false;
    qsizetype pendingComma = -1; // index in `out` of a comma that may turn out to be trailing
    for (const char c : text) {
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if ((c == '}' || c == ']') && pendingComma >= 0)
            out.remove(pendingComma, 1);
        if (c == ',')
            pendingComma = out.size();
        else if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            pendingComma = -1;
        if (c == '"')
            inString = true;
        out.append(c);
    }
    return out;
}

Result<QJsonValue> parseLenientJson(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(stripTrailingCommas(text), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("JSON is not well-formed."));
    if (document.isObject())
        return QJsonValue(document.object());
    return QJsonValue(document.array());
}

QJsonValue JsonOptions::value(const QString &key) const
{
    if (m_strict)
        return m_object.value(key);
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

Result<std::optional<bool>> JsonOptions::boolean(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<bool>();
    if (v.isBool())
        return std::optional<bool>(v.toBool());
    if (!m_strict && v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return std::optional<bool>(true);
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return std::optional<bool>(false);
    }
    return fail(QStringLiteral("The value of '%1' is not a boolean.").arg(key));
}

Result<std::optional<QString>> JsonOptions::string(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<QString>();
    if (v.isString())
        return std::optional<QString>(v.toString());
    return fail(QStringLiteral("The value of '%1' is not a string.").arg(key));
}

Result<std::optional<qint64>> JsonOptions::integer(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<qint64>();
    if (v.isDouble())
        return std::optional<qint64>(v.toInteger());
    if (!m_strict && v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return std::optional<qint64>(n);
    }
    return fail(QStringLiteral("The value of '%1' is not an integer.").arg(key));
}

JsonOptions JsonOptions::child(const QString &key) const
{
    return JsonOptions(value(key).toObject(), m_strict);
}

Result<QStringList> JsonOptions::idList(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return fail(QStringLiteral("The value of '%1' is not an array.").arg(key));
    QStringList ids;
    for (const QJsonValue &entry : v.toArray()) {
        const JsonOptions element(entry.toObject(), m_strict);
        const QString id = element.value(QStringLiteral("id")).toString();
        if (!entry.isObject() || id.isEmpty())
            return fail(QStringLiteral("Every element of '%1' needs an 'id'.").arg(key));
        ids.append(id);
    }
    return ids;
}

QStringList JsonOptions::unknownKeys(const QStringList &allowed) const
{
    QStringList unknown;
    const Qt::CaseSensitivity cs = m_strict ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key(), cs))
            unknown.append(it.key());
    }
    return unknown;
}

} // namespace vb365emu
