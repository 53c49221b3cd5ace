#include "common/result.h"

#include <QString>

#include <gtest/gtest.h>

namespace {

re::Result<int, QString> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return re::unexpected(QStringLiteral("not a port: %1").arg(text));
    return port;
}

re::Result<void, QString> requireNonEmpty(const QString &text)
{
    if (text.isEmpty())
        return re::unexpected(QStringLiteral("empty"));
    return {};
}

} // namespace

TEST(Result, CarriesValue)
{
    const auto r = parsePort(QStringLiteral("4443"));
    ASSERT_TRUE(r.hasValue());
    EXPECT_EQ(*r, 4443);
    EXPECT_EQ(r.valueOr(1), 4443);
}

TEST(Result, CarriesError)
{
    const auto r = parsePort(QStringLiteral("http"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), QStringLiteral("not a port: http"));
    EXPECT_EQ(r.valueOr(1), 1);
}

TEST(Result, MapTransformsValueAndKeepsError)
{
    const auto doubled = parsePort(QStringLiteral("100")).map([](int p) { return p * 2; });
    ASSERT_TRUE(doubled);
    EXPECT_EQ(*doubled, 200);
    const auto failed = parsePort(QStringLiteral("0")).map([](int p) { return p * 2; });
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error(), QStringLiteral("not a port: 0"));
}

TEST(Result, VoidSpecialisation)
{
    EXPECT_TRUE(requireNonEmpty(QStringLiteral("x")));
    const auto r = requireNonEmpty(QString());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), QStringLiteral("empty"));
}
