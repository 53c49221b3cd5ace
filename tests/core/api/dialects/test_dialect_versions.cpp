// Method, path, query, body and statuses per version for the operations where the versions differ,
// and the version table behind supports().

#include "operations.h"
#include "qt_printers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace re;
using namespace Qt::StringLiterals;
using namespace re::test;

namespace {

std::unique_ptr<Dialect> dialect(ApiVersion v)
{
    return Dialect::create(v);
}

QString queryValue(const RequestSpec &spec, const QString &name)
{
    for (const auto &[key, value] : spec.query) {
        if (key == name)
            return value;
    }
    return QStringLiteral("<absent>");
}

QJsonObject bodyOf(const RequestSpec &spec)
{
    return QJsonDocument::fromJson(spec.body).object();
}

QString path(const RequestSpec &spec)
{
    return u'/' + spec.pathSegments.join(u'/');
}

ListQuery query(Collection c, const QString &parent = {})
{
    ListQuery q;
    q.collection = c;
    q.sessionId = QStringLiteral("s");
    q.containerId = QStringLiteral("c");
    q.parentId = parent;
    return q;
}

TEST(DialectFactory, CreatesEachVersion)
{
    for (ApiVersion v : kVersionsNewestFirst)
        EXPECT_EQ(Dialect::create(v)->version(), v);
}

TEST(DialectVersions, RootFolderSelectorIsNullUpToV6AndRootFromV7)
{
    for (Collection c :
        {Collection::MailFolders, Collection::OneDriveFolders, Collection::OneDriveDocuments}) {
        EXPECT_EQ(queryValue(dialect(ApiVersion::V5)->list(query(c)), QStringLiteral("parentId")),
            u"null");
        EXPECT_EQ(queryValue(dialect(ApiVersion::V6)->list(query(c)), QStringLiteral("parentId")),
            u"null");
        EXPECT_EQ(queryValue(dialect(ApiVersion::V7)->list(query(c)), QStringLiteral("parentId")),
            u"root");
        EXPECT_EQ(queryValue(dialect(ApiVersion::V8)->list(query(c)), QStringLiteral("parentId")),
            u"root");
        EXPECT_EQ(queryValue(dialect(ApiVersion::V8)->list(query(c, QStringLiteral("f+1"))),
                      QStringLiteral("parentId")),
            u"f+1");
    }
}

TEST(DialectVersions, MailItemsAreFilteredByFolderIdUpToV6AndParentIdFromV7)
{
    const ListQuery q = query(Collection::MailItems, QStringLiteral("AAAA+b/c=="));
    EXPECT_EQ(
        queryValue(dialect(ApiVersion::V5)->list(q), QStringLiteral("folderId")), u"AAAA+b/c==");
    EXPECT_EQ(
        queryValue(dialect(ApiVersion::V6)->list(q), QStringLiteral("folderId")), u"AAAA+b/c==");
    EXPECT_EQ(
        queryValue(dialect(ApiVersion::V7)->list(q), QStringLiteral("parentId")), u"AAAA+b/c==");
    EXPECT_EQ(
        queryValue(dialect(ApiVersion::V8)->list(q), QStringLiteral("folderId")), u"<absent>");
}

TEST(DialectVersions, PathsUseEachGenerationsSpelling)
{
    const ListQuery folders = query(Collection::MailFolders);
    EXPECT_EQ(path(dialect(ApiVersion::V5)->list(folders)),
        u"/v5/RestoreSessions/s/Organization/Mailboxes/c/Folders");
    EXPECT_EQ(path(dialect(ApiVersion::V6)->list(folders)),
        u"/v6/RestoreSessions/s/organization/mailboxes/c/folders");
    const ListQuery documents = query(Collection::OneDriveDocuments);
    EXPECT_EQ(path(dialect(ApiVersion::V5)->list(documents)),
        u"/v5/RestoreSessions/s/Organization/OneDrives/c/Documents");
    EXPECT_EQ(path(dialect(ApiVersion::V8)->list(documents)),
        u"/v8/RestoreSessions/s/Organization/OneDrives/c/Documents");
    EXPECT_EQ(path(dialect(ApiVersion::V7)->list(query(Collection::SessionEvents))),
        u"/v7/RestoreSessions/s/Events");
    ListQuery versions = query(Collection::DocumentVersions, QStringLiteral("d"));
    EXPECT_EQ(path(dialect(ApiVersion::V6)->list(versions)),
        u"/v6/RestoreSessions/s/Organization/OneDrives/c/Documents/d/Versions");
    EXPECT_EQ(path(dialect(ApiVersion::V5)->get(refOf(ResourceKind::SessionOrganization))),
        u"/v5/RestoreSessions/"_s + ids::session + u"/Organization"_s);
    EXPECT_EQ(path(dialect(ApiVersion::V8)->get(refOf(ResourceKind::SessionStatistics))),
        u"/v8/RestoreSessions/"_s + ids::session + u"/Statistics"_s);
    EXPECT_EQ(path(dialect(ApiVersion::V6)->get(refOf(ResourceKind::DocumentVersion))),
        u"/v6/RestoreSessions/"_s + ids::session + u"/Organization/OneDrives/"_s + ids::oneDrive
            + u"/Documents/"_s + ids::document + u"/Versions/3"_s);
}

TEST(DialectVersions, OrganizationsArePagedOnlyInV8)
{
    for (ApiVersion v : {ApiVersion::V5, ApiVersion::V6, ApiVersion::V7})
        EXPECT_TRUE(dialect(v)->list(query(Collection::Organizations)).query.isEmpty())
            << toString(v).toStdString();
    const RequestSpec v8 = dialect(ApiVersion::V8)->list(query(Collection::Organizations));
    EXPECT_EQ(queryValue(v8, QStringLiteral("offset")), u"0");
    EXPECT_EQ(queryValue(v8, QStringLiteral("limit")), u"500");
}

TEST(DialectVersions, PageSizeDefaultsTo500AndIsCappedAt10000)
{
    ListQuery q = query(Collection::Mailboxes);
    EXPECT_EQ(queryValue(dialect(ApiVersion::V5)->list(q), QStringLiteral("limit")), u"500");
    q.limit = 50000;
    q.offset = -3;
    const RequestSpec spec = dialect(ApiVersion::V6)->list(q);
    EXPECT_EQ(queryValue(spec, QStringLiteral("limit")), u"10000");
    EXPECT_EQ(queryValue(spec, QStringLiteral("offset")), u"0");
    q.limit = 25;
    q.offset = 75;
    EXPECT_EQ(queryValue(dialect(ApiVersion::V8)->list(q), QStringLiteral("limit")), u"25");
    EXPECT_EQ(queryValue(dialect(ApiVersion::V8)->list(q), QStringLiteral("offset")), u"75");
}

TEST(DialectVersions, StopIsAnActionBodyInV5AndAPathFromV6With204InV8)
{
    const RequestSpec v5 = dialect(ApiVersion::V5)->stopSession(QStringLiteral("s"));
    EXPECT_EQ(path(v5), u"/v5/RestoreSessions/s/Action");
    EXPECT_EQ(v5.body, QByteArray(R"({"stop":null})"));
    const RequestSpec v7 = dialect(ApiVersion::V7)->stopSession(QStringLiteral("s"));
    EXPECT_EQ(path(v7), u"/v7/RestoreSessions/s/Stop");
    EXPECT_TRUE(v7.body.isEmpty());
    EXPECT_EQ(v7.acceptedStatuses.constFirst(), 200);
    const RequestSpec v8 = dialect(ApiVersion::V8)->stopSession(QStringLiteral("s"));
    EXPECT_EQ(v8.acceptedStatuses.constFirst(), 204);
    for (const RequestSpec &spec : {v5, v7, v8}) {
        EXPECT_EQ(spec.method, QByteArray("POST"));
        EXPECT_EQ(spec.response, ResponseKind::Empty);
        EXPECT_TRUE(spec.acceptedStatuses.contains(200) && spec.acceptedStatuses.contains(204));
    }
}

TEST(DialectVersions, ExploreBodiesPerGeneration)
{
    ExploreOptions options;
    options.pointInTime
        = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 5), Qt::OffsetFromUTC, 3600);
    options.type = SessionType::OneDrive;
    options.showDeleted = true;
    const QJsonObject v5 = bodyOf(dialect(ApiVersion::V5)->explore(QStringLiteral("o"), options));
    EXPECT_EQ(v5,
        (QJsonObject {{QStringLiteral("explore"),
            QJsonObject {{QStringLiteral("datetime"), QStringLiteral("2024-02-29T22:59:58.005Z")},
                {QStringLiteral("type"), QStringLiteral("veod")},
                {QStringLiteral("showDeleted"), true},
                {QStringLiteral("showAllVersions"), false}}}}));
    const RequestSpec v6 = dialect(ApiVersion::V6)->explore(QStringLiteral("o"), options);
    EXPECT_EQ(path(v6), u"/v6/Organizations/o/explore");
    EXPECT_EQ(bodyOf(v6),
        (QJsonObject {{QStringLiteral("dateTime"), QStringLiteral("2024-02-29T22:59:58.005Z")},
            {QStringLiteral("type"), QStringLiteral("Veod")}, {QStringLiteral("showDeleted"), true},
            {QStringLiteral("showAllVersions"), false}}));
    for (ApiVersion v : kVersionsNewestFirst) {
        const RequestSpec spec = dialect(v)->explore(QStringLiteral("o"), ExploreOptions {});
        EXPECT_TRUE(spec.acceptedStatuses.contains(200) && spec.acceptedStatuses.contains(201));
        EXPECT_FALSE(bodyOf(spec).contains(QStringLiteral("dateTime")))
            << "latest = no point in time";
        EXPECT_FALSE(
            bodyOf(spec).value(u"explore").toObject().contains(QStringLiteral("datetime")));
    }
}

TEST(DialectVersions, TokenRequestsAreFormEncodedAndOptOutOfAntiforgeryFromV7)
{
    for (ApiVersion v : kVersionsNewestFirst) {
        const RequestSpec spec = dialect(v)->passwordGrant(
            QStringLiteral("TECH\\admin"), QStringLiteral("p&ss=+ word"));
        EXPECT_EQ(spec.method, QByteArray("POST"));
        EXPECT_FALSE(spec.authenticated);
        EXPECT_EQ(spec.contentType, QByteArray("application/x-www-form-urlencoded"));
        EXPECT_EQ(spec.pathSegments.constLast().toLower(), u"token");
        const QUrlQuery form(QString::fromLatin1(spec.body));
        EXPECT_EQ(form.queryItemValue(QStringLiteral("grant_type")), u"password");
        EXPECT_EQ(
            form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded), u"TECH\\admin");
        EXPECT_EQ(
            form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded), u"p&ss=+ word");
        const bool optOut = v == ApiVersion::V7 || v == ApiVersion::V8;
        EXPECT_EQ(form.queryItemValue(QStringLiteral("disable_antiforgery_token")),
            optOut ? QStringLiteral("true") : QString());
        EXPECT_FALSE(spec.describe().contains(u"p&ss")) << "describe() must not show the secret";

        const QUrlQuery refresh(
            QString::fromLatin1(dialect(v)->refreshGrant(QStringLiteral("r/t+1")).body));
        EXPECT_EQ(refresh.queryItemValue(QStringLiteral("grant_type")), u"refresh_token");
        EXPECT_EQ(
            refresh.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded), u"r/t+1");
    }
}

TEST(DialectVersions, ProbeIsUnauthenticatedAndReadsServedFrom401)
{
    EXPECT_EQ(path(dialect(ApiVersion::V5)->probe()), u"/v5/Organizations");
    EXPECT_EQ(path(dialect(ApiVersion::V7)->probe()), u"/v7/ServiceInstance");
    for (ApiVersion v : kVersionsNewestFirst) {
        const RequestSpec probe = dialect(v)->probe();
        EXPECT_FALSE(probe.authenticated);
        EXPECT_EQ(probe.method, QByteArray("GET"));
        EXPECT_TRUE(probe.acceptedStatuses.contains(401));
        EXPECT_FALSE(probe.acceptedStatuses.contains(404));
    }
}

TEST(DialectVersions, V5WrapsActionsInOneKeyWithLowercaseEnumsAndOldNames)
{
    ActionTarget drive {refOf(ResourceKind::OneDriveDocument), {}, Collection::MailItems};
    const RequestSpec restore
        = dialect(ApiVersion::V5)
              ->action(drive, ActionVerb::RestoreToOriginal,
                  {{QStringLiteral("documentAction"), QStringLiteral("Overwrite")},
                      {QStringLiteral("documentVersion"), QStringLiteral("All")},
                      {QStringLiteral("userName"), QStringLiteral("u")}});
    EXPECT_EQ(restore.pathSegments.constLast(), u"Action");
    EXPECT_EQ(bodyOf(restore),
        (QJsonObject {{QStringLiteral("restoretoOriginallocation"),
            QJsonObject {{QStringLiteral("documentAction"), QStringLiteral("overwrite")},
                {QStringLiteral("documentVersion"), QStringLiteral("all")},
                {QStringLiteral("userName"), QStringLiteral("u")}}}}));
    // v6+: same options, PascalCase, and no documentVersion (not in RESTRestoreToOriginal).
    const RequestSpec v6 = dialect(ApiVersion::V6)
                               ->action(drive, ActionVerb::RestoreToOriginal,
                                   {{QStringLiteral("documentAction"), QStringLiteral("overwrite")},
                                       {QStringLiteral("documentVersion"), QStringLiteral("All")}});
    EXPECT_EQ(path(v6).section(u'/', -1), u"restore");
    EXPECT_EQ(bodyOf(v6),
        (QJsonObject {{QStringLiteral("documentAction"), QStringLiteral("Overwrite")}}));

    ActionTarget mailItem {refOf(ResourceKind::MailItem), {}, Collection::MailItems};
    EXPECT_EQ(bodyOf(dialect(ApiVersion::V5)->action(mailItem, ActionVerb::SaveToMsg, {})),
        (QJsonObject {{QStringLiteral("savetoMsg"), QJsonValue::Null}}));
    EXPECT_EQ(bodyOf(dialect(ApiVersion::V5)->action(mailItem, ActionVerb::ExportToPst, {})),
        (QJsonObject {{QStringLiteral("exporttoPst"), QJsonValue::Null}}));
    const RequestSpec save = dialect(ApiVersion::V8)->action(mailItem, ActionVerb::SaveToMsg, {});
    EXPECT_EQ(path(save).section(u'/', -1), u"save");
    EXPECT_TRUE(save.body.isEmpty());
    EXPECT_EQ(save.response, ResponseKind::Stream);
}

TEST(DialectVersions, BulkOneDriveRestoreRenamesCredentialsPerGeneration)
{
    ActionTarget bulk {
        refOf(ResourceKind::SessionOrganization), {ids::oneDrive}, Collection::OneDrives};
    const QJsonObject options {{QStringLiteral("officeUsername"), QStringLiteral("a")},
        {QStringLiteral("officePassword"), QStringLiteral("b")}, // v5 spelling in
        {QStringLiteral("onPremisesUsername"), QStringLiteral("c")},
        {QStringLiteral("onpremisesUserpassword"), QStringLiteral("d")},
        {QStringLiteral("documentVersion"), QStringLiteral("last")}};
    const QJsonObject v5
        = bodyOf(dialect(ApiVersion::V5)->action(bulk, ActionVerb::BulkRestore, options))
              .value(u"restoretoOriginallocation")
              .toObject();
    EXPECT_EQ(v5.value(u"officeUsername"), QJsonValue(QStringLiteral("a")));
    EXPECT_EQ(v5.value(u"officePassword"), QJsonValue(QStringLiteral("b")));
    EXPECT_EQ(v5.value(u"onPremisesUsername"), QJsonValue(QStringLiteral("c")));
    EXPECT_EQ(v5.value(u"onPremisesPassword"), QJsonValue(QStringLiteral("d")));
    EXPECT_EQ(v5.value(u"documentVersion"), QJsonValue(QStringLiteral("last")));
    EXPECT_EQ(v5.value(u"oneDrives"),
        QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("id"), ids::oneDrive}}}));

    const RequestSpec v7spec
        = dialect(ApiVersion::V7)->action(bulk, ActionVerb::BulkRestore, options);
    EXPECT_EQ(path(v7spec),
        u"/v7/RestoreSessions/"_s + ids::session + u"/Organization/OneDrives/restore"_s);
    const QJsonObject v7 = bodyOf(v7spec);
    EXPECT_EQ(v7.value(u"officeUserpassword"), QJsonValue(QStringLiteral("b")));
    EXPECT_EQ(v7.value(u"onpremisesUsername"), QJsonValue(QStringLiteral("c")));
    EXPECT_EQ(v7.value(u"onpremisesUserpassword"), QJsonValue(QStringLiteral("d")));
    EXPECT_FALSE(v7.contains(QStringLiteral("documentVersion")));
}

TEST(DialectVersions, PstKeywordIsPluralInV5AndSingularFromV6)
{
    ActionTarget org {refOf(ResourceKind::SessionOrganization), {}, Collection::MailItems};
    const QJsonObject options {{QStringLiteral("contentKeyword"), QStringLiteral("invoice")}};
    EXPECT_EQ(bodyOf(dialect(ApiVersion::V5)->action(org, ActionVerb::ExportToPst, options)),
        (QJsonObject {{QStringLiteral("exporttoPst"),
            QJsonObject {{QStringLiteral("contentKeywords"), QStringLiteral("invoice")}}}}));
    const RequestSpec v6 = dialect(ApiVersion::V6)->action(org, ActionVerb::ExportToPst, options);
    EXPECT_EQ(path(v6), u"/v6/RestoreSessions/"_s + ids::session + u"/organization/exportToPst"_s);
    EXPECT_EQ(bodyOf(v6), options);
}

TEST(DialectVersions, SelectionsCarryIdsUnderTheCollectionsKey)
{
    ActionTarget items {refOf(ResourceKind::MailFolder),
        {QStringLiteral("a+b/c="), QStringLiteral("d")}, Collection::MailItems};
    const RequestSpec v8 = dialect(ApiVersion::V8)->action(items, ActionVerb::SaveToMsg, {});
    EXPECT_EQ(path(v8),
        u"/v8/RestoreSessions/"_s + ids::session + u"/organization/mailboxes/"_s + ids::mailbox
            + u"/items/Save"_s);
    EXPECT_EQ(bodyOf(v8),
        (QJsonObject {{QStringLiteral("items"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a+b/c=")}},
                QJsonObject {{QStringLiteral("id"), QStringLiteral("d")}}}}}));
    const RequestSpec v5 = dialect(ApiVersion::V5)->action(items, ActionVerb::SaveToMsg, {});
    EXPECT_EQ(path(v5),
        u"/v5/RestoreSessions/"_s + ids::session + u"/Organization/Mailboxes/"_s + ids::mailbox
            + u"/Items/Action"_s);
    EXPECT_EQ(bodyOf(v5).value(u"savetoMsg").toObject().value(u"items").toArray().size(), 2);

    ActionTarget docs {
        refOf(ResourceKind::OneDrive), {QStringLiteral("d1")}, Collection::OneDriveDocuments};
    const RequestSpec send
        = dialect(ApiVersion::V8)
              ->action(docs, ActionVerb::SendTo, {{QStringLiteral("to"), QStringLiteral("x@y")}});
    EXPECT_EQ(path(send).section(u'/', -2), u"Documents/send");
    EXPECT_EQ(send.acceptedStatuses.constFirst(), 204);
    EXPECT_EQ(send.response, ResponseKind::Empty);
}

TEST(DialectVersions, BadActionInputIsAValidationErrorNotARequest)
{
    const auto v8 = dialect(ApiVersion::V8);
    ActionTarget noSession {refOf(ResourceKind::MailItem), {}, Collection::MailItems};
    noSession.ref.sessionId.clear();
    auto result = v8->actionRequest(noSession, ActionVerb::RestoreTo, {});
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().kind, ApiError::Kind::Validation);
    EXPECT_FALSE(result.error().message.isEmpty());

    ActionTarget noId {refOf(ResourceKind::OneDriveDocument), {}, Collection::MailItems};
    noId.ref.id.clear();
    EXPECT_FALSE(v8->actionRequest(noId, ActionVerb::Save, {}).hasValue());

    ActionTarget emptyBulk {refOf(ResourceKind::SessionOrganization), {}, Collection::Mailboxes};
    EXPECT_FALSE(v8->actionRequest(emptyBulk, ActionVerb::BulkRestore, {}).hasValue());

    ActionTarget folder {refOf(ResourceKind::MailFolder), {}, Collection::MailItems};
    EXPECT_FALSE(v8->actionRequest(folder, ActionVerb::CopyTo, {}).hasValue())
        << "no copyTo for mail folders";
    EXPECT_TRUE(v8->action(folder, ActionVerb::CopyTo, {}).pathSegments.isEmpty());

    ActionTarget mailItem {refOf(ResourceKind::MailItem), {}, Collection::MailItems};
    EXPECT_FALSE(dialect(ApiVersion::V5)
                     ->actionRequest(mailItem, ActionVerb::SendToDefaultAddress, {})
                     .hasValue());
    EXPECT_TRUE(dialect(ApiVersion::V6)
                    ->actionRequest(mailItem, ActionVerb::SendToDefaultAddress, {})
                    .hasValue());
}

TEST(DialectVersions, UnknownOptionsAreDroppedAndNeverSent)
{
    ActionTarget item {refOf(ResourceKind::MailItem), {}, Collection::MailItems};
    const RequestSpec spec
        = dialect(ApiVersion::V7)
              ->action(item, ActionVerb::RestoreToOriginal,
                  {{QStringLiteral("USERNAME"), QStringLiteral("u")},
                      {QStringLiteral("favouriteColour"), QStringLiteral("blue")}});
    EXPECT_EQ(bodyOf(spec), (QJsonObject {{QStringLiteral("userName"), QStringLiteral("u")}}));
}

TEST(DialectVersions, RestoreRepliesAreStatisticsUpToV7AndASessionToPollInV8)
{
    EXPECT_EQ(dialect(ApiVersion::V5)->restoreReply(), Dialect::RestoreReply::Statistics);
    EXPECT_EQ(dialect(ApiVersion::V7)->restoreReply(), Dialect::RestoreReply::Statistics);
    EXPECT_EQ(dialect(ApiVersion::V8)->restoreReply(), Dialect::RestoreReply::SessionToPoll);
}

TEST(DialectVersions, SupportsTable)
{
    struct Row
    {
        ActionVerb verb;
        ResourceKind kind;
        std::array<bool, 4> v5to8;
    };
    const std::array<Row, 16> table = {{
        {ActionVerb::SendToDefaultAddress, ResourceKind::MailItem, {false, true, true, true}},
        {ActionVerb::SendToDifferentAddress, ResourceKind::MailItem, {true, true, true, true}},
        {ActionVerb::SaveToMsg, ResourceKind::MailItem, {true, true, true, true}},
        {ActionVerb::SaveToMsg, ResourceKind::MailFolder, {false, false, false, false}},
        {ActionVerb::ExportToPst, ResourceKind::SessionOrganization, {true, true, true, true}},
        {ActionVerb::ExportToPst, ResourceKind::OneDrive, {false, false, false, false}},
        {ActionVerb::RestoreTo, ResourceKind::MailFolder, {true, true, true, true}},
        {ActionVerb::RestoreTo, ResourceKind::OneDriveFolder, {false, false, false, false}},
        {ActionVerb::CopyTo, ResourceKind::OneDriveDocument, {true, true, true, true}},
        {ActionVerb::CopyTo, ResourceKind::DocumentVersion, {false, true, true, true}},
        {ActionVerb::Save, ResourceKind::DocumentVersion, {false, true, true, true}},
        {ActionVerb::SendTo, ResourceKind::OneDrive, {true, true, true, true}},
        {ActionVerb::BulkRestore, ResourceKind::Mailbox, {true, true, true, true}},
        {ActionVerb::BulkRestore, ResourceKind::OneDrive, {true, true, true, true}},
        {ActionVerb::BulkRestore, ResourceKind::MailItem, {false, false, false, false}},
        {ActionVerb::RestoreToOriginal, ResourceKind::Organization, {false, false, false, false}},
    }};
    for (const Row &row : table) {
        for (std::size_t i = 0; i < 4; ++i) {
            const auto v = static_cast<ApiVersion>(5 + static_cast<int>(i));
            EXPECT_EQ(dialect(v)->supports(row.verb, row.kind), row.v5to8[i])
                << toString(v).toStdString() << " verb " << static_cast<int>(row.verb) << " kind "
                << static_cast<int>(row.kind);
        }
    }
    EXPECT_FALSE(dialect(ApiVersion::V5)->supports(Collection::DocumentVersions));
    EXPECT_TRUE(dialect(ApiVersion::V6)->supports(Collection::DocumentVersions));
    EXPECT_FALSE(dialect(ApiVersion::V7)->supports(ResourceKind::SessionStatistics));
    EXPECT_TRUE(dialect(ApiVersion::V8)->supports(ResourceKind::SessionStatistics));
}

} // namespace
