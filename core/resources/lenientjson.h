#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace re {

// Parses the date-time forms VB365 servers and their docs use:
//   ISO 8601 with 0-7 fractional digits and `Z`, `±hh:mm`, `±hhmm` or no zone (no zone = UTC: the
//   server's own zone is unknown to us), a space instead of `T`, and RFC 1123 (`Mon, 23 Nov 2026
//   16:38:12 GMT`, the OWIN token dates). Returns nullopt for anything else. Fractions beyond
//   milliseconds are truncated.
std::optional<QDateTime> parseApiDateTime(QStringView text);

// Reads a server JSON object the way the server writes it: property names in any case, booleans as
// JSON booleans or "true"/"false" strings, numbers as JSON numbers or numeric strings, null =
// absent.
class LenientObject
{
public:
    explicit LenientObject(const QJsonObject &object)
        : m_object(object)
    { }

    const QJsonObject &raw() const { return m_object; }

    // The value of `key` matched case-insensitively (exact match first); Undefined when absent or
    // null.
    QJsonValue value(QStringView key) const;
    bool contains(QStringView key) const { return !value(key).isUndefined(); }

    std::optional<QString> string(QStringView key) const;
    QString stringOr(QStringView key, const QString &fallback = {}) const
    {
        return string(key).value_or(fallback);
    }
    std::optional<bool> boolean(QStringView key) const;
    std::optional<qint64> integer(QStringView key) const;
    std::optional<double> number(QStringView key) const;
    std::optional<QDateTime> dateTime(QStringView key) const;
    QJsonObject object(QStringView key) const { return value(key).toObject(); }
    QJsonArray array(QStringView key) const { return value(key).toArray(); }
    // A JSON array of strings (non-strings are skipped); a single string counts as a one-element
    // list.
    QStringList stringList(QStringView key) const;

    // The first of several alternative names that is present (e.g. "sizeBytes", then "size").
    QJsonValue firstOf(std::initializer_list<QStringView> keys) const;

private:
    QJsonObject m_object;
    // Filled on the first case-insensitive miss: QJsonObject builds a new QString per key on every
    // iteration, and rows are read with a dozen lookups each (some of them for absent keys).
    mutable QStringList m_keys;
    mutable bool m_keysLoaded = false;
};

// Lenient scalar conversions of a single JSON value (the building blocks of LenientObject).
std::optional<bool> lenientBool(const QJsonValue &value);
std::optional<qint64> lenientInteger(const QJsonValue &value);
std::optional<double> lenientNumber(const QJsonValue &value);
std::optional<QString> lenientString(const QJsonValue &value);

// Enum values are compared case-insensitively: v2-v5 docs print "working", the JSON says "Working".
template <typename E, std::size_t N>
std::optional<E> enumFromText(
    QStringView text, const std::array<std::pair<QStringView, E>, N> &table)
{
    for (const auto &[name, value] : table) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QString enumToText(E value, const std::array<std::pair<QStringView, E>, N> &table)
{
    for (const auto &[name, candidate] : table) {
        if (candidate == value)
            return name.toString();
    }
    return {};
}

} // namespace re
