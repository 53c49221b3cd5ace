// One story per dialect: token → organizations → explore → browse every level with paging → every
// save/export → events → stop, over real loopback HTTP.

#include "emulator_fixture.h"

#include <QRegularExpression>

using namespace vb365emu::test;

namespace {

class DialectStory : public ::testing::TestWithParam<QString>
{
protected:
    void SetUp() override { emulator = startEmulator({QStringLiteral("--api"), QStringLiteral("v5,v6,v7,v8")}); }
    std::unique_ptr<re::test::EmulatorProcess> emulator;
};

QByteArray head(const HttpResult &r, int n) { return r.body.left(n); }

bool looksLikeZip(const QByteArray &bytes)
{
    // A real archive: local header first, end-of-central-directory record near the end.
    return bytes.startsWith("PK\x03\x04") && bytes.right(1024).contains(QByteArray("PK\x05\x06", 4));
}

void expectDownload(const HttpResult &r)
{
    EXPECT_EQ(r.status, 200) << r.body.left(300).toStdString();
    EXPECT_EQ(r.header("Content-Type"), "application/octet-stream");
    EXPECT_EQ(r.header("Content-Length").toLongLong(), r.body.size());
}

// Walks a mail folder tree from the top level; returns a folder that holds items, or an empty string.
QString folderWithItems(Api &api, const QString &mailboxPath, const QString &itemFilter, int depth = 0,
                        const QString &parent = {})
{
    const QString selector = parent.isEmpty() ? (api.versionNumber() >= 7 ? QStringLiteral("root") : QStringLiteral("null"))
                                              : encoded(parent);
    const QJsonArray folders = collectAllPages(api, mailboxPath + QStringLiteral("/Folders?parentId=") + selector + QStringLiteral("&limit=3"), 3);
    for (const QJsonValue &folder : folders) {
        const HttpResult items = api.get(mailboxPath + QStringLiteral("/Items?") + itemFilter + QLatin1Char('=') + encoded(idOf(folder)) + QStringLiteral("&limit=1"));
        EXPECT_EQ(items.status, 200) << items.body.toStdString();
        if (!items.json()[QStringLiteral("results")].toArray().isEmpty())
            return idOf(folder);
        if (depth < 3) {
            const QString nested = folderWithItems(api, mailboxPath, itemFilter, depth + 1, idOf(folder));
            if (!nested.isEmpty())
                return nested;
        }
    }
    return {};
}

} // namespace

TEST_P(DialectStory, ExchangeFromTokenToStop)
{
    Api api(*emulator, GetParam());
    const int v = api.versionNumber();

    // Token dates: RFC 1123 from OWIN (v5), ISO 8601 from v6.
    const HttpResult token = api.http.postForm(api.path(QStringLiteral("Token")),
                                               "grant_type=password&username=" + emulator->user().toUtf8() + "&password="
                                                   + emulator->password().toUtf8());
    ASSERT_EQ(token.status, 200);
    const QJsonObject grant = token.json().toObject();
    EXPECT_EQ(grant[QStringLiteral("token_type")].toString(), QStringLiteral("bearer"));
    EXPECT_EQ(grant[QStringLiteral("expires_in")].toInt(), 3600);
    EXPECT_FALSE(grant[QStringLiteral("refresh_token")].toString().isEmpty());
    const QString issued = grant[QStringLiteral(".issued")].toString();
    if (api.isV5())
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$")).match(issued).hasMatch()) << issued.toStdString();
    else
        EXPECT_TRUE(QDateTime::fromString(issued, Qt::ISODate).isValid()) << issued.toStdString();

    // Organizations: a bare array up to v7, a page in v8.
    const HttpResult organizations = api.get(QStringLiteral("Organizations"));
    ASSERT_EQ(organizations.status, 200);
    EXPECT_EQ(organizations.json().isArray(), v < 8);

    const QJsonObject session = api.explore(QStringLiteral("vex"));
    const QString sessionId = idOf(session);
    ASSERT_FALSE(sessionId.isEmpty());
    EXPECT_EQ(session[QStringLiteral("type")].toString(), QStringLiteral("Vex"));
    EXPECT_EQ(session[QStringLiteral("state")].toString(), QStringLiteral("Working"));
    EXPECT_FALSE(session.contains(QStringLiteral("endTime")));
    const QString selfHref = session[QStringLiteral("_links")][QStringLiteral("self")][QStringLiteral("href")].toString();
    if (api.isV5())
        EXPECT_TRUE(selfHref.startsWith(emulator->url().toString() + QStringLiteral("/v5/restoresessions/"))) << selfHref.toStdString();
    else
        EXPECT_TRUE(selfHref.startsWith(QStringLiteral("/v%1/RestoreSessions/").arg(v))) << selfHref.toStdString();
    EXPECT_EQ(api.follow(selfHref).json()[QStringLiteral("id")].toString(), sessionId);

    const QString base = QStringLiteral("RestoreSessions/") + sessionId;
    const QJsonArray sessions = collectAllPages(api, QStringLiteral("RestoreSessions?limit=1"), 1);
    EXPECT_TRUE(std::any_of(sessions.begin(), sessions.end(), [&](const QJsonValue &s) { return idOf(s) == sessionId; }));

    const HttpResult organization = api.get(base + QStringLiteral("/Organization"));
    ASSERT_EQ(organization.status, 200);
    EXPECT_TRUE(organization.json()[QStringLiteral("_links")].toObject().contains(QStringLiteral("mailboxes")));
    if (api.isV5()) // seed 004; the v6+ schema has no _actions on this resource
        EXPECT_TRUE(organization.json()[QStringLiteral("_actions")].toObject().contains(QStringLiteral("exporttoPst")));
    else
        EXPECT_EQ(organization.json()[QStringLiteral("type")].toString(), QStringLiteral("Office365"));

    const QJsonArray mailboxes = collectAllPages(api, base + QStringLiteral("/Organization/Mailboxes?limit=2"), 2);
    ASSERT_FALSE(mailboxes.isEmpty());
    const QString mailboxPath = base + QStringLiteral("/Organization/Mailboxes/") + encoded(idOf(mailboxes[0]));
    EXPECT_EQ(api.get(mailboxPath).json()[QStringLiteral("email")].toString(), mailboxes[0][QStringLiteral("email")].toString());

    // Nested folders: top level via null/root, children via parentId=<id>.
    const QString itemFilter = v >= 7 ? QStringLiteral("parentId") : QStringLiteral("folderId");
    const QString folderId = folderWithItems(api, mailboxPath, itemFilter);
    ASSERT_FALSE(folderId.isEmpty()) << "no folder with items in the first mailbox";
    const HttpResult folder = api.get(mailboxPath + QStringLiteral("/Folders/") + encoded(folderId));
    ASSERT_EQ(folder.status, 200);
    EXPECT_EQ(idOf(folder.json()), folderId);

    const QJsonArray items = collectAllPages(api, mailboxPath + QStringLiteral("/Items?") + itemFilter + QLatin1Char('=') + encoded(folderId) + QStringLiteral("&limit=2"), 2);
    ASSERT_FALSE(items.isEmpty());
    const QString itemPath = mailboxPath + QStringLiteral("/Items/") + encoded(idOf(items[0]));
    const HttpResult item = api.get(itemPath);
    ASSERT_EQ(item.status, 200);
    EXPECT_FALSE(item.json()[QStringLiteral("itemClass")].toString().isEmpty());

    // Downloads: .msg (OLE), PST for item, items, folder, mailbox and organization.
    const HttpResult msg = api.action(itemPath, QStringLiteral("savetoMsg"), QStringLiteral("save"));
    expectDownload(msg);
    EXPECT_EQ(head(msg, 4), QByteArray::fromHex("d0cf11e0"));
    for (const auto &[resource, options] :
         {std::pair{itemPath, QJsonObject{}},
          std::pair{mailboxPath + QStringLiteral("/Items"), QJsonObject{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(items[0])}}}}}},
          std::pair{mailboxPath + QStringLiteral("/Folders/") + encoded(folderId), QJsonObject{}},
          std::pair{mailboxPath, QJsonObject{}},
          std::pair{base + QStringLiteral("/Organization"), QJsonObject{}}}) {
        const HttpResult pst = api.action(resource, QStringLiteral("exporttoPst"), QStringLiteral("exportToPst"), options);
        expectDownload(pst);
        EXPECT_EQ(head(pst, 4), QByteArray("!BDN")) << resource.toStdString();
    }
    const HttpResult msgs = api.action(mailboxPath + QStringLiteral("/Items"), QStringLiteral("savetoMsg"), QStringLiteral("Save"),
                                       QJsonObject{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(items[0])}}}}});
    expectDownload(msgs);

    const QJsonArray events = collectAllPages(api, base + QStringLiteral("/Events?limit=2"), 2);
    ASSERT_GE(events.size(), 7);
    EXPECT_EQ(events[0][QStringLiteral("title")].toString(), QStringLiteral("Restore session started"));

    const HttpResult stop = api.action(base, QStringLiteral("stop"), QStringLiteral("Stop"));
    EXPECT_EQ(stop.status, v == 8 ? 204 : 200);
    EXPECT_TRUE(stop.body.isEmpty());
    const QJsonObject stopped = api.get(base).json().toObject();
    EXPECT_EQ(stopped[QStringLiteral("state")].toString(), QStringLiteral("Stopped"));
    EXPECT_TRUE(stopped.contains(QStringLiteral("endTime")));
    EXPECT_EQ(api.get(base + QStringLiteral("/Organization/Mailboxes")).status, 500);
}

TEST_P(DialectStory, OneDriveBrowseAndSaves)
{
    Api api(*emulator, GetParam());
    const int v = api.versionNumber();
    const QString sessionId = idOf(api.explore(QStringLiteral("veod"), false, true));
    ASSERT_FALSE(sessionId.isEmpty());
    const QString base = QStringLiteral("RestoreSessions/") + sessionId;
    EXPECT_TRUE(api.get(base + QStringLiteral("/Organization")).json()[QStringLiteral("_links")].toObject().contains(QStringLiteral("oneDrives")));

    const QJsonArray drives = collectAllPages(api, base + QStringLiteral("/Organization/OneDrives?limit=2"), 2);
    ASSERT_FALSE(drives.isEmpty());
    const QString drivePath = base + QStringLiteral("/Organization/OneDrives/") + encoded(idOf(drives[0]));
    EXPECT_EQ(api.get(drivePath).status, 200);

    const QString root = v >= 7 ? QStringLiteral("root") : QStringLiteral("null");
    const QJsonArray folders = collectAllPages(api, drivePath + QStringLiteral("/Folders?parentId=") + root + QStringLiteral("&limit=2"), 2);
    ASSERT_FALSE(folders.isEmpty());
    const QJsonArray rootDocuments = collectAllPages(api, drivePath + QStringLiteral("/Documents?parentId=") + root + QStringLiteral("&limit=2"), 2);

    // Find a folder with documents below the top level.
    QString folderId;
    QJsonArray documents;
    for (const QJsonValue &f : folders) {
        documents = collectAllPages(api, drivePath + QStringLiteral("/Documents?parentId=") + encoded(idOf(f)) + QStringLiteral("&limit=2"), 2);
        if (!documents.isEmpty()) {
            folderId = idOf(f);
            break;
        }
    }
    ASSERT_FALSE(folderId.isEmpty());
    const HttpResult folder = api.get(drivePath + QStringLiteral("/Folders/") + encoded(folderId));
    ASSERT_EQ(folder.status, 200);
    EXPECT_EQ(folder.json()[QStringLiteral("isFolder")].isUndefined(), v < 7);

    if (v >= 7) {
        const QJsonArray mixed = collectAllPages(api, drivePath + QStringLiteral("/Documents?parentId=") + root + QStringLiteral("&includeFolders=true&limit=3"), 3);
        EXPECT_EQ(mixed.size(), folders.size() + rootDocuments.size());
    }

    const QJsonObject document = documents[0].toObject();
    const QString documentPath = drivePath + QStringLiteral("/Documents/") + encoded(idOf(document));
    EXPECT_EQ(api.get(documentPath).json()[QStringLiteral("sizeBytes")].toInteger(), document[QStringLiteral("sizeBytes")].toInteger());

    const HttpResult raw = api.action(documentPath, QStringLiteral("save"), QStringLiteral("save"),
                                      QJsonObject{{QStringLiteral("asZip"), false}});
    expectDownload(raw);
    EXPECT_EQ(raw.body.size(), document[QStringLiteral("sizeBytes")].toInteger());
    const HttpResult zipped = api.action(documentPath, QStringLiteral("save"), QStringLiteral("save"),
                                         QJsonObject{{QStringLiteral("asZip"), true}});
    expectDownload(zipped);
    EXPECT_TRUE(looksLikeZip(zipped.body));

    const QJsonArray documentIds{QJsonObject{{QStringLiteral("id"), idOf(document)}}};
    for (const auto &[resource, options] :
         {std::pair{drivePath + QStringLiteral("/Folders/") + encoded(folderId), QJsonObject{}},
          std::pair{drivePath + QStringLiteral("/Folders"), QJsonObject{{QStringLiteral("folders"), QJsonArray{QJsonObject{{QStringLiteral("id"), folderId}}}}}},
          std::pair{drivePath + QStringLiteral("/Documents"), QJsonObject{{QStringLiteral("documents"), documentIds}}},
          std::pair{drivePath, QJsonObject{}}}) {
        const HttpResult zip = api.action(resource, QStringLiteral("save"), QStringLiteral("save"), options);
        expectDownload(zip);
        EXPECT_TRUE(looksLikeZip(zip.body)) << resource.toStdString();
    }

    if (v >= 6) {
        // Versions: previous versions of some document, each retrievable and downloadable.
        bool sawVersion = false;
        for (const QJsonValue &d : documents) {
            const QJsonArray versions = collectAllPages(api, drivePath + QStringLiteral("/Documents/") + encoded(idOf(d)) + QStringLiteral("/Versions?limit=1"), 1);
            if (versions.isEmpty())
                continue;
            sawVersion = true;
            const QString versionPath = drivePath + QStringLiteral("/Documents/") + encoded(idOf(d)) + QStringLiteral("/Versions/")
                                        + QString::number(versions[0][QStringLiteral("versionId")].toInt());
            const HttpResult version = api.get(versionPath);
            ASSERT_EQ(version.status, 200);
            const HttpResult bytes = api.post(versionPath + QStringLiteral("/save"), "{\"asZip\": false}");
            expectDownload(bytes);
            EXPECT_EQ(bytes.body.size(), version.json()[QStringLiteral("sizeBytes")].toInteger());
            break;
        }
        EXPECT_TRUE(sawVersion) << "no document with previous versions in the first folder";
    } else {
        EXPECT_EQ(api.get(documentPath + QStringLiteral("/Versions")).status, 404) << "v5 has no versions resource";
    }

    const HttpResult stop = api.action(base, QStringLiteral("stop"), QStringLiteral("Stop"));
    EXPECT_EQ(stop.status, v == 8 ? 204 : 200);
}

TEST_P(DialectStory, AllSessionTypesCanBeExplored)
{
    Api api(*emulator, GetParam());
    for (const QString &type : {QStringLiteral("vex"), QStringLiteral("veod"), QStringLiteral("vesp"), QStringLiteral("vet")}) {
        const QJsonObject session = api.explore(type);
        EXPECT_EQ(session[QStringLiteral("type")].toString().toLower(), type);
    }
}

INSTANTIATE_TEST_SUITE_P(Dialects, DialectStory,
                         ::testing::Values(QStringLiteral("v5"), QStringLiteral("v6"), QStringLiteral("v7"), QStringLiteral("v8")),
                         [](const ::testing::TestParamInfo<QString> &param) { return param.param.toStdString(); });
