#include "api/apiversion.h"
#include "api/requestspec.h"

#include <gtest/gtest.h>

using namespace re;

TEST(RequestSpec, PercentEncodesExchangeIdsInPathSegments)
{
    RequestSpec spec;
    spec.pathSegments = {QStringLiteral("v5"), QStringLiteral("RestoreSessions"),
                         QStringLiteral("s1"), QStringLiteral("Organization"),
                         QStringLiteral("Mailboxes"), QStringLiteral("m1"),
                         QStringLiteral("Folders"), QStringLiteral("AAAA+b/c==")};
    const QUrl url = spec.url(QUrl(QStringLiteral("https://vb365.example:4443")));
    EXPECT_EQ(url.toEncoded(),
              QByteArray("https://vb365.example:4443/v5/RestoreSessions/s1/Organization/Mailboxes/"
                         "m1/Folders/AAAA%2Bb%2Fc%3D%3D"));
}

TEST(RequestSpec, EncodesPlusInQueryValuesSoFormDecodingKeepsIt)
{
    RequestSpec spec;
    spec.pathSegments = {QStringLiteral("v8"), QStringLiteral("x")};
    spec.query = {{QStringLiteral("parentId"), QStringLiteral("a+b c")},
                  {QStringLiteral("offset"), QStringLiteral("30")}};
    const QUrl url = spec.url(QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    EXPECT_EQ(url.toEncoded(), QByteArray("http://127.0.0.1:8080/v8/x?parentId=a%2Bb%20c&offset=30"));
}

TEST(RequestSpec, DescribeNamesMethodAndPathButNoBody)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.pathSegments = {QStringLiteral("v8"), QStringLiteral("token")};
    spec.body = "grant_type=password&username=u&password=secret";
    EXPECT_EQ(spec.describe(), QStringLiteral("POST /v8/token"));
}

TEST(ApiVersion, ParsesCommonSpellings)
{
    EXPECT_EQ(apiVersionFromString(u"v8"), ApiVersion::V8);
    EXPECT_EQ(apiVersionFromString(u"V5"), ApiVersion::V5);
    EXPECT_EQ(apiVersionFromString(u"7"), ApiVersion::V7);
    EXPECT_FALSE(apiVersionFromString(u"v4").has_value());
    EXPECT_FALSE(apiVersionFromString(u"auto").has_value());
    EXPECT_EQ(toString(ApiVersion::V6), QStringLiteral("v6"));
}
