// Restores, copies, sends, device codes and e-mail settings over HTTP, in every dialect under --strict: the
// emulator's own production state (GET /vN/_emulator/Production, test-only) proves each effect.

#include "emulator_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

using namespace vb365emu::test;

namespace {

QByteArray seed(const QString &name)
{
    QFile file(QStringLiteral(RE_SEEDS_DIR "/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

class Actions : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        emulator = startEmulator({QStringLiteral("--api"), GetParam(), QStringLiteral("--strict"),
                                  QStringLiteral("--restore-duration-ms"), QStringLiteral("200")});
        api = std::make_unique<Api>(*emulator, GetParam());
    }

    // v5 spells enum values in lower case, v6+ in PascalCase.
    QString word(const QString &pascal) const { return api->isV5() ? pascal.toLower() : pascal; }
    QString restoreKey() const { return QStringLiteral("restoretoOriginallocation"); }

    // Runs a restore-family action and returns its statistics: the reply itself on v5-v7; on v8 the
    // {"sessionId"} (a new session, not the browsing one) is polled until it stops, then /Statistics.
    QJsonObject runRestore(const QString &browseSession, const QString &resource, const QString &v5Key,
                           const QString &verb, const QJsonObject &options)
    {
        const HttpResult r = api->action(resource, v5Key, verb, options);
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        const QJsonObject reply = r.json().toObject();
        if (api->versionNumber() < 8)
            return reply;
        const QString restore = reply.value(QStringLiteral("sessionId")).toString();
        EXPECT_FALSE(restore.isEmpty()) << r.body.toStdString();
        EXPECT_NE(restore.toLower(), browseSession.toLower());
        QJsonObject session;
        QElapsedTimer clock;
        clock.start();
        do {
            session = api->get(QStringLiteral("RestoreSessions/") + restore).json().toObject();
            if (session.value(QStringLiteral("state")).toString() == QLatin1String("Stopped"))
                break;
            QThread::msleep(50);
        } while (clock.elapsed() < 20000);
        EXPECT_EQ(session.value(QStringLiteral("state")).toString(), QStringLiteral("Stopped"));
        EXPECT_EQ(session.value(QStringLiteral("result")).toString(), QStringLiteral("Success"));
        const QJsonArray events = api->get(QStringLiteral("RestoreSessions/") + restore + QStringLiteral("/Events"))
                                      .json()[QStringLiteral("results")].toArray();
        bool restoreEvent = false;
        for (const QJsonValue &event : events)
            restoreEvent |= event[QStringLiteral("type")].toString() == QLatin1String("Restore")
                            && event[QStringLiteral("status")].toString() == QLatin1String("Success");
        EXPECT_TRUE(restoreEvent);
        const HttpResult statistics = api->get(QStringLiteral("RestoreSessions/") + restore + QStringLiteral("/Statistics"));
        EXPECT_EQ(statistics.status, 200);
        return statistics.json().toObject();
    }

    QJsonObject production() { return api->get(QStringLiteral("_emulator/Production")).json().toObject(); }

    // Counters in either family: v5-v7 OneDrive statistics or v8 session statistics.
    static qint64 restored(const QJsonObject &s) { return s.value(QStringLiteral("restoredItemsCount")).toInteger(); }
    static qint64 total(const QJsonObject &s) { return s.value(QStringLiteral("totalItemsCount")).toInteger(); }

    std::unique_ptr<re::test::EmulatorProcess> emulator;
    std::unique_ptr<Api> api;
};

struct DriveSession
{
    QString session;
    QString base; // RestoreSessions/<id>/Organization/OneDrives
    QJsonArray oneDrives;
};

DriveSession openOneDrives(Api &api)
{
    DriveSession d;
    d.session = idOf(api.explore(QStringLiteral("veod")));
    d.base = QStringLiteral("RestoreSessions/") + d.session + QStringLiteral("/Organization/OneDrives");
    d.oneDrives = api.get(d.base).json()[QStringLiteral("results")].toArray();
    return d;
}

QJsonObject credentials()
{
    return {{QStringLiteral("userName"), QStringLiteral("admin@contoso.example")},
            {QStringLiteral("userPassword"), QStringLiteral("Secret-123")}};
}

QJsonObject with(QJsonObject object, const QJsonObject &more)
{
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

TEST_P(Actions, OneDriveRestoreKeepWritesRestoredCopiesAndOverwriteReplaces)
{
    const DriveSession d = openOneDrives(*api);
    ASSERT_GE(d.oneDrives.size(), 2);
    const QString oneDriveId = idOf(d.oneDrives[0]);
    const QString drive = d.base + QLatin1Char('/') + encoded(oneDriveId);

    const QJsonObject keep = runRestore(d.session, drive, restoreKey(), QStringLiteral("restore"),
                                        with(credentials(), {{QStringLiteral("documentAction"), word(QStringLiteral("Keep"))}}));
    ASSERT_GT(total(keep), 0);
    EXPECT_GT(restored(keep), 0); // documents edited in production after the backup
    QJsonArray changes = production()[QStringLiteral("oneDriveChanges")].toArray();
    ASSERT_EQ(changes.size(), restored(keep));
    int keptBeside = 0;
    for (const QJsonValue &change : changes) {
        EXPECT_EQ(change[QStringLiteral("oneDriveId")].toString(), oneDriveId);
        EXPECT_EQ(change[QStringLiteral("restoredBy")].toString(), QStringLiteral("admin@contoso.example"));
        if (change[QStringLiteral("outcome")].toString() == QLatin1String("KeptBeside")) {
            ++keptBeside;
            EXPECT_TRUE(change[QStringLiteral("name")].toString().startsWith(QStringLiteral("RESTORED-")));
        }
    }
    EXPECT_GT(keptBeside, 0);

    const QJsonObject overwrite = runRestore(d.session, drive, restoreKey(), QStringLiteral("restore"),
                                             with(credentials(), {{QStringLiteral("documentAction"), word(QStringLiteral("Overwrite"))}}));
    changes = production()[QStringLiteral("oneDriveChanges")].toArray();
    int overwritten = 0;
    for (const QJsonValue &change : changes) {
        if (change[QStringLiteral("outcome")].toString() == QLatin1String("Overwritten")) {
            ++overwritten;
            EXPECT_FALSE(change[QStringLiteral("name")].toString().startsWith(QStringLiteral("RESTORED-")));
        }
    }
    EXPECT_EQ(overwritten, keptBeside); // the documents Keep left alone are now replaced
    // A third run finds production equal to the backup: everything is skipped.
    const QJsonObject again = runRestore(d.session, drive, restoreKey(), QStringLiteral("restore"),
                                         with(credentials(), {{QStringLiteral("documentAction"), word(QStringLiteral("Overwrite"))}}));
    EXPECT_EQ(restored(again), 0);
    if (api->versionNumber() < 8)
        EXPECT_EQ(again[QStringLiteral("skippedItemsByNoChangesCount")].toInteger(), total(again));
    else
        EXPECT_EQ(again[QStringLiteral("skippedItemsCount")].toInteger(), total(again));
    EXPECT_EQ(total(overwrite), total(keep));
}

TEST_P(Actions, CopyToLandsInTheTargetOneDrive)
{
    const DriveSession d = openOneDrives(*api);
    ASSERT_GE(d.oneDrives.size(), 2);
    const QString source = d.base + QLatin1Char('/') + encoded(idOf(d.oneDrives[0]));
    const QJsonObject target = d.oneDrives[1].toObject();
    const QJsonArray folders = api->get(source + QStringLiteral("/Folders?parentId=") + (api->versionNumber() >= 7 ? QStringLiteral("root") : QStringLiteral("null")))
                                   .json()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(folders.isEmpty());
    const QString folder = source + QStringLiteral("/Folders/") + encoded(idOf(folders[0]));
    const QJsonObject options = with(credentials(), {{QStringLiteral("onedrive"), target},
                                                     {QStringLiteral("folder"), QStringLiteral("pictures")},
                                                     {QStringLiteral("documentVersion"), word(QStringLiteral("Last"))},
                                                     {QStringLiteral("documentLastVersionAction"), word(QStringLiteral("Merge"))},
                                                     {QStringLiteral("restorePermissions"), true}});
    const QJsonObject first = runRestore(d.session, folder, QStringLiteral("copyTo"), QStringLiteral("copyTo"), options);
    ASSERT_GT(total(first), 0);
    EXPECT_EQ(restored(first), total(first));
    const QJsonArray changes = production()[QStringLiteral("oneDriveChanges")].toArray();
    ASSERT_EQ(changes.size(), total(first));
    const QString folderName = folders[0][QStringLiteral("name")].toString();
    for (const QJsonValue &change : changes) {
        EXPECT_EQ(change[QStringLiteral("oneDriveId")].toString(), idOf(target));
        EXPECT_EQ(change[QStringLiteral("outcome")].toString(), QStringLiteral("Copied"));
        EXPECT_TRUE(change[QStringLiteral("path")].toString().startsWith(QStringLiteral("pictures/") + folderName))
            << change[QStringLiteral("path")].toString().toStdString();
    }
    // The same copy again: the target already holds these versions.
    const QJsonObject second = runRestore(d.session, folder, QStringLiteral("copyTo"), QStringLiteral("copyTo"), options);
    EXPECT_EQ(restored(second), 0);
    EXPECT_EQ(total(second), total(first));
}

TEST_P(Actions, BulkOneDriveRestoreTakesOneDrivesAsListed)
{
    const DriveSession d = openOneDrives(*api);
    ASSERT_GE(d.oneDrives.size(), 2);
    const QJsonArray two{d.oneDrives[0], d.oneDrives[1]};
    QJsonObject options{{QStringLiteral("oneDrives"), two},
                        {QStringLiteral("skipUnresolved"), true},
                        {QStringLiteral("documentAction"), word(QStringLiteral("Keep"))},
                        {QStringLiteral("officeUsername"), QStringLiteral("admin@contoso.example")},
                        {api->isV5() ? QStringLiteral("officePassword") : QStringLiteral("officeUserpassword"),
                         QStringLiteral("Secret-123")}};
    const QJsonObject statistics = runRestore(d.session, d.base, restoreKey(), QStringLiteral("restore"), options);
    if (api->versionNumber() < 8) {
        EXPECT_EQ(statistics[QStringLiteral("status")].toString(), QStringLiteral("Success"));
        const QJsonArray details = statistics[QStringLiteral("details")].toArray();
        ASSERT_EQ(details.size(), 2);
        EXPECT_EQ(details[0][QStringLiteral("oneDrive")][QStringLiteral("id")].toString(), idOf(d.oneDrives[0]));
        EXPECT_TRUE(details[0][QStringLiteral("details")].toObject().contains(QStringLiteral("failedRestrictionsCount")));
    } else {
        const QJsonArray items = statistics[QStringLiteral("items")].toArray();
        ASSERT_EQ(items.size(), 2);
        EXPECT_EQ(items[1][QStringLiteral("itemRestoreDetailsType")].toString(), QStringLiteral("BulkOneDrive"));
    }
    QSet<QString> touched;
    for (const QJsonValue &change : production()[QStringLiteral("oneDriveChanges")].toArray())
        touched.insert(change[QStringLiteral("oneDriveId")].toString());
    EXPECT_EQ(touched, (QSet<QString>{idOf(d.oneDrives[0]), idOf(d.oneDrives[1])}));
}

TEST_P(Actions, MailboxRestoreAndRestoreToAnotherMailbox)
{
    const QString session = idOf(api->explore(QStringLiteral("vex")));
    const QString base = QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Organization/Mailboxes");
    const QJsonArray mailboxes = api->get(base).json()[QStringLiteral("results")].toArray();
    ASSERT_GE(mailboxes.size(), 1);
    const QString mailbox = base + QLatin1Char('/') + encoded(idOf(mailboxes[0]));

    const QJsonObject original = runRestore(session, mailbox, restoreKey(), QStringLiteral("restore"), credentials());
    if (api->versionNumber() < 8) {
        EXPECT_TRUE(original.contains(QStringLiteral("createdItemsCount")));
        EXPECT_TRUE(original.contains(QStringLiteral("failedFoldersCount")));
        EXPECT_EQ(original[QStringLiteral("createdItemsCount")].toInteger() + original[QStringLiteral("mergedItemsCount")].toInteger(),
                  production()[QStringLiteral("mailRestores")].toArray().size());
    } else {
        EXPECT_EQ(restored(original), production()[QStringLiteral("mailRestores")].toArray().size());
    }

    const QJsonObject to = with(credentials(), {{QStringLiteral("mailbox"), QStringLiteral("djohnes@northsupport.example")},
                                                {QStringLiteral("casServer"), QStringLiteral("outlook.office365.com")},
                                                {QStringLiteral("folder"), QStringLiteral("Restored")},
                                                {QStringLiteral("excludeDrafts"), true},
                                                {QStringLiteral("markRestoredAsUnread"), true}});
    const QJsonObject copied = runRestore(session, mailbox, QStringLiteral("restoreTo"), QStringLiteral("restoreTo"), to);
    const QJsonArray deliveries = production()[QStringLiteral("mailDeliveries")].toArray();
    ASSERT_FALSE(deliveries.isEmpty());
    EXPECT_EQ(api->versionNumber() < 8 ? copied[QStringLiteral("createdItemsCount")].toInteger() : restored(copied),
              deliveries.size());
    for (const QJsonValue &delivery : deliveries) {
        EXPECT_EQ(delivery[QStringLiteral("mailbox")].toString(), QStringLiteral("djohnes@northsupport.example"));
        EXPECT_TRUE(delivery[QStringLiteral("folderPath")].toString().startsWith(QStringLiteral("Restored/")));
        EXPECT_FALSE(delivery[QStringLiteral("folderPath")].toString().contains(QStringLiteral("/Drafts")));
        EXPECT_TRUE(delivery[QStringLiteral("unread")].toBool());
    }

    // Missing target mailbox and missing credentials are refused with a message, nothing changes.
    const HttpResult noMailbox = api->action(mailbox, QStringLiteral("restoreTo"), QStringLiteral("restoreTo"), credentials());
    EXPECT_EQ(noMailbox.status, 400);
    EXPECT_TRUE(noMailbox.body.contains("mailbox")) << noMailbox.body.toStdString();
    const HttpResult noCredentials = api->action(mailbox, restoreKey(), QStringLiteral("restore"),
                                                 QJsonObject{{QStringLiteral("userName"), QStringLiteral("admin@contoso.example")}});
    EXPECT_EQ(noCredentials.status, 400);
    EXPECT_TRUE(noCredentials.body.contains("password")) << noCredentials.body.toStdString();
    EXPECT_EQ(production()[QStringLiteral("mailDeliveries")].toArray().size(), deliveries.size());
}

TEST_P(Actions, SendNeedsTheEmailSettingsAndRecordsTheMessage)
{
    const DriveSession d = openOneDrives(*api);
    const QString document = [&] {
        const QString drive = d.base + QLatin1Char('/') + encoded(idOf(d.oneDrives[0]));
        const QJsonArray documents = api->get(drive + QStringLiteral("/Documents")).json()[QStringLiteral("results")].toArray();
        return documents.isEmpty() ? QString() : drive + QStringLiteral("/Documents/") + encoded(idOf(documents[0]));
    }();
    ASSERT_FALSE(document.isEmpty());
    const QJsonObject mail{{QStringLiteral("from"), QStringLiteral("j_smith@bestsupport.example")},
                           {QStringLiteral("to"), QStringLiteral("r.clark@bestsupport.example")},
                           {QStringLiteral("subject"), QStringLiteral("Support Ticket")},
                           {QStringLiteral("text"), QStringLiteral("Please find attached the files you requested")}};
    const HttpResult refused = api->action(document, QStringLiteral("sendTo"), QStringLiteral("send"), mail);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(refused.body.contains("EmailSettings")) << refused.body.toStdString();

    const QString settings = api->isV5() ? QStringLiteral("VEODEmailSettings") : QStringLiteral("VeodEmailSettings");
    const QJsonObject smtp{{QStringLiteral("enableNotification"), true},
                           {api->isV5() ? QStringLiteral("smtpServer") : QStringLiteral("server"), QStringLiteral("smtp.contoso.example")},
                           {QStringLiteral("port"), 587},
                           {QStringLiteral("from"), QStringLiteral("restores@contoso.example")},
                           {QStringLiteral("useSSL"), true},
                           {QStringLiteral("useAuthentication"), true},
                           {QStringLiteral("username"), QStringLiteral("smtp-user")},
                           {QStringLiteral("userPassword"), QStringLiteral("smtp-secret")}};
    const HttpResult put = api->http.send("PUT", api->path(settings), compact(smtp), "application/json");
    EXPECT_EQ(put.status, api->versionNumber() == 8 ? 204 : 200) << put.body.toStdString();
    const QJsonObject stored = api->get(settings).json().toObject();
    EXPECT_EQ(stored[api->isV5() ? QStringLiteral("smtpServer") : QStringLiteral("server")].toString(), QStringLiteral("smtp.contoso.example"));
    EXPECT_FALSE(stored.contains(QStringLiteral("userPassword")));
    const HttpResult badPort = api->http.send("PUT", api->path(settings), compact(QJsonObject{{QStringLiteral("port"), 70000}}),
                                              "application/json");
    EXPECT_EQ(badPort.status, 400);

    const HttpResult sent = api->action(document, QStringLiteral("sendTo"), QStringLiteral("send"), mail);
    EXPECT_EQ(sent.status, api->versionNumber() == 8 ? 204 : 200) << sent.body.toStdString();
    const QJsonArray messages = production()[QStringLiteral("sentMessages")].toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0][QStringLiteral("to")].toString(), QStringLiteral("r.clark@bestsupport.example"));
    EXPECT_EQ(messages[0][QStringLiteral("attachmentCount")].toInt(), 1);
}

TEST_P(Actions, DeviceCodeStandsInForThePassword)
{
    const DriveSession d = openOneDrives(*api);
    const QString deviceCode = QStringLiteral("RestoreSessions/") + d.session + QStringLiteral("/organization/restoreDeviceCode");
    const HttpResult code = api->post(deviceCode, compact(QJsonObject{{QStringLiteral("targetApplicationId"),
                                                                       QStringLiteral("a6a54a5a-2a8e-4ee5-b6c1-1e1f7a8a2c11")}}));
    ASSERT_EQ(code.status, 200) << code.body.toStdString();
    const QJsonObject reply = code.json().toObject();
    const QString userCode = reply[QStringLiteral("userCode")].toString();
    EXPECT_EQ(userCode.size(), 9);
    EXPECT_TRUE(reply[QStringLiteral("verificationUrl")].toString().startsWith(QStringLiteral("https://")));
    EXPECT_GT(reply[QStringLiteral("expiresIn")].toInt(), 0);
    EXPECT_TRUE(reply[QStringLiteral("message")].toString().contains(userCode));

    const QString drive = d.base + QLatin1Char('/') + encoded(idOf(d.oneDrives[0]));
    const QJsonObject withCode{{QStringLiteral("userCode"), userCode}, {QStringLiteral("documentAction"), word(QStringLiteral("Keep"))}};
    const QJsonObject statistics = runRestore(d.session, drive, restoreKey(), QStringLiteral("restore"), withCode);
    EXPECT_GT(total(statistics), 0);
    const HttpResult unknown = api->action(drive, restoreKey(), QStringLiteral("restore"),
                                           QJsonObject{{QStringLiteral("userCode"), QStringLiteral("NOTISSUED")}});
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(unknown.body.contains("restoreDeviceCode")) << unknown.body.toStdString();
}

TEST_P(Actions, StrictRefusesUnknownOptionsAndWrongEnumCase)
{
    if (api->isV5())
        GTEST_SKIP() << "v5 pages mix key case; --strict checks names only there";
    const DriveSession d = openOneDrives(*api);
    const QString drive = d.base + QLatin1Char('/') + encoded(idOf(d.oneDrives[0]));
    const HttpResult unknownKey = api->action(drive, restoreKey(), QStringLiteral("restore"),
                                              with(credentials(), {{QStringLiteral("documentVersion"), QStringLiteral("Last")}}));
    EXPECT_EQ(unknownKey.status, 400) << unknownKey.body.toStdString(); // v6+ dropped documentVersion from restores
    const HttpResult lowerCase = api->action(drive, restoreKey(), QStringLiteral("restore"),
                                             with(credentials(), {{QStringLiteral("documentAction"), QStringLiteral("keep")}}));
    EXPECT_EQ(lowerCase.status, 400) << lowerCase.body.toStdString();
    EXPECT_TRUE(production()[QStringLiteral("oneDriveChanges")].toArray().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(EveryDialect, Actions,
                         ::testing::Values(QStringLiteral("v5"), QStringLiteral("v6"), QStringLiteral("v7"), QStringLiteral("v8")),
                         [](const ::testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });

TEST(ActionFlags, NoOutlookFailsPstExportsLikeTheRealServer)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--no-outlook")});
    Api api(*emulator, QStringLiteral("v8"));
    const QString session = idOf(api.explore(QStringLiteral("vex")));
    const QString base = QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Organization/Mailboxes");
    const QJsonArray mailboxes = api.get(base).json()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(mailboxes.isEmpty());
    const HttpResult r = api.post(base + QLatin1Char('/') + encoded(idOf(mailboxes[0])) + QStringLiteral("/exportToPst"), "{}");
    EXPECT_EQ(r.status, 500);
    EXPECT_TRUE(r.json()[QStringLiteral("message")].toString().contains(QStringLiteral("64-bit"))) << r.body.toStdString();
    const QJsonArray events = api.get(QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Events")).json()[QStringLiteral("results")].toArray();
    EXPECT_EQ(events.last()[QStringLiteral("status")].toString(), QStringLiteral("Failed"));
}

TEST(ActionFlags, MailConfiguredLetsSendsThroughAtOnce)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v6"), QStringLiteral("--mail-configured")});
    Api api(*emulator, QStringLiteral("v6"));
    EXPECT_EQ(api.get(QStringLiteral("VexEmailSettings")).json()[QStringLiteral("server")].toString(), QStringLiteral("smtp.example.com"));
    const QString session = idOf(api.explore(QStringLiteral("vex")));
    const QString base = QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Organization/Mailboxes");
    const QString mailbox = base + QLatin1Char('/') + encoded(idOf(api.get(base).json()[QStringLiteral("results")][0]));
    const QJsonArray items = api.get(mailbox + QStringLiteral("/Items")).json()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(items.isEmpty());
    const HttpResult sent = api.post(mailbox + QStringLiteral("/Items/sendToDefaultAddress"),
                                     compact(QJsonObject{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(items[0])}}}}}));
    EXPECT_EQ(sent.status, 200) << sent.body.toStdString();
    const QJsonArray messages = api.get(QStringLiteral("_emulator/Production")).json()[QStringLiteral("sentMessages")].toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0][QStringLiteral("from")].toString(), QStringLiteral("restores@example.com"));
}

// The seeds' own v2/v3 bodies (tests/data/seeds) under --strict on v5; only the ids of their OneDrives are
// replaced by the emulator's, which the examples could not know.
TEST(ActionSeeds, V5AcceptsTheSeedBodiesVerbatim)
{
    auto emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v5"), QStringLiteral("--strict"),
                                   QStringLiteral("--mail-configured")});
    Api api(*emulator, QStringLiteral("v5"));
    const DriveSession d = openOneDrives(api);
    ASSERT_GE(d.oneDrives.size(), 2);
    const QString drive = d.base + QLatin1Char('/') + encoded(idOf(d.oneDrives[0]));
    const QJsonArray folders = api.get(drive + QStringLiteral("/Folders?parentId=null")).json()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(folders.isEmpty());
    const QString folderAction = drive + QStringLiteral("/Folders/") + encoded(idOf(folders[0])) + QStringLiteral("/Action");
    const QByteArray seedTarget = "724011c3-a540-4684-b24f-3e2ab4ef6380df26ea7d-6468-4846-bdf5-4e88d871ed11";
    for (const char *fixture : {"seed001_v2_folder_restore.table.request.json", "seed001_v2_folder_example3_restore.request.json",
                                "seed001_v2_folder_sendto.table.request.json", "seed001_v2_folder_example1_sendto.request.json",
                                "seed001_v2_folder_copyto.table.request.json", "seed001_v2_folder_example4_copyto.request.json"}) {
        QByteArray body = seed(QString::fromLatin1(fixture));
        body.replace(seedTarget, idOf(d.oneDrives[1]).toLatin1());
        const HttpResult r = api.post(folderAction, body);
        EXPECT_EQ(r.status, 200) << fixture << ' ' << r.body.toStdString();
    }
    // Seed 000: the bulk restore with OneDrives as full objects.
    QByteArray bulk = seed(QStringLiteral("seed000_v3_onedrives_bulk_restore.request.json"));
    bulk.replace("b3184e77-b95b-45f7-96cc-180a20b61cbd8507931c-4561-4ddf-bc90-411aba44bb39", idOf(d.oneDrives[0]).toLatin1());
    bulk.replace(seedTarget, idOf(d.oneDrives[1]).toLatin1());
    const HttpResult r = api.post(d.base + QStringLiteral("/Action"), bulk);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json()[QStringLiteral("details")].toArray().size(), 2);

    // Seed 003: mailbox restore and restoreTo.
    const QString exchange = QStringLiteral("RestoreSessions/") + idOf(api.explore(QStringLiteral("vex"))) + QStringLiteral("/Organization/Mailboxes");
    const QString mailbox = exchange + QLatin1Char('/') + encoded(idOf(api.get(exchange).json()[QStringLiteral("results")][0]));
    for (const char *fixture : {"seed003_v3_mailbox_restore.table.request.json", "seed003_v3_mailbox_example2_restore.request.json",
                                "seed003_v3_mailbox_restoreto.table.request.json", "seed003_v3_mailbox_example3_restoreto.request.json"}) {
        const HttpResult m = api.post(mailbox + QStringLiteral("/Action"), seed(QString::fromLatin1(fixture)));
        EXPECT_EQ(m.status, 200) << fixture << ' ' << m.body.toStdString();
        EXPECT_TRUE(m.json().toObject().contains(QStringLiteral("createdItemsCount"))) << fixture;
    }
    const QJsonObject state = api.get(QStringLiteral("_emulator/Production")).json().toObject();
    EXPECT_FALSE(state[QStringLiteral("mailDeliveries")].toArray().isEmpty());
    EXPECT_EQ(state[QStringLiteral("sentMessages")].toArray().size(), 2);
}
