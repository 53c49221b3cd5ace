#include "jsoncompare.h"

#include "resources/lenientjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace re::test {

namespace {

QString show(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return u'"' + v.toString() + u'"';
    return v.toVariant().toString() + (v.isNull() ? QStringLiteral("null") : QString());
}

QString findKey(const QJsonObject &object, const QString &key)
{
    for (const QString &candidate : object.keys()) {
        if (candidate.compare(key, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return {};
}

bool sameScalar(const QJsonValue &a, const QJsonValue &b)
{
    if (a == b)
        return true;
    if (a.isBool() || b.isBool()) {
        const std::optional<bool> x
            = a.isBool() ? std::optional<bool>(a.toBool()) : std::optional<bool>();
        const std::optional<bool> y
            = b.isBool() ? std::optional<bool>(b.toBool()) : std::optional<bool>();
        const auto fromString = [](const QJsonValue &v) -> std::optional<bool> {
            if (!v.isString())
                return std::nullopt;
            if (v.toString().compare(u"true", Qt::CaseInsensitive) == 0)
                return true;
            if (v.toString().compare(u"false", Qt::CaseInsensitive) == 0)
                return false;
            return std::nullopt;
        };
        const std::optional<bool> left = x ? x : fromString(a);
        const std::optional<bool> right = y ? y : fromString(b);
        return left && right && *left == *right;
    }
    if (a.isString() && b.isString()) {
        const std::optional<QDateTime> x = parseApiDateTime(a.toString());
        const std::optional<QDateTime> y = parseApiDateTime(b.toString());
        return x && y && x->toMSecsSinceEpoch() == y->toMSecsSinceEpoch();
    }
    return false;
}

void compare(
    const QJsonValue &actual, const QJsonValue &expected, const QString &where, QStringList &out)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            out << where + u": expected an object, got "_s + show(actual);
            return;
        }
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            const QString key = findKey(a, it.key());
            if (key.isEmpty())
                out << where + u'.' + it.key() + u": missing"_s;
            else
                compare(a.value(key), it.value(), where + u'.' + it.key(), out);
        }
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            if (findKey(e, it.key()).isEmpty())
                out << where + u'.' + it.key() + u": not in the example ("_s + show(it.value())
                        + u')';
        }
        return;
    }
    if (expected.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (!actual.isArray() || a.size() != e.size()) {
            out << where + u": expected "_s + show(expected) + u", got "_s + show(actual);
            return;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            compare(a.at(i), e.at(i), where + u'[' + QString::number(i) + u']', out);
        return;
    }
    if (!sameScalar(actual, expected))
        out << where + u": expected "_s + show(expected) + u", got "_s + show(actual);
}

} // namespace

QStringList semanticDifferences(const QJsonValue &actual, const QJsonValue &expected)
{
    QStringList out;
    compare(actual, expected, QStringLiteral("$"), out);
    return out;
}

} // namespace re::test
