// End to end: the requests the dialects build, sent as they are to `vb365-emulator --strict` (an
// independent server implementation that refuses anything but the served version's documented
// spelling), and the replies parsed by parsePage and the resources. One run per API version.

#include "api/dialect.h"
#include "emulator_process.h"
#include "qt_printers.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "resources/organization.h"
#include "resources/parsing.h"
#include "resources/restoresession.h"
#include "wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>

#include <gtest/gtest.h>

using namespace re;

namespace {

ListQuery listOf(Collection collection, const QString &sessionId = {},
    const QString &containerId = {}, const QString &parentId = {})
{
    ListQuery query;
    query.collection = collection;
    query.sessionId = sessionId;
    query.containerId = containerId;
    query.parentId = parentId;
    return query;
}

ResourceRef refTo(ResourceKind kind, const QString &sessionId, const QString &containerId = {},
    const QString &id = {}, const QString &versionId = {})
{
    ResourceRef ref;
    ref.kind = kind;
    ref.sessionId = sessionId;
    ref.containerId = containerId;
    ref.id = id;
    ref.versionId = versionId;
    return ref;
}

ActionTarget on(const ResourceRef &ref)
{
    ActionTarget target;
    target.ref = ref;
    return target;
}

ActionTarget selectionOf(const ResourceRef &ref, const QStringList &ids, Collection kind)
{
    ActionTarget target = on(ref);
    target.selectedIds = ids;
    target.selectionKind = kind;
    return target;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

class DialectAgainstEmulator : public ::testing::TestWithParam<ApiVersion>
{
protected:
    void SetUp() override
    {
        emulator = std::make_unique<test::EmulatorProcess>(test::EmulatorProcess::Options {
            {QStringLiteral("--api"), toString(GetParam()), QStringLiteral("--strict")}, false,
            15000});
        ASSERT_TRUE(emulator->start()) << emulator->errorString().toStdString();
        dialect = Dialect::create(GetParam());
        const Reply token = send(dialect->passwordGrant(emulator->user(), emulator->password()));
        ASSERT_EQ(token.status, 200) << token.body.toStdString();
        accessToken = token.json().object().value(u"access_token").toString();
        ASSERT_FALSE(accessToken.isEmpty());
    }

    // Sends the spec exactly as ApiClient would (URL from RequestSpec::url, bearer when
    // authenticated) and checks the status is one the spec accepts.
    Reply send(const RequestSpec &spec)
    {
        QNetworkRequest request(spec.url(emulator->url()));
        if (spec.authenticated)
            request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
        if (!spec.contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
        request.setRawHeader("Accept",
            spec.response == ResponseKind::Stream ? "application/octet-stream"
                                                  : "application/json");
        QNetworkReply *reply = nam.sendCustomRequest(request, spec.method, spec.body);
        const bool finished = test::waitUntil([reply] { return reply->isFinished(); }, 30000);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        reply->deleteLater();
        EXPECT_TRUE(finished) << spec.describe().toStdString();
        EXPECT_TRUE(spec.acceptedStatuses.contains(result.status))
            << spec.describe().toStdString() << " answered " << result.status << ": "
            << result.body.left(300).toStdString();
        return result;
    }

    // Lists every page of a collection (small pages, so paging is exercised) and parses the rows.
    template <typename T>
    QList<T> listAll(ListQuery query, qint64 pageSize = 3, int maxPages = 50)
    {
        QList<T> all;
        query.limit = pageSize;
        for (int i = 0; i < maxPages; ++i) {
            const Reply reply = send(dialect->list(query));
            const auto page = dialect->parsePage(reply.json(), query);
            EXPECT_TRUE(page.hasValue()) << (page ? "" : page.error().message.toStdString());
            if (!page)
                break;
            const ParsedRows<T> rows = parseRows<T>(page->results);
            EXPECT_TRUE(rows.errors.isEmpty()) << rows.errors.join(u'\n').toStdString();
            all += rows.rows;
            if (!page->hasMore)
                break;
            query.offset += page->results.size();
        }
        return all;
    }

    RestoreSession explore(const QString &organizationId, SessionType type)
    {
        ExploreOptions options;
        options.type = type;
        const Reply reply = send(dialect->explore(organizationId, options));
        auto session = RestoreSession::fromJson(reply.json().object());
        EXPECT_TRUE(session.hasValue()) << reply.body.toStdString();
        return session.valueOr(RestoreSession {});
    }

    std::unique_ptr<test::EmulatorProcess> emulator;
    std::unique_ptr<Dialect> dialect;
    QString accessToken;
    QNetworkAccessManager nam;
};

TEST_P(DialectAgainstEmulator, ExchangeSessionFromExploreToStop)
{
    const QList<Organization> organizations
        = listAll<Organization>(listOf(Collection::Organizations));
    ASSERT_FALSE(organizations.isEmpty());
    const RestoreSession session = explore(organizations.constFirst().id, SessionType::Exchange);
    ASSERT_FALSE(session.id.isEmpty());
    EXPECT_EQ(session.type, SessionType::Exchange);

    const Reply root = send(dialect->get(refTo(ResourceKind::SessionOrganization, session.id)));
    EXPECT_TRUE(SessionOrganization::fromJson(root.json().object()).hasValue());

    const QList<Mailbox> mailboxes = listAll<Mailbox>(listOf(Collection::Mailboxes, session.id));
    ASSERT_GE(mailboxes.size(), 2);
    QSet<QString> unique;
    for (const Mailbox &m : mailboxes)
        unique.insert(m.id);
    EXPECT_EQ(unique.size(), mailboxes.size()) << "paging returned a row twice";

    // Find a folder with items: top level first, then one level down.
    const Mailbox &mailbox = mailboxes.constFirst();
    QList<MailFolder> folders
        = listAll<MailFolder>(listOf(Collection::MailFolders, session.id, mailbox.id));
    ASSERT_FALSE(folders.isEmpty());
    for (const MailFolder &top : QList<MailFolder>(folders))
        folders
            += listAll<MailFolder>(listOf(Collection::MailFolders, session.id, mailbox.id, top.id));
    QList<MailItem> items;
    for (const MailFolder &folder : std::as_const(folders)) {
        items = listAll<MailItem>(
            listOf(Collection::MailItems, session.id, mailbox.id, folder.id), 5, 2);
        if (!items.isEmpty())
            break;
    }
    ASSERT_FALSE(items.isEmpty()) << "no folder of " << mailbox.name.toStdString() << " has items";

    const MailItem &item = items.constFirst();
    const Reply one
        = send(dialect->get(refTo(ResourceKind::MailItem, session.id, mailbox.id, item.id)));
    const auto parsed = MailItem::fromJson(one.json().object());
    ASSERT_TRUE(parsed.hasValue());
    EXPECT_EQ(parsed->id, item.id);

    const Reply msg
        = send(dialect->action(on(refTo(ResourceKind::MailItem, session.id, mailbox.id, item.id)),
            ActionVerb::SaveToMsg, {}));
    EXPECT_TRUE(msg.body.startsWith(QByteArray::fromHex("d0cf11e0"))) << "an OLE/.msg file";

    const ActionTarget selection = selectionOf(
        refTo(ResourceKind::Mailbox, session.id, mailbox.id), {item.id}, Collection::MailItems);
    const Reply pst = send(dialect->action(selection, ActionVerb::ExportToPst, {}));
    EXPECT_TRUE(pst.body.startsWith("!BDN") || pst.body.startsWith("PK\x03\x04"))
        << "a PST (or ZIP of parts)";

    const Reply folderPst = send(dialect->action(
        on(refTo(ResourceKind::MailFolder, session.id, mailbox.id, folders.constFirst().id)),
        ActionVerb::ExportToPst, {{QStringLiteral("contentKeyword"), QStringLiteral("report")}}));
    EXPECT_FALSE(folderPst.body.isEmpty());

    const QList<SessionEvent> events
        = listAll<SessionEvent>(listOf(Collection::SessionEvents, session.id));
    EXPECT_FALSE(events.isEmpty());

    send(dialect->stopSession(session.id));
    const Reply stopped = send(dialect->get(refTo(ResourceKind::RestoreSession, session.id)));
    const auto after = RestoreSession::fromJson(stopped.json().object());
    ASSERT_TRUE(after.hasValue());
    EXPECT_EQ(after->state, SessionState::Stopped);
    EXPECT_TRUE(after->endTime.has_value());

    const QList<RestoreSession> sessions
        = listAll<RestoreSession>(listOf(Collection::RestoreSessions));
    EXPECT_TRUE(std::any_of(sessions.cbegin(), sessions.cend(),
        [&](const RestoreSession &s) { return s.id == session.id; }));
}

TEST_P(DialectAgainstEmulator, OneDriveSessionBrowseAndSave)
{
    const QList<Organization> organizations
        = listAll<Organization>(listOf(Collection::Organizations));
    ASSERT_FALSE(organizations.isEmpty());
    const RestoreSession session = explore(organizations.constFirst().id, SessionType::OneDrive);
    ASSERT_FALSE(session.id.isEmpty());

    const QList<OneDrive> drives = listAll<OneDrive>(listOf(Collection::OneDrives, session.id));
    ASSERT_FALSE(drives.isEmpty());
    const OneDrive &drive = drives.constFirst();
    const QList<OneDriveFolder> folders
        = listAll<OneDriveFolder>(listOf(Collection::OneDriveFolders, session.id, drive.id));
    QList<OneDriveDocument> documents
        = listAll<OneDriveDocument>(listOf(Collection::OneDriveDocuments, session.id, drive.id));
    for (const OneDriveFolder &folder : folders) {
        if (!documents.isEmpty())
            break;
        documents = listAll<OneDriveDocument>(
            listOf(Collection::OneDriveDocuments, session.id, drive.id, folder.id));
    }
    ASSERT_FALSE(documents.isEmpty());
    const OneDriveDocument &document = documents.constFirst();
    EXPECT_GE(document.sizeBytes, 0);

    const Reply file = send(dialect->action(
        on(refTo(ResourceKind::OneDriveDocument, session.id, drive.id, document.id)),
        ActionVerb::Save, {{QStringLiteral("asZip"), false}}));
    EXPECT_EQ(file.body.size(), document.sizeBytes) << "the plain file";

    const ActionTarget selection = selectionOf(refTo(ResourceKind::OneDrive, session.id, drive.id),
        {document.id}, Collection::OneDriveDocuments);
    EXPECT_TRUE(
        send(dialect->action(selection, ActionVerb::Save, {})).body.startsWith("PK\x03\x04"));
    EXPECT_TRUE(send(dialect->action(on(refTo(ResourceKind::OneDrive, session.id, drive.id)),
                         ActionVerb::Save, {}))
                    .body.startsWith("PK\x03\x04"));

    if (dialect->supports(Collection::DocumentVersions)) {
        const QList<DocumentVersion> versions = listAll<DocumentVersion>(
            listOf(Collection::DocumentVersions, session.id, drive.id, document.id));
        for (const DocumentVersion &v : versions) {
            EXPECT_EQ(v.documentId, document.id);
            const Reply old = send(dialect->get(refTo(ResourceKind::DocumentVersion, session.id,
                drive.id, document.id, QString::number(v.versionId))));
            EXPECT_TRUE(DocumentVersion::fromJson(old.json().object()).hasValue());
        }
    }
    send(dialect->stopSession(session.id));
}

INSTANTIATE_TEST_SUITE_P(Versions, DialectAgainstEmulator,
    ::testing::Values(ApiVersion::V5, ApiVersion::V6, ApiVersion::V7, ApiVersion::V8),
    [](const ::testing::TestParamInfo<ApiVersion> &param) {
        return toString(param.param).toStdString();
    });

} // namespace
