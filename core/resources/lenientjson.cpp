#include "resources/lenientjson.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace re {

namespace {

std::optional<QDateTime> parseIsoDateTime(QStringView text)
{
    // 2017-06-29T08:30:05.0983973Z, 2017-06-26T22:07:39-07:00, 2017-04-09T09:12:59, 2020-10-30
    // 10:54:40.279
    static const QRegularExpression iso(
        QStringLiteral(
            R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(
        m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    QString fraction = m.captured(7);
    fraction = fraction.leftJustified(3, u'0', true);
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(),
        m.capturedView(6).isEmpty() ? 0 : m.capturedView(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QStringView zone = m.capturedView(8);
    int offsetSeconds = 0;
    if (!zone.isEmpty() && zone.compare(u"Z", Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1).toString();
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.front() == u'-' ? -1 : 1);
    }
    QDateTime result(date, time, Qt::OffsetFromUTC, offsetSeconds);
    if (!result.isValid())
        return std::nullopt;
    return result.toUTC();
}

std::optional<QDateTime> parseRfc1123(QStringView text)
{
    // Mon, 23 Nov 2026 16:38:12 GMT (day name optional)
    static const QRegularExpression rfc(
        QStringLiteral(
            R"(^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(GMT|UTC|Z)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = rfc.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    static const std::array<QStringView, 12> months = {u"Jan", u"Feb", u"Mar", u"Apr", u"May",
        u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    int month = 0;
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (m.capturedView(2).compare(months[i], Qt::CaseInsensitive) == 0)
            month = static_cast<int>(i) + 1;
    }
    const QDate date(m.capturedView(3).toInt(), month, m.capturedView(1).toInt());
    const QTime time(
        m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

std::optional<QDateTime> parseApiDateTime(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (auto iso = parseIsoDateTime(trimmed))
        return iso;
    return parseRfc1123(trimmed);
}

std::optional<bool> lenientBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(u"true", Qt::CaseInsensitive) == 0 || text == u"1")
            return true;
        if (text.compare(u"false", Qt::CaseInsensitive) == 0 || text == u"0")
            return false;
    }
    return std::nullopt;
}

std::optional<double> lenientNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double n = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(n))
            return n;
    }
    return std::nullopt;
}

std::optional<qint64> lenientInteger(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    const std::optional<double> n = lenientNumber(value);
    // 2^63 itself is not representable as qint64: compare against the largest double below it.
    constexpr double limit = 9223372036854774784.0;
    if (!n || std::trunc(*n) != *n || *n > limit || *n < -limit)
        return std::nullopt;
    return static_cast<qint64>(*n);
}

std::optional<QString> lenientString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double n = value.toDouble();
        if (std::trunc(n) == n && std::fabs(n) < 9.0e15)
            return QString::number(static_cast<qint64>(n));
        return QString::number(n);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

QJsonValue LenientObject::value(QStringView key) const
{
    QJsonValue found = m_object.value(key);
    if (found.isUndefined()) {
        if (!m_keysLoaded) {
            m_keys = m_object.keys();
            m_keysLoaded = true;
        }
        for (const QString &candidate : std::as_const(m_keys)) {
            if (candidate.compare(key, Qt::CaseInsensitive) == 0) {
                found = m_object.value(candidate);
                break;
            }
        }
    }
    if (found.isNull())
        return QJsonValue(QJsonValue::Undefined);
    return found;
}

QJsonValue LenientObject::firstOf(std::initializer_list<QStringView> keys) const
{
    for (QStringView key : keys) {
        QJsonValue v = value(key);
        if (!v.isUndefined())
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<QString> LenientObject::string(QStringView key) const
{
    return lenientString(value(key));
}

std::optional<bool> LenientObject::boolean(QStringView key) const
{
    return lenientBool(value(key));
}

std::optional<qint64> LenientObject::integer(QStringView key) const
{
    return lenientInteger(value(key));
}

std::optional<double> LenientObject::number(QStringView key) const
{
    return lenientNumber(value(key));
}

std::optional<QDateTime> LenientObject::dateTime(QStringView key) const
{
    const QJsonValue v = value(key);
    if (!v.isString())
        return std::nullopt;
    return parseApiDateTime(v.toString());
}

QStringList LenientObject::stringList(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isString())
        return {v.toString()};
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &element : array) {
        if (element.isString())
            list.append(element.toString());
    }
    return list;
}

} // namespace re
