#include "bench_emulator.h"

#include "api/dialect.h"
#include "emulator_process.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace re::bench {

namespace {

constexpr qint64 kFourGiB = qint64(4) << 30;

// Sends dialect requests synchronously, the way ApiClient would put them on the wire.
class Wire
{
public:
    Wire(QUrl root, QString caCertificate) : m_root(std::move(root)), m_ca(std::move(caCertificate)) {}

    QNetworkRequest request(const RequestSpec &spec) const
    {
        QNetworkRequest r(spec.url(m_root));
        if (spec.authenticated)
            r.setRawHeader("Authorization", "Bearer " + token);
        if (!spec.contentType.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
        if (!m_ca.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(QSslCertificate::fromPath(m_ca));
            r.setSslConfiguration(tls);
        }
        return r;
    }

    Result<QJsonDocument, QString> send(const RequestSpec &spec)
    {
        QNetworkReply *reply = m_nam.sendCustomRequest(request(spec), spec.method, spec.body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (!spec.acceptedStatuses.contains(status))
            return unexpected(spec.describe() + u" answered %1: "_s.arg(status) + QString::fromUtf8(body.left(300)));
        return QJsonDocument::fromJson(body);
    }

    QUrl root() const { return m_root; }
    QByteArray token;

private:
    QUrl m_root;
    QString m_ca;
    QNetworkAccessManager m_nam;
};

Result<QList<QJsonObject>, QString> listAll(Wire &wire, const Dialect &dialect, ListQuery query)
{
    QList<QJsonObject> all;
    query.limit = 1000;
    for (int guard = 0; guard < 100; ++guard) {
        Result<QJsonDocument, QString> reply = wire.send(dialect.list(query));
        if (!reply)
            return unexpected(reply.error());
        Result<RawPage, ApiError> page = dialect.parsePage(*reply, query);
        if (!page)
            return unexpected(page.error().message);
        all += page->results;
        if (!page->hasMore)
            break;
        query.offset += page->results.size();
    }
    return all;
}

} // namespace

BenchEmulator::BenchEmulator() = default;
BenchEmulator::~BenchEmulator() = default;

Result<Target, QString> BenchEmulator::start(const QString &certPath, const QString &keyPath)
{
    QStringList arguments = {u"--api"_s, u"v8"_s, u"--tenant"_s, u"large"_s};
    if (!certPath.isEmpty())
        arguments << u"--cert"_s << certPath << u"--key"_s << keyPath;
    m_process = std::make_unique<re::test::EmulatorProcess>(
        re::test::EmulatorProcess::Options{arguments, false, 30000});
    if (!m_process->start())
        return unexpected(m_process->errorString());
    return findDocument(m_process->url(), m_process->user(), m_process->password(), certPath);
}

Result<Target, QString> BenchEmulator::findDocument(const QUrl &root, const QString &user, const QString &password,
                                                    const QString &certPath)
{
    const std::unique_ptr<Dialect> dialect = Dialect::create(ApiVersion::V8);
    Wire wire(root, certPath);
    Result<QJsonDocument, QString> token = wire.send(dialect->passwordGrant(user, password));
    if (!token)
        return unexpected(token.error());
    wire.token = token->object().value(u"access_token"_s).toString().toUtf8();

    ListQuery organizations;
    organizations.collection = Collection::Organizations;
    auto orgs = listAll(wire, *dialect, organizations);
    if (!orgs || orgs->isEmpty())
        return unexpected(orgs ? u"no organization"_s : orgs.error());
    ExploreOptions explore;
    explore.type = SessionType::OneDrive;
    auto session = wire.send(dialect->explore(orgs->constFirst().value(u"id"_s).toString(), explore));
    if (!session)
        return unexpected(session.error());
    const QString sessionId = session->object().value(u"id"_s).toString();

    ListQuery drives;
    drives.collection = Collection::OneDrives;
    drives.sessionId = sessionId;
    auto driveList = listAll(wire, *dialect, drives);
    if (!driveList || driveList->isEmpty())
        return unexpected(driveList ? u"no OneDrive"_s : driveList.error());
    const QString driveId = driveList->constFirst().value(u"id"_s).toString();

    // Breadth-first through the folders for the 4 GiB document.
    QStringList folders = {QString()};
    for (int visited = 0; !folders.isEmpty() && visited < 200; ++visited) {
        const QString folder = folders.takeFirst();
        ListQuery documents;
        documents.collection = Collection::OneDriveDocuments;
        documents.sessionId = sessionId;
        documents.containerId = driveId;
        documents.parentId = folder;
        auto docs = listAll(wire, *dialect, documents);
        if (!docs)
            return unexpected(docs.error());
        for (const QJsonObject &d : std::as_const(*docs)) {
            if (d.value(u"sizeBytes"_s).toInteger() != kFourGiB)
                continue;
            ActionTarget target;
            target.ref = {ResourceKind::OneDriveDocument, {}, sessionId, driveId, d.value(u"id"_s).toString(), {}};
            Result<RequestSpec, ApiError> save =
                dialect->actionRequest(target, ActionVerb::Save, QJsonObject{{u"asZip"_s, false}});
            if (!save)
                return unexpected(save.error().message);
            Target result;
            result.url = save->url(wire.root());
            result.method = save->method;
            result.body = save->body;
            result.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + wire.token});
            result.headers.append({QByteArrayLiteral("Content-Type"),
                                   save->contentType.isEmpty() ? QByteArrayLiteral("application/json") : save->contentType});
            result.caCertificate = certPath;
            return result;
        }
        ListQuery children;
        children.collection = Collection::OneDriveFolders;
        children.sessionId = sessionId;
        children.containerId = driveId;
        children.parentId = folder;
        auto sub = listAll(wire, *dialect, children);
        if (sub) {
            for (const QJsonObject &f : std::as_const(*sub))
                folders << f.value(u"id"_s).toString();
        }
    }
    return unexpected(u"the large tenant has no 4 GiB document in its first OneDrive"_s);
}

} // namespace re::bench
