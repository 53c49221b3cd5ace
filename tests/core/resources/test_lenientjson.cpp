#include "qt_printers.h"
#include "resources/actionset.h"
#include "resources/lenientjson.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace re;

namespace {

qint64 msecs(QStringView text)
{
    const std::optional<QDateTime> t = parseApiDateTime(text);
    return t ? t->toMSecsSinceEpoch() : -1;
}

TEST(ApiDateTime, AcceptsZeroToSevenFractionalDigitsAndEveryZoneForm)
{
    const qint64 base = QDateTime(QDate(2017, 6, 29), QTime(8, 30, 5), Qt::UTC).toMSecsSinceEpoch();
    EXPECT_EQ(msecs(u"2017-06-29T08:30:05Z"), base);
    EXPECT_EQ(
        msecs(u"2017-06-29T08:30:05.0983973Z"), base + 98); // .NET round-trip: truncated to ms
    EXPECT_EQ(msecs(u"2017-06-29T08:30:05.1Z"), base + 100);
    EXPECT_EQ(msecs(u"2017-06-29T08:30:05.12Z"), base + 120);
    EXPECT_EQ(msecs(u"2017-06-29T08:30:05.123z"), base + 123);
    EXPECT_EQ(msecs(u"2017-06-29T01:30:05-07:00"), base);
    EXPECT_EQ(msecs(u"2017-06-29T10:30:05+0200"), base);
    EXPECT_EQ(msecs(u"2017-06-29T08:30:05"), base) << "no zone is read as UTC";
    EXPECT_EQ(msecs(u"2017-06-29 08:30:05.000"), base);
    EXPECT_EQ(msecs(u"Thu, 29 Jun 2017 08:30:05 GMT"), base) << "RFC 1123 (OWIN token dates)";
    EXPECT_EQ(msecs(u"29 Jun 2017 08:30:05 GMT"), base);
    EXPECT_EQ(msecs(u"  2017-06-29T08:30:05Z "), base);
}

TEST(ApiDateTime, RejectsWhatIsNotADate)
{
    for (const QString &bad :
        {QString(), QStringLiteral("yesterday"), QStringLiteral("2017-13-01T00:00:00Z"),
            QStringLiteral("2017-02-30T00:00:00Z"), QStringLiteral("2017-06-29T25:00:00Z"),
            QStringLiteral("2017-06-29T08:30:05.12345678Z"),
            QStringLiteral("2017-06-29T08:30:05+15:00"),
            QStringLiteral("Thu, 29 Foo 2017 08:30:05 GMT")})
        EXPECT_FALSE(parseApiDateTime(bad).has_value()) << bad.toStdString();
}

TEST(LenientObject, MatchesKeysCaseInsensitivelyAndTreatsNullAsAbsent)
{
    const LenientObject json(QJsonObject {{QStringLiteral("IsArchive"), QStringLiteral("TRUE")},
        {QStringLiteral("sizebytes"), QStringLiteral("1234")}, {QStringLiteral("count"), 7},
        {QStringLiteral("endTime"), QJsonValue::Null},
        {QStringLiteral("name"), QStringLiteral("x")},
        {QStringLiteral("Name"), QStringLiteral("y")}});
    EXPECT_EQ(json.boolean(u"isArchive"), true);
    EXPECT_EQ(json.integer(u"sizeBytes"), 1234);
    EXPECT_EQ(json.string(u"COUNT"), QStringLiteral("7"));
    EXPECT_FALSE(json.contains(u"endTime"));
    EXPECT_FALSE(json.dateTime(u"endTime").has_value());
    EXPECT_EQ(json.string(u"name"), QStringLiteral("x")) << "an exact match wins";
    EXPECT_EQ(json.firstOf({u"size", u"sizeBytes"}).toString(), u"1234");
}

TEST(LenientScalars, BooleansIntegersAndStrings)
{
    EXPECT_EQ(lenientBool(QJsonValue(QStringLiteral("False"))), false);
    EXPECT_EQ(lenientBool(QJsonValue(1)), true);
    EXPECT_FALSE(lenientBool(QJsonValue(QStringLiteral("yes"))).has_value());
    EXPECT_EQ(lenientInteger(QJsonValue(QStringLiteral(" 42 "))), 42);
    EXPECT_EQ(lenientInteger(QJsonValue(4294967296.0)), 4294967296LL);
    EXPECT_FALSE(lenientInteger(QJsonValue(1.5)).has_value());
    EXPECT_FALSE(lenientInteger(QJsonValue(1e20)).has_value());
    EXPECT_FALSE(lenientInteger(QJsonValue(QStringLiteral("12abc"))).has_value());
    EXPECT_EQ(lenientString(QJsonValue(1.0)), QStringLiteral("1"));
    EXPECT_EQ(lenientString(QJsonValue(1.5)), QStringLiteral("1.5"));
    EXPECT_FALSE(lenientString(QJsonValue(QJsonArray())).has_value());
}

TEST(ActionSet, IsOnePointerAndSharesEqualSets)
{
    static_assert(sizeof(ActionSet) == sizeof(void *));
    const QJsonObject hal {
        {QStringLiteral("exporttoPst"),
            QJsonObject {{QStringLiteral("uri"), QStringLiteral("https://x/v5/…/action")},
                {QStringLiteral("method"), QStringLiteral("POST")}}},
        {QStringLiteral("search"), QJsonObject {}}};
    const ActionSet a = ActionSet::fromJson(hal);
    const ActionSet b
        = ActionSet::fromJson(QJsonArray {QStringLiteral("search"), QStringLiteral("exporttoPst")});
    EXPECT_EQ(a, b);
    EXPECT_EQ(&a.names(), &b.names()) << "one interned list for every row with the same actions";
    EXPECT_TRUE(a.offers(u"exportToPst"));
    EXPECT_FALSE(a.offers(u"restore"));
    EXPECT_TRUE(ActionSet::fromJson(QJsonValue(QStringLiteral("garbage"))).isEmpty());
    EXPECT_EQ(ActionSet(), ActionSet::fromJson(QJsonObject {}));
}

} // namespace
