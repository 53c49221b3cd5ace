// The v5 seed examples (tests/data/seeds) are our contract for v5 bodies: the emulator must accept them
// verbatim, even with --strict, and answer in their shape.

#include "emulator_fixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace vb365emu::test;

namespace {

QByteArray seed(const QString &name)
{
    QFile file(QStringLiteral(RE_SEEDS_DIR "/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

class V5Seeds : public ::testing::Test
{
protected:
    void SetUp() override
    {
        emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v5"), QStringLiteral("--strict")});
        api = std::make_unique<Api>(*emulator, QStringLiteral("v5"));
    }
    std::unique_ptr<re::test::EmulatorProcess> emulator;
    std::unique_ptr<Api> api;
};

} // namespace

TEST_F(V5Seeds, ExploreRequestAndResponseOfSeed002)
{
    const HttpResult r = api->post(QStringLiteral("Organizations/") + api->firstBackedUpOrganization() + QStringLiteral("/action"),
                                   seed(QStringLiteral("seed002_v5_explore.request.json")));
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonObject expected = QJsonDocument::fromJson(seed(QStringLiteral("seed002_v5_explore.response.json"))).object();
    const QJsonObject actual = r.json().toObject();
    QStringList expectedKeys = sortedKeys(expected);
    expectedKeys.removeAll(QStringLiteral("endTime")); // running sessions carry no endTime (api-reference §13.4)
    EXPECT_EQ(sortedKeys(actual), expectedKeys);
    EXPECT_EQ(sortedKeys(actual[QStringLiteral("_links")].toObject()), sortedKeys(expected[QStringLiteral("_links")].toObject()));
    EXPECT_EQ(actual[QStringLiteral("type")].toString(), QStringLiteral("Vet"));
    EXPECT_EQ(actual[QStringLiteral("state")].toString(), QStringLiteral("Working"));
}

TEST_F(V5Seeds, SessionOrganizationOfSeed004)
{
    const QString session = idOf(api->explore(QStringLiteral("vex")));
    const HttpResult r = api->get(QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Organization"));
    ASSERT_EQ(r.status, 200);
    const QJsonObject expected = QJsonDocument::fromJson(seed(QStringLiteral("seed004_v5_session_organization.response.json"))).object();
    const QJsonObject actual = r.json().toObject();
    EXPECT_EQ(sortedKeys(actual), sortedKeys(expected));
    EXPECT_EQ(sortedKeys(actual[QStringLiteral("_links")].toObject()), sortedKeys(expected[QStringLiteral("_links")].toObject()));
    const QJsonObject pst = actual[QStringLiteral("_actions")][QStringLiteral("exporttoPst")].toObject();
    EXPECT_EQ(pst[QStringLiteral("method")].toString(), QStringLiteral("POST"));
    EXPECT_TRUE(pst[QStringLiteral("uri")].toString().endsWith(QStringLiteral("/organization/action")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(^\S+ \(\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M\)$)"))
                    .match(actual[QStringLiteral("name")].toString()).hasMatch())
        << actual[QStringLiteral("name")].toString().toStdString();
}

TEST_F(V5Seeds, MailboxExportOfSeed003AndFolderSavesOfSeed001)
{
    const QString exchange = QStringLiteral("RestoreSessions/") + idOf(api->explore(QStringLiteral("vex")));
    const QJsonArray mailboxes = api->get(exchange + QStringLiteral("/Organization/Mailboxes")).json()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(mailboxes.isEmpty());
    const HttpResult pst = api->post(exchange + QStringLiteral("/Organization/Mailboxes/") + encoded(idOf(mailboxes[0])) + QStringLiteral("/Action"),
                                     seed(QStringLiteral("seed003_v3_mailbox_example1_exporttopst.request.json")));
    ASSERT_EQ(pst.status, 200) << pst.body.left(300).toStdString();
    EXPECT_TRUE(pst.body.startsWith("!BDN"));

    const QString oneDrive = QStringLiteral("RestoreSessions/") + idOf(api->explore(QStringLiteral("veod")));
    const QJsonArray drives = api->get(oneDrive + QStringLiteral("/Organization/OneDrives")).json()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(drives.isEmpty());
    const QString drive = oneDrive + QStringLiteral("/Organization/OneDrives/") + encoded(idOf(drives[0]));
    const QJsonArray folders = api->get(drive + QStringLiteral("/Folders?parentId=null")).json()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(folders.isEmpty());
    for (const QString &fixture : {QStringLiteral("seed001_v2_folder_example2_save.request.json"), QStringLiteral("seed001_v2_folder_save.table.request.json")}) {
        const HttpResult zip = api->post(drive + QStringLiteral("/Folders/") + encoded(idOf(folders[0])) + QStringLiteral("/Action"), seed(fixture));
        ASSERT_EQ(zip.status, 200) << fixture.toStdString() << ' ' << zip.body.left(300).toStdString();
        EXPECT_TRUE(zip.body.startsWith("PK\x03\x04")) << fixture.toStdString();
    }
}
