// Every fault flag, the request log and TLS, each against a freshly started emulator.

#include "emulator_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QThread>

using namespace vb365emu::test;

namespace {

// A document download request of the demo tenant: (api, path of the document, its size).
struct DocumentRef
{
    QString path;
    qint64 size = 0;
};

DocumentRef someDocument(Api &api)
{
    const QString session = QStringLiteral("RestoreSessions/") + idOf(api.explore(QStringLiteral("veod")));
    const QJsonArray drives = api.get(session + QStringLiteral("/Organization/OneDrives")).json()[QStringLiteral("results")].toArray();
    for (const QJsonValue &drive : drives) {
        const QString drivePath = session + QStringLiteral("/Organization/OneDrives/") + encoded(idOf(drive));
        const QJsonArray documents = api.get(drivePath + QStringLiteral("/Documents?limit=100")).json()[QStringLiteral("results")].toArray();
        for (const QJsonValue &d : documents) {
            const qint64 size = d[QStringLiteral("sizeBytes")].toInteger();
            if (size > 10000 && size < 50 * 1024 * 1024)
                return {drivePath + QStringLiteral("/Documents/") + encoded(idOf(d)), size};
        }
    }
    ADD_FAILURE() << "no document between 10 kB and 50 MB in the demo tenant";
    return {};
}

HttpResult saveDocument(Api &api, const DocumentRef &document)
{
    return api.post(document.path + QStringLiteral("/save"), R"({"asZip": false})");
}

} // namespace

TEST(Faults, FailPatternAnswersStatusAndMessageOnlyWhereItMatches)
{
    auto emulator = startEmulator({QStringLiteral("--fail"), QStringLiteral("POST /v8/*/exportToPst=500:Outlook 64-bit is not installed"),
                                   QStringLiteral("--fail"), QStringLiteral("/v7/organizations=503")});
    Api v8(*emulator, QStringLiteral("v8"));
    const QString session = QStringLiteral("RestoreSessions/") + idOf(v8.explore(QStringLiteral("vex")));
    const HttpResult pst = v8.post(session + QStringLiteral("/organization/exportToPst"), {});
    EXPECT_EQ(pst.status, 500);
    EXPECT_EQ(pst.json()[QStringLiteral("message")].toString(), QStringLiteral("Outlook 64-bit is not installed"));
    EXPECT_EQ(v8.get(session + QStringLiteral("/organization")).status, 200);

    Api v7(*emulator, QStringLiteral("v7"));
    const HttpResult orgs = v7.get(QStringLiteral("Organizations"));
    EXPECT_EQ(orgs.status, 503);
    EXPECT_TRUE(orgs.body.isEmpty());
    EXPECT_EQ(v8.get(QStringLiteral("Organizations")).status, 200);
}

TEST(Faults, MalformedAnswers200WithBrokenJson)
{
    auto emulator = startEmulator({QStringLiteral("--malformed"), QStringLiteral("GET /v8/Organizations")});
    Api api(*emulator, QStringLiteral("v8"));
    const HttpResult r = api.get(QStringLiteral("Organizations"));
    EXPECT_EQ(r.status, 200);
    EXPECT_FALSE(r.body.isEmpty());
    EXPECT_TRUE(r.json().isUndefined()) << r.body.toStdString();
}

TEST(Faults, WrongShapeAnswers200WithJsonOfNoKnownField)
{
    auto emulator = startEmulator({QStringLiteral("--wrong-shape"), QStringLiteral("GET /v8/Organizations")});
    Api api(*emulator, QStringLiteral("v8"));
    const HttpResult r = api.get(QStringLiteral("Organizations"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().toObject(), QJsonObject({{QStringLiteral("unexpected"), true}})) << r.body.toStdString();
    EXPECT_EQ(api.get(QStringLiteral("RestoreSessions")).status, 200);
}

TEST(Faults, DropJsonCutsTheRealAnswerOffHalfway)
{
    auto emulator = startEmulator({QStringLiteral("--drop-json"), QStringLiteral("GET /v8/Organizations")});
    Api api(*emulator, QStringLiteral("v8"));
    const HttpResult r = api.get(QStringLiteral("Organizations"));
    EXPECT_TRUE(!r.networkError.isEmpty() || r.json().isUndefined()) << r.body.toStdString();
    const qint64 announced = r.header("Content-Length").toLongLong();
    EXPECT_LT(r.body.size(), std::max<qint64>(announced, 1));
    EXPECT_EQ(api.get(QStringLiteral("RestoreSessions")).status, 200);
}

TEST(Faults, DelayHoldsOnlyMatchingAnswers)
{
    auto emulator = startEmulator({QStringLiteral("--delay"), QStringLiteral("GET /v8/Organizations=2500")});
    Api api(*emulator, QStringLiteral("v8"));
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(api.get(QStringLiteral("Organizations")).status, 200);
    EXPECT_GE(timer.elapsed(), 2500);
    timer.restart();
    EXPECT_EQ(api.get(QStringLiteral("RestoreSessions")).status, 200);
    EXPECT_LT(timer.elapsed(), 2500);
}

TEST(Faults, DropAfterBreaksOnlyTheFirstDownloads)
{
    auto emulator = startEmulator({QStringLiteral("--drop-after"), QStringLiteral("1000"), QStringLiteral("--drop-count"), QStringLiteral("2")});
    Api api(*emulator, QStringLiteral("v8"));
    const DocumentRef document = someDocument(api);
    ASSERT_GT(document.size, 1000);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const HttpResult broken = saveDocument(api, document);
        EXPECT_TRUE(!broken.networkError.isEmpty() || broken.body.size() < document.size) << "attempt " << attempt;
        EXPECT_LE(broken.body.size(), 1000);
    }
    const HttpResult retry = saveDocument(api, document);
    EXPECT_EQ(retry.status, 200);
    EXPECT_EQ(retry.body.size(), document.size);
}

TEST(Faults, FirstByteDelayHoldsDownloadsOnly)
{
    auto emulator = startEmulator({QStringLiteral("--first-byte-delay-ms"), QStringLiteral("800")});
    Api api(*emulator, QStringLiteral("v6"));
    const DocumentRef document = someDocument(api);
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(api.get(QStringLiteral("Organizations")).status, 200);
    EXPECT_LT(timer.elapsed(), 700);
    timer.restart();
    EXPECT_EQ(saveDocument(api, document).status, 200);
    EXPECT_GE(timer.elapsed(), 800);
}

TEST(Faults, NoContentLengthEndsTheBodyByClosing)
{
    auto emulator = startEmulator({QStringLiteral("--no-content-length")});
    Api api(*emulator, QStringLiteral("v7"));
    const DocumentRef document = someDocument(api);
    const HttpResult r = saveDocument(api, document);
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.header("Content-Length").isEmpty());
    EXPECT_EQ(r.body.size(), document.size);
}

TEST(Faults, LatencyDelaysEveryAnswer)
{
    auto emulator = startEmulator({QStringLiteral("--latency-ms"), QStringLiteral("300")});
    HttpClient http(emulator->url());
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(http.get(QStringLiteral("/v8/Organizations")).status, 401);
    EXPECT_GE(timer.elapsed(), 300);
}

TEST(Faults, TokenLifetimeExpiresBearers)
{
    auto emulator = startEmulator({QStringLiteral("--token-lifetime"), QStringLiteral("1")});
    HttpClient http(emulator->url());
    const HttpResult token = http.postForm(QStringLiteral("/v8/Token"), "grant_type=password&username=helpdesk&password=demo");
    ASSERT_EQ(token.status, 200);
    EXPECT_EQ(token.json()[QStringLiteral("expires_in")].toInt(), 1);
    http.setBearer(token.json()[QStringLiteral("access_token")].toString());
    EXPECT_EQ(http.get(QStringLiteral("/v8/Organizations")).status, 200);
    QThread::msleep(1300);
    const HttpResult expired = http.get(QStringLiteral("/v8/Organizations"));
    EXPECT_EQ(expired.status, 401);
    EXPECT_FALSE(expired.json()[QStringLiteral("message")].toString().isEmpty());
    const HttpResult renewed = http.postForm(QStringLiteral("/v8/Token"), "grant_type=refresh_token&refresh_token="
                                                 + QUrl::toPercentEncoding(token.json()[QStringLiteral("refresh_token")].toString()));
    ASSERT_EQ(renewed.status, 200);
    http.setBearer(renewed.json()[QStringLiteral("access_token")].toString());
    EXPECT_EQ(http.get(QStringLiteral("/v8/Organizations")).status, 200);
}

TEST(Faults, CustomCredentials)
{
    auto emulator = startEmulator({QStringLiteral("--user"), QStringLiteral("ops"), QStringLiteral("--password"), QStringLiteral("s3cret pass")});
    EXPECT_EQ(emulator->user(), QStringLiteral("ops"));
    EXPECT_EQ(emulator->password(), QStringLiteral("s3cret pass"));
    HttpClient http(emulator->url());
    EXPECT_TRUE(http.login(QStringLiteral("v8"), QStringLiteral("ops"), QStringLiteral("s3cret pass")));
    EXPECT_FALSE(http.login(QStringLiteral("v8"), QStringLiteral("helpdesk"), QStringLiteral("demo")));
}

TEST(Faults, BadFlagsFailWithAClearMessage)
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("--api"), QStringLiteral("v9")},
                                         QStringList{QStringLiteral("--fail"), QStringLiteral("/v8/x")},
                                         QStringList{QStringLiteral("--tenant"), QStringLiteral("huge")},
                                         QStringList{QStringLiteral("--port"), QStringLiteral("70000")}}) {
        QProcess process;
        process.start(re::test::EmulatorProcess::executablePath(), arguments);
        ASSERT_TRUE(process.waitForFinished(10000));
        EXPECT_EQ(process.exitCode(), 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(process.readAllStandardError().trimmed().isEmpty());
    }
}

TEST(RequestLog, OneRedactedJsonLinePerRequest)
{
    auto emulator = startEmulator({QStringLiteral("--password"), QStringLiteral("Pa55word!")});
    Api api(*emulator, QStringLiteral("v6"));
    const QString session = idOf(api.explore(QStringLiteral("vex")));
    api.get(QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Organization/Mailboxes?limit=2&offset=0"));
    api.post(QStringLiteral("RestoreSessions/") + session + QStringLiteral("/Organization/Mailboxes/x/restore"),
             R"({"userName": "a@b.c", "userPassword": "Hunter2!", "nested": {"clientSecret": "zzz"}})");

    QFile file(emulator->logPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_FALSE(text.contains("Pa55word!"));
    EXPECT_FALSE(text.contains("Hunter2!"));
    EXPECT_FALSE(text.contains("zzz"));

    const QStringList lines = emulator->logLines();
    ASSERT_GE(lines.size(), 5); // token, organizations, explore, mailboxes, restore
    QList<QJsonObject> entries;
    for (const QString &line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        ASSERT_TRUE(doc.isObject()) << line.toStdString();
        entries.append(doc.object());
        for (const QString &key : {QStringLiteral("time"), QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("query"),
                                   QStringLiteral("body"), QStringLiteral("status")})
            EXPECT_TRUE(doc.object().contains(key)) << key.toStdString() << " missing in " << line.toStdString();
    }
    EXPECT_EQ(entries[0][QStringLiteral("path")].toString(), QStringLiteral("/v6/Token"));
    EXPECT_EQ(entries[0][QStringLiteral("body")][QStringLiteral("password")].toString(), QStringLiteral("***"));
    EXPECT_EQ(entries[0][QStringLiteral("body")][QStringLiteral("grant_type")].toString(), QStringLiteral("password"));
    const QJsonObject list = entries[3];
    EXPECT_EQ(list[QStringLiteral("method")].toString(), QStringLiteral("GET"));
    EXPECT_EQ(list[QStringLiteral("query")][QStringLiteral("limit")].toString(), QStringLiteral("2"));
    EXPECT_EQ(list[QStringLiteral("status")].toInt(), 200);
    const QJsonObject restore = entries[4];
    EXPECT_EQ(restore[QStringLiteral("body")][QStringLiteral("userPassword")].toString(), QStringLiteral("***"));
    EXPECT_EQ(restore[QStringLiteral("body")][QStringLiteral("nested")][QStringLiteral("clientSecret")].toString(), QStringLiteral("***"));
    EXPECT_EQ(restore[QStringLiteral("body")][QStringLiteral("userName")].toString(), QStringLiteral("a@b.c"));
    EXPECT_EQ(restore[QStringLiteral("status")].toInt(), 404);
}

TEST(Tls, ServesHttpsWithThePrintedFingerprint)
{
    auto emulator = startEmulator({QStringLiteral("--tls")});
    EXPECT_EQ(emulator->url().scheme(), QStringLiteral("https"));
    ASSERT_EQ(emulator->certificateSha256().size(), 64);
    Api pinned(*emulator, QStringLiteral("v8"));
    EXPECT_EQ(pinned.get(QStringLiteral("Organizations")).status, 200);

    HttpClient unpinned(emulator->url());
    const HttpResult refused = unpinned.get(QStringLiteral("/v8/Organizations"));
    EXPECT_EQ(refused.status, 0);
    EXPECT_TRUE(refused.networkFailed);
}

TEST(EmulatorProcessTest, ReportsWhyTheEmulatorDidNotStart)
{
    re::test::EmulatorProcess::Options options;
    options.arguments = {QStringLiteral("--api"), QStringLiteral("v9")};
    re::test::EmulatorProcess emulator(options);
    EXPECT_FALSE(emulator.start());
    EXPECT_TRUE(emulator.errorString().contains(QStringLiteral("--api"))) << emulator.errorString().toStdString();
}

TEST(Tls, UsesAGivenCertificateAndKey)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                              QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"), key,
                                              QStringLiteral("-out"), cert, QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    ASSERT_TRUE(openssl.waitForFinished(30000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();
    QFile pem(cert);
    ASSERT_TRUE(pem.open(QIODevice::ReadOnly));
    const QByteArray expected = QSslCertificate(pem.readAll(), QSsl::Pem).digest(QCryptographicHash::Sha256).toHex();

    auto emulator = startEmulator({QStringLiteral("--cert"), cert, QStringLiteral("--key"), key});
    EXPECT_EQ(emulator->certificateSha256().toLatin1(), expected);
    Api api(*emulator, QStringLiteral("v7"));
    EXPECT_EQ(api.get(QStringLiteral("Organizations")).status, 200);

    QProcess broken;
    broken.start(re::test::EmulatorProcess::executablePath(), {QStringLiteral("--cert"), key, QStringLiteral("--key"), key});
    ASSERT_TRUE(broken.waitForFinished(10000));
    EXPECT_NE(broken.exitCode(), 0);
    EXPECT_TRUE(broken.readAllStandardError().contains("certificate"));
}
