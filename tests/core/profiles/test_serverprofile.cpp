#include "profiles/serverprofile.h"
#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using re::ApiVersion;
using re::ServerProfile;

TEST(ServerUrl, CompletesWhatUsersType)
{
    struct Case
    {
        QString typed;
        QString expected;
    };
    const QList<Case> cases = {
        {u"vb365.example.com"_s, u"https://vb365.example.com:4443"_s},
        {u"  VB365.Example.COM  "_s, u"https://vb365.example.com:4443"_s},
        {u"vb365.example.com:443"_s, u"https://vb365.example.com:443"_s},
        {u"https://vb365.example.com"_s, u"https://vb365.example.com:4443"_s},
        {u"HTTPS://vb365.example.com:4443/"_s, u"https://vb365.example.com:4443"_s},
        {u"http://127.0.0.1:8080"_s, u"http://127.0.0.1:8080"_s},
        {u"https://vb365.example.com:4443/v8/"_s, u"https://vb365.example.com:4443"_s},
        {u"https://proxy.example.com/vb365/v6"_s, u"https://proxy.example.com:4443/vb365"_s},
        {u"https://[::1]:4443"_s, u"https://[::1]:4443"_s},
    };
    for (const Case &c : cases) {
        const auto url = re::parseServerUrl(c.typed);
        ASSERT_TRUE(url.hasValue()) << c.typed.toStdString() << ": " << url.error().toStdString();
        EXPECT_EQ(url->toString(), c.expected) << c.typed.toStdString();
    }
}

TEST(ServerUrl, RefusesWithAClearMessage)
{
    struct Case
    {
        QString typed;
        QString fragment;
    };
    const QList<Case> cases = {
        {u""_s, u"Enter the server address"_s},
        {u"ftp://vb365.example.com"_s, u"\"ftp\" is not supported"_s},
        {u"https://"_s, u"no host name"_s},
        {u"https://admin:secret@vb365.example.com"_s, u"Do not put a user name or password"_s},
        {u"https://vb365.example.com/?x=1"_s, u"must not contain"_s},
        {u"https://vb365.example.com:99999"_s, u"not a valid server address"_s},
        {u"https://bad host.example.com"_s, u"not a valid server address"_s},
    };
    for (const Case &c : cases) {
        const auto url = re::parseServerUrl(c.typed);
        ASSERT_FALSE(url.hasValue())
            << c.typed.toStdString() << " was accepted as " << url->toString().toStdString();
        EXPECT_TRUE(url.error().contains(c.fragment))
            << c.typed.toStdString() << " -> " << url.error().toStdString();
        EXPECT_FALSE(url.error().contains(u"secret"_s)) << "the message repeats the password";
    }
}

TEST(ApiVersionChoice, RoundTripsAutoAndVersions)
{
    EXPECT_EQ(re::apiVersionChoiceToString(std::nullopt), u"auto"_s);
    EXPECT_EQ(re::apiVersionChoiceToString(ApiVersion::V7), u"v7"_s);
    EXPECT_EQ(re::apiVersionChoiceFromString(u"auto").value(), std::nullopt);
    EXPECT_EQ(re::apiVersionChoiceFromString(u"").value(), std::nullopt);
    EXPECT_EQ(re::apiVersionChoiceFromString(u"V5").value(), ApiVersion::V5);
    EXPECT_EQ(re::apiVersionChoiceFromString(u"8").value(), ApiVersion::V8);
    const auto bad = re::apiVersionChoiceFromString(u"v9");
    ASSERT_FALSE(bad.hasValue());
    EXPECT_TRUE(bad.error().contains(u"use auto, v5, v6, v7 or v8"_s)) << bad.error().toStdString();
}

TEST(ServerProfileValues, CreateGivesAnIdAndTitleFallsBackToHost)
{
    ServerProfile profile = ServerProfile::create(QUrl(u"https://vb365.example.com:4443"_s));
    EXPECT_FALSE(profile.id.isNull());
    EXPECT_EQ(profile.title(), u"vb365.example.com"_s);
    profile.displayName = u"  Head office  "_s;
    EXPECT_EQ(profile.title(), u"Head office"_s);
    EXPECT_NE(ServerProfile::create(profile.serverUrl).id, profile.id);
}

TEST(ServerProfileValues, NormalisedCanonicalisesPinAndUrl)
{
    ServerProfile profile = ServerProfile::create(QUrl(u"https://vb365.example.com"_s));
    profile.pinnedSha256 = QByteArray::fromHex("00ff" + QByteArray(60, 'a')).toHex(':').toUpper();
    const auto normal = profile.normalised();
    ASSERT_TRUE(normal.hasValue()) << normal.error().toStdString();
    EXPECT_EQ(normal->pinnedSha256, "00ff" + QByteArray(60, 'a'));
    EXPECT_EQ(normal->serverUrl.port(), 4443);
}

TEST(ServerProfileValues, ValidateNamesTheProblem)
{
    ServerProfile noId;
    noId.serverUrl = QUrl(u"https://vb365.example.com:4443"_s);
    EXPECT_TRUE(noId.validate().error().contains(u"no identifier"_s));

    ServerProfile badPin = ServerProfile::create(QUrl(u"https://vb365.example.com:4443"_s));
    badPin.pinnedSha256 = "1234";
    EXPECT_TRUE(badPin.validate().error().contains(u"fingerprint is not valid"_s));

    ServerProfile badUrl = ServerProfile::create(QUrl(u"ftp://vb365.example.com"_s));
    EXPECT_TRUE(badUrl.validate().error().contains(u"not supported"_s));

    EXPECT_TRUE(
        ServerProfile::create(QUrl(u"https://vb365.example.com:4443"_s)).validate().hasValue());
}
