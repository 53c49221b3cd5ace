#include "auth/tokenresponse.h"

#include "qt_printers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace re;
using namespace std::chrono_literals;

namespace {

const QDateTime kReceived = QDateTime(QDate(2026, 11, 23), QTime(17, 0, 0), Qt::UTC);

Result<AccessToken, ApiError> parse(const char *json)
{
    return parseTokenResponse(QJsonDocument::fromJson(QByteArray(json)), kReceived, QStringLiteral("POST /v8/token"));
}

} // namespace

TEST(TokenDate, parsesRfc1123FromV5Servers)
{
    const auto parsed = parseTokenDate(u"Mon, 23 Nov 2026 18:00:00 GMT");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, QDateTime(QDate(2026, 11, 23), QTime(18, 0, 0), Qt::UTC));
}

TEST(TokenDate, parsesIso8601WithSevenFractionDigitsFromV6Servers)
{
    const auto parsed = parseTokenDate(u"2026-11-23T18:00:00.1234567Z");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->toSecsSinceEpoch(), QDateTime(QDate(2026, 11, 23), QTime(18, 0, 0), Qt::UTC).toSecsSinceEpoch());
}

TEST(TokenDate, isoWithOffsetIsConvertedToUtc)
{
    const auto parsed = parseTokenDate(u"2026-11-23T19:00:00+01:00");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, QDateTime(QDate(2026, 11, 23), QTime(18, 0, 0), Qt::UTC));
}

TEST(TokenDate, isoWithoutOffsetIsTakenAsUtc)
{
    const auto parsed = parseTokenDate(u"2026-11-23T18:00:00");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, QDateTime(QDate(2026, 11, 23), QTime(18, 0, 0), Qt::UTC));
}

TEST(TokenDate, rejectsGarbage)
{
    EXPECT_FALSE(parseTokenDate(u"tomorrow").has_value());
    EXPECT_FALSE(parseTokenDate(u"").has_value());
}

TEST(TokenResponse, readsAllFieldsAndPrefersExpiresIn)
{
    const auto token = parse(R"({"access_token":"A1","refresh_token":"R1","token_type":"bearer","expires_in":3600,
        "userName":"DOMAIN\\helpdesk",".issued":"Mon, 23 Nov 2026 17:00:00 GMT",".expires":"Mon, 23 Nov 2026 17:30:00 GMT"})");
    ASSERT_TRUE(token) << token.error().message.toStdString();
    EXPECT_EQ(token->accessToken, QStringLiteral("A1"));
    EXPECT_EQ(token->refreshToken, QStringLiteral("R1"));
    EXPECT_EQ(token->userName, QStringLiteral("DOMAIN\\helpdesk"));
    ASSERT_TRUE(token->lifetime.has_value());
    EXPECT_EQ(*token->lifetime, 3600s); // expires_in wins over a disagreeing .expires
    EXPECT_EQ(token->expiresAt, kReceived.addSecs(3600));
}

TEST(TokenResponse, acceptsExpiresInAsString)
{
    const auto token = parse(R"({"access_token":"A","expires_in":"120"})");
    ASSERT_TRUE(token);
    EXPECT_EQ(*token->lifetime, 120s);
}

TEST(TokenResponse, fallsBackToDotExpiresInEitherFormat)
{
    const auto v5 = parse(R"({"access_token":"A",".expires":"Mon, 23 Nov 2026 17:10:00 GMT"})");
    ASSERT_TRUE(v5);
    EXPECT_EQ(*v5->lifetime, 600s);
    const auto v8 = parse(R"({"access_token":"A",".expires":"2026-11-23T17:05:00.0000000Z"})");
    ASSERT_TRUE(v8);
    EXPECT_EQ(*v8->lifetime, 300s);
}

TEST(TokenResponse, withoutAnyLifetimeHasNone)
{
    const auto token = parse(R"({"access_token":"A"})");
    ASSERT_TRUE(token);
    EXPECT_FALSE(token->lifetime.has_value());
    EXPECT_FALSE(token->expiresAt.isValid());
}

TEST(TokenResponse, missingAccessTokenIsUnexpectedResponse)
{
    const auto token = parse(R"({"refresh_token":"R","expires_in":60})");
    ASSERT_FALSE(token);
    EXPECT_EQ(token.error().kind, ApiError::Kind::UnexpectedResponse);
    EXPECT_TRUE(token.error().message.contains(QStringLiteral("no access token")));
}

TEST(TokenResponse, nonObjectIsUnexpectedResponse)
{
    const auto token = parse(R"(["access_token"])");
    ASSERT_FALSE(token);
    EXPECT_EQ(token.error().kind, ApiError::Kind::UnexpectedResponse);
}

// Found by fuzz_token (docs/hardening.md): an absurd expires_in overflowed the millisecond
// arithmetic. Beyond a year it counts as absent, and .expires (if any) is used instead.
TEST(TokenResponse, absurdExpiresInCountsAsAbsent)
{
    const auto none = parse(R"({"access_token":"a","expires_in":3.6e49})");
    ASSERT_TRUE(none.hasValue());
    EXPECT_FALSE(none->lifetime.has_value());
    EXPECT_FALSE(none->expiresAt.isValid());

    const auto fallback = parse(R"({"access_token":"a","expires_in":"99999999999","expires":"x",)"
                                R"(".expires":"2026-11-23T18:00:00Z"})");
    ASSERT_TRUE(fallback.hasValue());
    ASSERT_TRUE(fallback->lifetime.has_value());
    EXPECT_EQ(*fallback->lifetime, std::chrono::milliseconds(3600s));
}
