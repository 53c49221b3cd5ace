// The real server's leniency (api-reference §2.3, §13) and the --strict refusals the client's tests rely on.

#include "emulator_fixture.h"

#include <QTcpSocket>
#include <QTest>

using namespace vb365emu::test;

namespace {

struct Browsable
{
    QString sessionPath;
    QString mailboxPath;
    QString folderId;
};

// An Exchange session with the id of some folder whose id needs percent-encoding (contains + / =).
Browsable exchangeSession(Api &api, bool wantSpecialId)
{
    Browsable b;
    b.sessionPath = QStringLiteral("RestoreSessions/") + idOf(api.explore(QStringLiteral("vex")));
    const QString root = api.versionNumber() >= 7 ? QStringLiteral("root") : QStringLiteral("null");
    const QJsonArray mailboxes = api.get(b.sessionPath + QStringLiteral("/Organization/Mailboxes?limit=50")).json()[QStringLiteral("results")].toArray();
    for (const QJsonValue &mailbox : mailboxes) {
        const QString path = b.sessionPath + QStringLiteral("/Organization/Mailboxes/") + encoded(idOf(mailbox));
        const QJsonArray folders = api.get(path + QStringLiteral("/Folders?limit=1000")).json()[QStringLiteral("results")].toArray();
        for (const QJsonValue &folder : folders) {
            const QString id = idOf(folder);
            if (!wantSpecialId || id.contains(QLatin1Char('+')) || id.contains(QLatin1Char('/'))) {
                b.mailboxPath = path;
                b.folderId = id;
                return b;
            }
        }
        Q_UNUSED(root);
    }
    ADD_FAILURE() << "no folder id with + or / in the demo tenant";
    return b;
}

} // namespace

class Lenient : public ::testing::Test
{
protected:
    void SetUp() override { emulator = startEmulator({}); }
    std::unique_ptr<re::test::EmulatorProcess> emulator;
};

TEST_F(Lenient, PathsAreCaseInsensitiveAndTolerateTrailingSlash)
{
    Api api(*emulator, QStringLiteral("v8"));
    EXPECT_EQ(api.http.get(QStringLiteral("/V8/oRgAnIzAtIoNs/")).status, 200);
    const QString session = idOf(api.explore(QStringLiteral("vex")));
    EXPECT_EQ(api.http.get(QStringLiteral("/v8/restoresessions/") + session + QStringLiteral("/ORGANIZATION/mailboxes/")).status, 200);
}

TEST_F(Lenient, QueryNamesAreCaseInsensitiveAndBothRootSelectorsWork)
{
    Api api(*emulator, QStringLiteral("v7"));
    const Browsable b = exchangeSession(api, false);
    for (const QString &query : {QStringLiteral("PARENTID=root&LIMIT=1"), QStringLiteral("parentID=null&limit=1"),
                                 QStringLiteral("parentId=ROOT&Offset=0&Limit=1")}) {
        const HttpResult r = api.get(b.mailboxPath + QStringLiteral("/Folders?") + query);
        EXPECT_EQ(r.status, 200) << query.toStdString() << r.body.toStdString();
        EXPECT_EQ(r.json()[QStringLiteral("limit")].toInt(), 1) << query.toStdString();
    }
    // folderId still filters mail items on v7 when lenient.
    EXPECT_EQ(api.get(b.mailboxPath + QStringLiteral("/Items?folderId=") + encoded(b.folderId)).status, 200);
}

TEST_F(Lenient, QueryStringsAreFormDecodedSoIdsNeedPercentEncoding)
{
    Api api(*emulator, QStringLiteral("v6"));
    const Browsable b = exchangeSession(api, true);
    ASSERT_FALSE(b.folderId.isEmpty());
    // Percent-encoded: found. Raw `+` decodes to a space form-style (like ASP.NET), so the raw id is another id.
    EXPECT_EQ(api.get(b.mailboxPath + QStringLiteral("/Folders?parentId=") + encoded(b.folderId)).status, 200);
    EXPECT_EQ(api.get(b.mailboxPath + QStringLiteral("/Folders/") + encoded(b.folderId)).status, 200);
    if (b.folderId.contains(QLatin1Char('+'))) {
        QString raw = b.folderId;
        raw.replace(QLatin1Char('/'), QStringLiteral("%2F"));
        EXPECT_EQ(api.get(b.mailboxPath + QStringLiteral("/Folders?parentId=") + raw).status, 404);
    }
}

TEST_F(Lenient, JsonKeysAnyCaseStringBooleansTrailingCommas)
{
    Api api(*emulator, QStringLiteral("v5"));
    const QString organization = api.firstBackedUpOrganization();
    const QByteArray body = R"({ "EXPLORE": { "DateTime": "2026.01.02 03:04:05", "Type": "VEX", "showdeleted": "true", "ShowAllVersions": "false", }, })";
    const HttpResult r = api.post(QStringLiteral("Organizations/") + organization + QStringLiteral("/action"), body);
    EXPECT_EQ(r.status, 201) << r.body.toStdString();
    EXPECT_EQ(r.json()[QStringLiteral("type")].toString(), QStringLiteral("Vex"));
}

TEST_F(Lenient, NullActionOptionsAndNonJsonBodies)
{
    Api v5(*emulator, QStringLiteral("v5"));
    const QString session = idOf(v5.explore(QStringLiteral("vex")));
    const HttpResult broken = v5.post(QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Action"), "{ stop: nul");
    EXPECT_EQ(broken.status, 500);
    EXPECT_EQ(broken.json()[QStringLiteral("message")].toString(), QStringLiteral("JSON is not well-formed."));
    EXPECT_EQ(v5.post(QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Action"), R"({"Stop": null})").status, 200);
    EXPECT_EQ(v5.post(QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Action"), R"({"jump": null})").status, 400);

    Api v8(*emulator, QStringLiteral("v8"));
    const HttpResult brokenV8 = v8.post(QStringLiteral("Organizations/") + v8.firstBackedUpOrganization() + QStringLiteral("/explore"), "not json");
    EXPECT_EQ(brokenV8.status, 400);
    EXPECT_FALSE(brokenV8.json()[QStringLiteral("message")].toString().isEmpty());
}

TEST_F(Lenient, ActionEndpointsExistOnlyUnderV5)
{
    Api v6(*emulator, QStringLiteral("v6"));
    const QString organization = v6.firstBackedUpOrganization();
    EXPECT_EQ(v6.post(QStringLiteral("Organizations/") + organization + QStringLiteral("/Action"), R"({"explore": {"type": "vex"}})").status, 404);
    Api v5(*emulator, QStringLiteral("v5"));
    EXPECT_EQ(v5.post(QStringLiteral("Organizations/") + organization + QStringLiteral("/explore"), R"({"type": "vex"})").status, 404);
}

TEST_F(Lenient, ProbesAnswer401OnServedAnd404OnUnservedPrefixes)
{
    HttpClient anonymous(emulator->url());
    for (const QString &path : {QStringLiteral("/v8/ServiceInstance"), QStringLiteral("/v5/Organizations")}) {
        const HttpResult r = anonymous.get(path);
        EXPECT_EQ(r.status, 401) << path.toStdString();
        EXPECT_FALSE(r.json()[QStringLiteral("message")].toString().isEmpty());
    }
    EXPECT_EQ(anonymous.get(QStringLiteral("/v4/Organizations")).status, 404);
    HttpClient wrongToken(emulator->url());
    wrongToken.setBearer(QStringLiteral("not-a-token"));
    EXPECT_EQ(wrongToken.get(QStringLiteral("/v6/Organizations")).status, 401);

    auto onlyV6 = startEmulator({QStringLiteral("--api"), QStringLiteral("v6")});
    HttpClient probe(onlyV6->url());
    EXPECT_EQ(probe.get(QStringLiteral("/v8/ServiceInstance")).status, 404);
    EXPECT_EQ(probe.get(QStringLiteral("/v6/ServiceInstance")).status, 401);
}

TEST_F(Lenient, TokenGrantsAndBadCredentials)
{
    HttpClient http(emulator->url());
    const HttpResult bad = http.postForm(QStringLiteral("/v8/Token"), "grant_type=password&username=helpdesk&password=wrong");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_grant"));
    // JSON token requests are v6+.
    const HttpResult json = http.postJson(QStringLiteral("/v7/token"),
                                          R"({"grant_type": "password", "username": "helpdesk", "password": "demo", "disable_antiforgery_token": true})");
    ASSERT_EQ(json.status, 200) << json.body.toStdString();
    const QString refresh = json.json()[QStringLiteral("refresh_token")].toString();
    const QByteArray refreshForm = "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(refresh);
    const HttpResult renewed = http.postForm(QStringLiteral("/v7/Token"), refreshForm);
    EXPECT_EQ(renewed.status, 200);
    EXPECT_NE(renewed.json()[QStringLiteral("access_token")].toString(), json.json()[QStringLiteral("access_token")].toString());
    EXPECT_EQ(http.postForm(QStringLiteral("/v7/Token"), refreshForm).status, 400) << "refresh tokens are single-use";
}

TEST_F(Lenient, HeadRequestsGetNoBody)
{
    Api api(*emulator, QStringLiteral("v8"));
    const HttpResult r = api.http.head(QStringLiteral("/v8/Organizations"));
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.isEmpty());
    EXPECT_GT(r.header("Content-Length").toInt(), 0);
}

TEST_F(Lenient, PagingCapsAndValidatesLimits)
{
    Api api(*emulator, QStringLiteral("v6"));
    const QString session = idOf(api.explore(QStringLiteral("vex")));
    const QString mailboxes = QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Organization/Mailboxes");
    EXPECT_EQ(api.get(mailboxes).json()[QStringLiteral("limit")].toInt(), 30);
    EXPECT_EQ(api.get(mailboxes + QStringLiteral("?limit=20000")).json()[QStringLiteral("limit")].toInt(), 10000);
    EXPECT_EQ(api.get(mailboxes + QStringLiteral("?limit=abc")).status, 400);
    EXPECT_EQ(api.get(mailboxes + QStringLiteral("?offset=-1")).status, 400);
}

class Strict : public ::testing::Test
{
protected:
    void SetUp() override { emulator = startEmulator({QStringLiteral("--strict")}); }
    std::unique_ptr<re::test::EmulatorProcess> emulator;
};

TEST_F(Strict, DocumentedRequestsStillWork)
{
    for (const QString &prefix : {QStringLiteral("v5"), QStringLiteral("v6"), QStringLiteral("v7"), QStringLiteral("v8")}) {
        Api api(*emulator, prefix);
        const Browsable b = exchangeSession(api, false);
        const QString root = api.versionNumber() >= 7 ? QStringLiteral("root") : QStringLiteral("null");
        EXPECT_EQ(api.get(b.mailboxPath + QStringLiteral("/Folders?parentId=") + root + QStringLiteral("&offset=0&limit=5")).status, 200) << prefix.toStdString();
        const QString filter = api.versionNumber() >= 7 ? QStringLiteral("parentId") : QStringLiteral("folderId");
        EXPECT_EQ(api.get(b.mailboxPath + QStringLiteral("/Items?") + filter + QLatin1Char('=') + encoded(b.folderId)).status, 200) << prefix.toStdString();
    }
}

TEST_F(Strict, RefusesOtherDialectsSelectorsAndParameterNames)
{
    Api v7(*emulator, QStringLiteral("v7"));
    const Browsable b7 = exchangeSession(v7, false);
    EXPECT_EQ(v7.get(b7.mailboxPath + QStringLiteral("/Items?folderId=") + encoded(b7.folderId)).status, 400);
    EXPECT_EQ(v7.get(b7.mailboxPath + QStringLiteral("/Folders?parentId=null")).status, 400);
    EXPECT_EQ(v7.get(b7.mailboxPath + QStringLiteral("/Folders?ParentId=root")).status, 400);
    EXPECT_EQ(v7.get(b7.mailboxPath + QStringLiteral("/Folders?parentId=root&pageSize=3")).status, 400);

    Api v6(*emulator, QStringLiteral("v6"));
    const Browsable b6 = exchangeSession(v6, false);
    EXPECT_EQ(v6.get(b6.mailboxPath + QStringLiteral("/Folders?parentId=root")).status, 400);
    EXPECT_EQ(v6.get(b6.mailboxPath + QStringLiteral("/Items?parentId=") + encoded(b6.folderId)).status, 400);
}

TEST_F(Strict, RefusesUnknownOrMiscasedKeysStringBooleansAndTrailingCommas)
{
    Api v8(*emulator, QStringLiteral("v8"));
    const QString explore = QStringLiteral("Organizations/") + v8.firstBackedUpOrganization() + QStringLiteral("/explore");
    EXPECT_EQ(v8.post(explore, R"({"type": "Vex", "showDeleted": false})").status, 201);
    EXPECT_EQ(v8.post(explore, R"({"type": "Vex", "bogus": 1})").status, 400);
    EXPECT_EQ(v8.post(explore, R"({"Type": "Vex"})").status, 400);
    EXPECT_EQ(v8.post(explore, R"({"type": "vex"})").status, 400);
    EXPECT_EQ(v8.post(explore, R"({"type": "Vex", "showDeleted": "true"})").status, 400);
    EXPECT_EQ(v8.post(explore, R"({"type": "Vex",})").status, 400);

    Api v5(*emulator, QStringLiteral("v5"));
    const QString action = QStringLiteral("Organizations/") + v5.firstBackedUpOrganization() + QStringLiteral("/Action");
    EXPECT_EQ(v5.post(action, R"({"explore": {"datetime": "2026.01.02 03:04:05", "type": "vex"}})").status, 201);
    EXPECT_EQ(v5.post(action, R"({"explore": {"dateTime": "2026.01.02 03:04:05", "type": "vex"}})").status, 400);
    EXPECT_EQ(v5.post(action, R"({"explore": {"type": "Vex"}})").status, 400);
    EXPECT_EQ(v5.post(action, R"({"EXPLORE": {"type": "vex"}})").status, 400);
    const HttpResult jsonToken = v5.http.postJson(QStringLiteral("/v5/Token"), R"({"grant_type": "password", "username": "helpdesk", "password": "demo"})");
    EXPECT_EQ(jsonToken.status, 400) << "v5 takes form-encoded token requests only";
}

TEST_F(Lenient, OddInputGetsClearErrorsAndNeverStopsTheServer)
{
    Api api(*emulator, QStringLiteral("v8"));
    const QString session = QStringLiteral("RestoreSessions/") + idOf(api.explore(QStringLiteral("vex")));
    const QList<std::pair<QByteArray, QString>> requests{
        {"GET", QStringLiteral("/v8/") + session + QStringLiteral("/Organization/Mailboxes/%2F%2F/Folders?parentId=%2B")},
        {"GET", QStringLiteral("/v8/") + session + QStringLiteral("/Organization/Mailboxes?limit=99999999999999999999")},
        {"GET", QStringLiteral("/v8/RestoreSessions/") + QString(3000, QLatin1Char('x'))},
        {"POST", QStringLiteral("/v8/") + session + QStringLiteral("/organization/exportToPst")},
        {"POST", QStringLiteral("/v8/") + session + QStringLiteral("/Organization/Mailboxes/nope/items/Save")},
        {"DELETE", QStringLiteral("/v8/Organizations")},
        {"PATCH", QStringLiteral("/v8/")},
        {"GET", QStringLiteral("/")},
    };
    const QList<QByteArray> bodies{"", "[1,2,3]", "{\"items\": 5}", "{\"items\": [{}]}", "\xff\xfe{", "{\"enablePstSizeLimit\": true}"};
    for (const auto &[verb, path] : requests) {
        for (const QByteArray &body : bodies) {
            const HttpResult r = api.http.send(verb, path, body, "application/json");
            EXPECT_GE(r.status, 200) << verb.toStdString() << ' ' << path.left(80).toStdString();
            if (r.status >= 400 && !r.body.isEmpty()) {
                EXPECT_FALSE(r.json()[QStringLiteral("message")].toString().isEmpty()) << r.body.toStdString();
            }
        }
    }
    // Bytes no HTTP client library would send.
    for (const QByteArray &raw : {QByteArray("GET /v8/%ZZ/%%% HTTP/1.1\r\nHost: x\r\n\r\n"), QByteArray("NOT HTTP AT ALL\r\n\r\n"),
                                  QByteArray("POST /v8/Token HTTP/1.1\r\nContent-Length: 5\r\n\r\n\x00\x01\x02\x03\x04")}) {
        QTcpSocket socket;
        socket.connectToHost(emulator->url().host(), quint16(emulator->url().port()));
        ASSERT_TRUE(socket.waitForConnected(5000));
        socket.write(raw);
        socket.waitForReadyRead(2000);
        const QByteArray answer = socket.readAll();
        EXPECT_TRUE(answer.isEmpty() || answer.startsWith("HTTP/1.1 4")) << answer.left(100).toStdString();
    }
    EXPECT_EQ(api.get(QStringLiteral("Organizations")).status, 200);
}

TEST_F(Lenient, SessionListsFilterAndOrderLikeV8)
{
    Api api(*emulator, QStringLiteral("v8"));
    const QString first = idOf(api.explore(QStringLiteral("vex")));
    QTest::qWait(20);
    const QString second = idOf(api.explore(QStringLiteral("veod")));
    api.action(QStringLiteral("RestoreSessions/") + first, {}, QStringLiteral("Stop"));

    const auto ids = [&api](const QString &query) {
        QStringList list;
        for (const QJsonValue &s : api.get(QStringLiteral("RestoreSessions?") + query).json()[QStringLiteral("results")].toArray())
            list.append(idOf(s));
        return list;
    };
    EXPECT_EQ(ids(QStringLiteral("limit=10")), (QStringList{second, first}));
    EXPECT_EQ(ids(QStringLiteral("orderAsc=true")), (QStringList{first, second}));
    EXPECT_EQ(ids(QStringLiteral("orderBy=EndTime")), (QStringList{second, first})) << "running sessions sort as newest";
    EXPECT_EQ(ids(QStringLiteral("endTimeFrom=2000-01-01T00:00:00Z")), QStringList{first});
    EXPECT_EQ(ids(QStringLiteral("startTimeFrom=2999-01-01T00:00:00Z")), QStringList{});
    EXPECT_EQ(api.get(QStringLiteral("RestoreSessions?orderBy=Name")).status, 400);
    EXPECT_EQ(api.get(QStringLiteral("RestoreSessions?startTimeTo=yesterday")).status, 400);
}
