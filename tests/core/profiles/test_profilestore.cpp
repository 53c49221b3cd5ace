#include "profiles/profilestore.h"
#include "qt_printers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using re::ApiVersion;
using re::ProfileStore;
using re::ServerProfile;

namespace {

class ProfileStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(u"restore-explorer.conf"_s);
    }

    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }

    void writeRawFile(const QByteArray &content) const
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static ServerProfile fullProfile()
    {
        ServerProfile p = ServerProfile::create(QUrl(u"https://vb365.example.com:4443"_s));
        p.displayName = u"Head office, Berlin"_s;
        p.apiVersion = ApiVersion::V7;
        p.userName = u"CONTOSO\\helpdesk"_s;
        p.pinnedSha256 = QByteArray(64, 'c');
        p.rememberPassword = true;
        p.lastDetectedVersion = ApiVersion::V8;
        return p;
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(ProfileStoreTest, RoundTripsEveryFieldThroughTheSettingsFile)
{
    const ServerProfile original = fullProfile();
    ServerProfile automatic = ServerProfile::create(QUrl(u"http://127.0.0.1:8080"_s));
    {
        auto settings = openSettings();
        ProfileStore store(*settings);
        ASSERT_TRUE(store.add(original).hasValue());
        ASSERT_TRUE(store.add(automatic).hasValue());
        ASSERT_TRUE(store.setLastUsed(original.id).hasValue());
    }
    auto settings = openSettings();
    const ProfileStore reloaded(*settings);
    EXPECT_TRUE(reloaded.loadWarnings().isEmpty())
        << reloaded.loadWarnings().join(u'\n').toStdString();
    ASSERT_EQ(reloaded.profiles().size(), 2);
    EXPECT_EQ(reloaded.find(original.id), original);
    const auto loadedAutomatic = reloaded.find(automatic.id);
    ASSERT_TRUE(loadedAutomatic.has_value());
    EXPECT_EQ(loadedAutomatic->apiVersion, std::nullopt);
    EXPECT_EQ(loadedAutomatic->lastDetectedVersion, std::nullopt);
    EXPECT_TRUE(loadedAutomatic->pinnedSha256.isEmpty());
    EXPECT_FALSE(loadedAutomatic->rememberPassword);
    EXPECT_EQ(reloaded.lastUsed(), original);
}

TEST_F(ProfileStoreTest, ProfilesAreSortedByTitle)
{
    auto settings = openSettings();
    ProfileStore store(*settings);
    for (const QString &name : {u"zulu"_s, u"Alpha"_s, u"mike"_s}) {
        ServerProfile p
            = ServerProfile::create(QUrl(u"https://%1.example.com:4443"_s.arg(name.toLower())));
        p.displayName = name;
        ASSERT_TRUE(store.add(p).hasValue());
    }
    QStringList titles;
    for (const ServerProfile &p : store.profiles())
        titles << p.title();
    EXPECT_EQ(titles, (QStringList {u"Alpha"_s, u"mike"_s, u"zulu"_s}));
    EXPECT_TRUE(store.findByTitle(u"  ALPHA "_s).has_value());
    EXPECT_FALSE(store.findByTitle(u"bravo"_s).has_value());
}

TEST_F(ProfileStoreTest, AddAssignsIdNormalisesAndRefusesDuplicatesAndInvalidProfiles)
{
    auto settings = openSettings();
    ProfileStore store(*settings);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    ServerProfile noId;
    noId.serverUrl = QUrl(u"https://vb365.example.com"_s);
    noId.pinnedSha256 = QByteArray::fromHex(QByteArray(64, 'A')).toHex(':').toUpper();
    const auto id = store.add(noId);
    ASSERT_TRUE(id.hasValue()) << id.error().toStdString();
    EXPECT_FALSE(id->isNull());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(store.find(*id)->serverUrl.toString(), u"https://vb365.example.com:4443"_s);
    EXPECT_EQ(store.find(*id)->pinnedSha256, QByteArray(64, 'a'));

    ServerProfile duplicate = *store.find(*id);
    EXPECT_TRUE(store.add(duplicate).error().contains(u"exists already"_s));

    ServerProfile invalid = ServerProfile::create(QUrl(u"gopher://old.example.com"_s));
    EXPECT_TRUE(store.add(invalid).error().contains(u"not supported"_s));
    EXPECT_EQ(store.profiles().size(), 1);
}

TEST_F(ProfileStoreTest, UpdateRewritesAndDropsClearedFields)
{
    ServerProfile profile = fullProfile();
    {
        auto settings = openSettings();
        ProfileStore store(*settings);
        ASSERT_TRUE(store.add(profile).hasValue());
        profile.pinnedSha256.clear();
        profile.lastDetectedVersion.reset();
        profile.userName = u"operator"_s;
        ASSERT_TRUE(store.update(profile).hasValue());
        ServerProfile unknown = ServerProfile::create(profile.serverUrl);
        EXPECT_TRUE(store.update(unknown).error().contains(u"does not exist"_s));
    }
    auto settings = openSettings();
    EXPECT_FALSE(settings->contains(
        u"profiles/%1/pinnedSha256"_s.arg(profile.id.toString(QUuid::WithoutBraces))));
    EXPECT_EQ(ProfileStore(*settings).find(profile.id), profile);
}

TEST_F(ProfileStoreTest, RemoveForgetsProfileAndLastUsed)
{
    auto settings = openSettings();
    ProfileStore store(*settings);
    const ServerProfile profile = fullProfile();
    ASSERT_TRUE(store.add(profile).hasValue());
    ASSERT_TRUE(store.setLastUsed(profile.id).hasValue());
    ASSERT_TRUE(store.remove(profile.id).hasValue());
    EXPECT_FALSE(store.find(profile.id).has_value());
    EXPECT_FALSE(store.lastUsed().has_value());
    EXPECT_FALSE(store.remove(profile.id).hasValue());
    EXPECT_FALSE(store.setLastUsed(profile.id).hasValue());
    ProfileStore reloaded(*settings);
    EXPECT_TRUE(reloaded.profiles().isEmpty());
    EXPECT_TRUE(
        settings->childGroups().isEmpty() || settings->value(u"profiles/lastUsed"_s).isNull());
}

TEST_F(ProfileStoreTest, HandEditedAndCorruptEntriesAreSkippedWithWarnings)
{
    writeRawFile("[profiles]\n"
                 "lastUsed=not-a-uuid\n"
                 "not-a-uuid\\url=https://x.example.com\n"
                 "11111111-1111-1111-1111-111111111111\\name=Lenient\n"
                 "11111111-1111-1111-1111-111111111111\\url=https://good.example.com:4443\n"
                 "11111111-1111-1111-1111-111111111111\\apiVersion=v9\n"
                 "11111111-1111-1111-1111-111111111111\\pinnedSha256=zz:zz\n"
                 "11111111-1111-1111-1111-111111111111\\rememberPassword=maybe\n"
                 "22222222-2222-2222-2222-222222222222\\name=No address\n"
                 "33333333-3333-3333-3333-333333333333\\url=ftp://old.example.com\n"
                 "44444444-4444-4444-4444-444444444444\\name=Comma, unquoted\n"
                 "44444444-4444-4444-4444-444444444444\\url=vb365.example.com\n"
                 "44444444-4444-4444-4444-444444444444\\apiVersion=V6\n"
                 "44444444-4444-4444-4444-444444444444\\rememberPassword=true\n"
                 "\x01\x02 this line is binary junk \xff\xfe\n"
                 "=no key\n");
    auto settings = openSettings();
    const ProfileStore store(*settings);

    const auto profiles = store.profiles();
    ASSERT_EQ(profiles.size(), 2);
    const auto lenient = store.find(QUuid::fromString(u"11111111-1111-1111-1111-111111111111"_s));
    ASSERT_TRUE(lenient.has_value());
    EXPECT_EQ(lenient->apiVersion, std::nullopt);
    EXPECT_TRUE(lenient->pinnedSha256.isEmpty());
    EXPECT_FALSE(lenient->rememberPassword);
    const auto comma = store.find(QUuid::fromString(u"44444444-4444-4444-4444-444444444444"_s));
    ASSERT_TRUE(comma.has_value());
    EXPECT_EQ(comma->displayName, u"Comma, unquoted"_s);
    EXPECT_EQ(comma->serverUrl.toString(), u"https://vb365.example.com:4443"_s);
    EXPECT_EQ(comma->apiVersion, ApiVersion::V6);
    EXPECT_TRUE(comma->rememberPassword);
    EXPECT_FALSE(store.lastUsed().has_value());

    const QString warnings = store.loadWarnings().join(u'\n');
    for (const QString &expected :
        {u"\"not-a-uuid\": it is not a profile identifier"_s, u"Unknown API version \"v9\""_s,
            u"pinned certificate fingerprint is unreadable"_s, u"is not true or false"_s,
            u"22222222-2222-2222-2222-222222222222: Enter the server address"_s,
            u"33333333-3333-3333-3333-333333333333: The server address must start with https://"_s}) {
        EXPECT_TRUE(warnings.contains(expected))
            << "missing warning: " << expected.toStdString() << "\nall warnings:\n"
            << warnings.toStdString();
    }
}

TEST_F(ProfileStoreTest, UnwritableSettingsFileIsReportedNotIgnored)
{
    QFile blocker(dir.filePath(u"not-a-folder"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings settings(dir.filePath(u"not-a-folder/sub/settings.conf"_s), QSettings::IniFormat);
    ProfileStore store(settings);
    const auto added = store.add(fullProfile());
    ASSERT_FALSE(added.hasValue());
    EXPECT_TRUE(added.error().contains(u"could not be saved"_s)) << added.error().toStdString();
}

TEST_F(ProfileStoreTest, ReloadSeesWhatAnotherProcessWrote)
{
    auto mine = openSettings();
    ProfileStore store(*mine);
    ASSERT_TRUE(store.profiles().isEmpty());
    {
        auto theirs = openSettings(); // e.g. restore-cli adding a profile meanwhile
        ProfileStore other(*theirs);
        ASSERT_TRUE(other.add(fullProfile()).hasValue());
    }
    store.reload();
    EXPECT_EQ(store.profiles().size(), 1);
}

TEST_F(ProfileStoreTest, HandWrittenSecretIsIgnoredAndReportedWithoutItsValue)
{
    writeRawFile("[profiles]\n"
                 "55555555-5555-5555-5555-555555555555\\url=https://vb365.example.com\n"
                 "55555555-5555-5555-5555-555555555555\\rememberPassword=true\n"
                 "55555555-5555-5555-5555-555555555555\\password=Hunter2-plain\n");
    auto settings = openSettings();
    const ProfileStore store(*settings);
    ASSERT_EQ(store.profiles().size(), 1);
    const QString warnings = store.loadWarnings().join(u'\n');
    EXPECT_TRUE(warnings.contains(u"the entry \"password\" in the settings file is ignored"_s))
        << warnings.toStdString();
    EXPECT_FALSE(warnings.contains(u"Hunter2"_s));
}
