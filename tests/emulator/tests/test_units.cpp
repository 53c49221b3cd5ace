// Unit tests of the emulator's own request parsing (the HTTP tests cover the rest end to end).

#include "lenientjson.h"
#include "options.h"
#include "request.h"
#include "requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace vb365emu;

TEST(LenientJson, StripsTrailingCommasOutsideStringsOnly)
{
    EXPECT_EQ(stripTrailingCommas(R"({"a": [1, 2, ], "b": "x,}", })"), QByteArray(R"({"a": [1, 2 ], "b": "x,}" })"));
    EXPECT_EQ(stripTrailingCommas(R"({"q": "say \",]\"",})"), QByteArray(R"({"q": "say \",]\""})"));
    EXPECT_TRUE(parseLenientJson(R"({"Documents": [ {"id": "x"}, ], })").hasValue());
    EXPECT_FALSE(parseLenientJson("{ not json").hasValue());
    EXPECT_FALSE(parseLenientJson(R"({"a": 1,, })").hasValue());
}

TEST(LenientJson, KeysAnyCaseAndStringBooleansOnlyWhenLenient)
{
    const QJsonObject object = QJsonDocument::fromJson(R"({"AsZip": "true", "Limit": "12", "items": [{"ID": "a"}]})").object();
    const JsonOptions lenient(object, false);
    EXPECT_EQ(lenient.boolean(QStringLiteral("asZip")).value(), std::optional<bool>(true));
    EXPECT_EQ(lenient.integer(QStringLiteral("limit")).value(), std::optional<qint64>(12));
    EXPECT_EQ(lenient.idList(QStringLiteral("Items")).value(), QStringList{QStringLiteral("a")});
    const JsonOptions strict(object, true);
    EXPECT_EQ(strict.boolean(QStringLiteral("asZip")).value(), std::optional<bool>());
    EXPECT_FALSE(strict.boolean(QStringLiteral("AsZip")).hasValue());
    EXPECT_FALSE(strict.idList(QStringLiteral("items")).hasValue()); // "ID" is not "id"
    EXPECT_EQ(strict.unknownKeys({QStringLiteral("asZip"), QStringLiteral("Limit"), QStringLiteral("items")}),
              QStringList{QStringLiteral("AsZip")});
    EXPECT_TRUE(lenient.unknownKeys({QStringLiteral("asZip"), QStringLiteral("limit"), QStringLiteral("items")}).isEmpty());
}

TEST(RequestPatternTest, MethodAndCaseInsensitiveGlob)
{
    const Result<RequestPattern> p = RequestPattern::parse(QStringLiteral("POST /v8/*/exportToPst"));
    ASSERT_TRUE(p.hasValue());
    EXPECT_TRUE(p->matches(QStringLiteral("POST"), QStringLiteral("/v8/RestoreSessions/1/organization/EXPORTTOPST")));
    EXPECT_FALSE(p->matches(QStringLiteral("GET"), QStringLiteral("/v8/RestoreSessions/1/organization/exportToPst")));
    EXPECT_FALSE(p->matches(QStringLiteral("POST"), QStringLiteral("/v7/x/exportToPst")));
    const Result<RequestPattern> any = RequestPattern::parse(QStringLiteral("/v6/Organizations"));
    ASSERT_TRUE(any.hasValue());
    EXPECT_TRUE(any->matches(QStringLiteral("GET"), QStringLiteral("/v6/organizations")));
    EXPECT_FALSE(any->matches(QStringLiteral("GET"), QStringLiteral("/v6/organizations/1")));
}

TEST(ServerOptionsTest, ParsesFlagsAndRejectsBadOnes)
{
    const QString program = QStringLiteral("vb365-emulator");
    const Result<ServerOptions> o = parseServerOptions(
        {program, QStringLiteral("--api"), QStringLiteral("v8,v5"), QStringLiteral("--fail"),
         QStringLiteral("POST /v8/*/exportToPst=500:Outlook: 64-bit=missing"), QStringLiteral("--fail"), QStringLiteral("/v6/x=404"),
         QStringLiteral("--drop-after"), QStringLiteral("5000000000"), QStringLiteral("--strict")});
    ASSERT_TRUE(o.hasValue()) << o.error().toStdString();
    EXPECT_EQ(o->versions, (ApiVersions{ApiVersion::V5, ApiVersion::V8}));
    ASSERT_EQ(o->failRules.size(), 2);
    EXPECT_EQ(o->failRules[0].status, 500);
    EXPECT_EQ(o->failRules[0].message, QStringLiteral("Outlook: 64-bit=missing"));
    EXPECT_TRUE(o->failRules[1].message.isEmpty());
    EXPECT_EQ(o->dropAfterBytes, std::optional<qint64>(5000000000LL));
    EXPECT_EQ(o->dropCount, 1);
    EXPECT_TRUE(o->strict);

    for (const QStringList &bad : {QStringList{program, QStringLiteral("--api"), QStringLiteral("v4")},
                                   QStringList{program, QStringLiteral("--fail"), QStringLiteral("/x=99")},
                                   QStringList{program, QStringLiteral("--latency-ms"), QStringLiteral("-1")},
                                   QStringList{program, QStringLiteral("--cert"), QStringLiteral("c.pem")},
                                   QStringList{program, QStringLiteral("--bogus")}})
        EXPECT_FALSE(parseServerOptions(bad).hasValue()) << bad.join(QLatin1Char(' ')).toStdString();
}

TEST(FormDecoding, PlusIsASpaceAndPercentEscapesDecode)
{
    const QueryItems items = parseFormEncoded("parentId=AAMk%2B%2Fx%3D&name=In+box&flag");
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].second, QStringLiteral("AAMk+/x="));
    EXPECT_EQ(items[1].second, QStringLiteral("In box"));
    EXPECT_EQ(items[2].first, QStringLiteral("flag"));
}

TEST(RequestLogRedaction, SecretsAreMaskedAtAnyDepth)
{
    const QJsonObject body = QJsonDocument::fromJson(
        R"({"userPassword": "p", "officeUserpassword": "q", "client_secret": "s", "refresh_token": "t", "assertion": "a",
            "list": [{"applicationCertificatePassword": "c", "name": "keep"}], "userName": "keep"})").object();
    const QJsonObject redacted = RequestLog::redacted(body).toObject();
    for (const QString &key : {QStringLiteral("userPassword"), QStringLiteral("officeUserpassword"), QStringLiteral("client_secret"),
                               QStringLiteral("refresh_token"), QStringLiteral("assertion")})
        EXPECT_EQ(redacted[key].toString(), QStringLiteral("***")) << key.toStdString();
    EXPECT_EQ(redacted[QStringLiteral("list")][0][QStringLiteral("applicationCertificatePassword")].toString(), QStringLiteral("***"));
    EXPECT_EQ(redacted[QStringLiteral("list")][0][QStringLiteral("name")].toString(), QStringLiteral("keep"));
    EXPECT_EQ(redacted[QStringLiteral("userName")].toString(), QStringLiteral("keep"));
}
