// The v5 dialect's /Action bodies against the help-center examples (tests/data/seeds, see its
// README): same keys case-insensitively, same values, nothing missing, nothing extra.

#include "jsoncompare.h"
#include "operations.h"
#include "qt_printers.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace re;
using namespace Qt::StringLiterals;
using namespace re::test;

namespace {

class V5Seeds : public ::testing::Test
{
protected:
    void expectSeed(
        const RequestSpec &spec, const QString &fixture, const QStringList &expectedPath)
    {
        SCOPED_TRACE(fixture.toStdString());
        EXPECT_EQ(spec.method, QByteArray("POST"));
        EXPECT_EQ(spec.pathSegments, expectedPath);
        EXPECT_EQ(spec.contentType, QByteArray("application/json"));
        const QJsonDocument actual = QJsonDocument::fromJson(spec.body);
        ASSERT_TRUE(actual.isObject()) << spec.body.toStdString();
        const QJsonDocument expected = testdata::json(QStringLiteral("seeds/") + fixture);
        const QStringList differences = semanticDifferences(actual.object(), expected.object());
        EXPECT_TRUE(differences.isEmpty())
            << differences.join(u'\n').toStdString() << "\nactual: " << spec.body.toStdString();
    }

    static QStringList oneDrivePath(const QStringList &tail)
    {
        return QStringList {QStringLiteral("v5"), QStringLiteral("RestoreSessions"), ids::session,
                   QStringLiteral("Organization"), QStringLiteral("OneDrives")}
        + tail;
    }
    static QStringList mailboxPath()
    {
        return {QStringLiteral("v5"), QStringLiteral("RestoreSessions"), ids::session,
            QStringLiteral("Organization"), QStringLiteral("Mailboxes"), ids::mailbox,
            QStringLiteral("Action")};
    }
    static ActionTarget folder()
    {
        return ActionTarget {refOf(ResourceKind::OneDriveFolder), {}, Collection::MailItems};
    }
    static ActionTarget mailbox()
    {
        return ActionTarget {refOf(ResourceKind::Mailbox), {}, Collection::MailItems};
    }
    QStringList folderAction() const
    {
        return oneDrivePath({ids::oneDrive, QStringLiteral("Folders"), ids::oneDriveFolder,
            QStringLiteral("Action")});
    }

    std::unique_ptr<Dialect> v5 = Dialect::create(ApiVersion::V5);
};

TEST_F(V5Seeds, BulkOneDriveRestoreMatchesSeed000)
{
    const QJsonObject seed
        = testdata::json(QStringLiteral("seeds/seed000_v3_onedrives_bulk_restore.request.json"))
              .object();
    const QJsonArray oneDrives
        = seed.value(u"restoreToOriginalLocation").toObject().value(u"OneDrives").toArray();
    ActionTarget target {refOf(ResourceKind::SessionOrganization), {}, Collection::OneDrives};
    // Caller options use the v6 names; the dialect renames them for v5 and lower-cases the enums.
    const QJsonObject options {{QStringLiteral("documentAction"), QStringLiteral("Keep")},
        {QStringLiteral("skipUnresolved"), true}, {QStringLiteral("oneDrives"), oneDrives},
        {QStringLiteral("onpremisesUsername"), QStringLiteral("admin")},
        {QStringLiteral("onpremisesUserpassword"), QStringLiteral("12345678")},
        {QStringLiteral("documentVersion"), QStringLiteral("Last")}};
    expectSeed(v5->action(target, ActionVerb::BulkRestore, options),
        QStringLiteral("seed000_v3_onedrives_bulk_restore.request.json"),
        oneDrivePath({QStringLiteral("Action")}));
}

TEST_F(V5Seeds, OneDriveFolderActionsMatchSeed001)
{
    const QJsonObject credentials {
        {QStringLiteral("userName"), QStringLiteral("jsmith@westsupport.onmicrosoft.com")},
        {QStringLiteral("userPassword"), QStringLiteral("paSSw0rd")}};
    expectSeed(v5->action(folder(), ActionVerb::RestoreToOriginal, credentials),
        QStringLiteral("seed001_v2_folder_restore.table.request.json"), folderAction());

    const QJsonObject mail {
        {QStringLiteral("from"), QStringLiteral("j_smith@bestsupport.onmicrosoft.com")},
        {QStringLiteral("to"), QStringLiteral("r.clark@bestsupport.onmicrosoft.com")},
        {QStringLiteral("subject"), QStringLiteral("Support Ticket")},
        {QStringLiteral("text"), QStringLiteral("Please find attached the files you requested")}};
    expectSeed(v5->action(folder(), ActionVerb::SendTo, mail),
        QStringLiteral("seed001_v2_folder_sendto.table.request.json"), folderAction());
    QJsonObject example1 = mail;
    example1.insert(
        QStringLiteral("text"), QStringLiteral("Please find attached the folder you requested"));
    expectSeed(v5->action(folder(), ActionVerb::SendTo, example1),
        QStringLiteral("seed001_v2_folder_example1_sendto.request.json"), folderAction());

    const QJsonObject copyCredentials {
        {QStringLiteral("userName"), QStringLiteral("djohnes@northsupport.onmicrosoft.com")},
        {QStringLiteral("userPassword"), QStringLiteral("paSSw0rd")}};
    expectSeed(v5->action(folder(), ActionVerb::CopyTo, copyCredentials),
        QStringLiteral("seed001_v2_folder_copyto.table.request.json"), folderAction());

    expectSeed(v5->action(folder(), ActionVerb::Save, {}),
        QStringLiteral("seed001_v2_folder_save.table.request.json"), folderAction());
    expectSeed(v5->action(folder(), ActionVerb::Save, {}),
        QStringLiteral("seed001_v2_folder_example2_save.request.json"), folderAction());

    const QJsonObject example3 {{QStringLiteral("userName"), QStringLiteral("admin")},
        {QStringLiteral("userPassword"), QStringLiteral("12345678")},
        {QStringLiteral("documentVersion"), QStringLiteral("Last")},
        {QStringLiteral("documentAction"), QStringLiteral("Keep")}};
    expectSeed(v5->action(folder(), ActionVerb::RestoreToOriginal, example3),
        QStringLiteral("seed001_v2_folder_example3_restore.request.json"), folderAction());

    const QJsonObject seed4
        = testdata::json(QStringLiteral("seeds/seed001_v2_folder_example4_copyto.request.json"))
              .object();
    const QJsonObject example4 {{QStringLiteral("userName"), QStringLiteral("admin")},
        {QStringLiteral("userPassword"), QStringLiteral("12345678")},
        {QStringLiteral("documentVersion"), QStringLiteral("All")},
        {QStringLiteral("folder"), QStringLiteral("pictures")},
        {QStringLiteral("onedrive"), seed4.value(u"copyto").toObject().value(u"OneDrive")},
        {QStringLiteral("changedItems"), true}, {QStringLiteral("deletedItems"), true},
        {QStringLiteral("restorePermissions"), true}};
    expectSeed(v5->action(folder(), ActionVerb::CopyTo, example4),
        QStringLiteral("seed001_v2_folder_example4_copyto.request.json"), folderAction());
}

TEST_F(V5Seeds, ExploreMatchesSeed002)
{
    ExploreOptions options;
    options.pointInTime = QDateTime(QDate(2020, 10, 30), QTime(10, 54, 40, 279), Qt::UTC);
    options.type = SessionType::Teams;
    const RequestSpec spec = v5->explore(ids::organization, options);
    expectSeed(spec, QStringLiteral("seed002_v5_explore.request.json"),
        {QStringLiteral("v5"), QStringLiteral("Organizations"), ids::organization,
            QStringLiteral("Action")});
    EXPECT_TRUE(spec.acceptedStatuses.contains(201)); // the seed's "201 Created"
}

TEST_F(V5Seeds, MailboxActionsMatchSeed003)
{
    const QJsonObject keyword {
        {QStringLiteral("contentKeyword"), QStringLiteral("support")}}; // v6 name in, v5 name out
    expectSeed(v5->action(mailbox(), ActionVerb::ExportToPst, keyword),
        QStringLiteral("seed003_v3_mailbox_exporttopst.table.request.json"), mailboxPath());
    expectSeed(v5->action(mailbox(), ActionVerb::ExportToPst, keyword),
        QStringLiteral("seed003_v3_mailbox_example1_exporttopst.request.json"), mailboxPath());

    const QJsonObject credentials {
        {QStringLiteral("userName"), QStringLiteral("jsmith@westsupport.onmicrosoft.com")},
        {QStringLiteral("userPassword"), QStringLiteral("paSSw0rd")}};
    expectSeed(v5->action(mailbox(), ActionVerb::RestoreToOriginal, credentials),
        QStringLiteral("seed003_v3_mailbox_restore.table.request.json"), mailboxPath());
    expectSeed(v5->action(mailbox(), ActionVerb::RestoreToOriginal, credentials),
        QStringLiteral("seed003_v3_mailbox_example2_restore.request.json"), mailboxPath());

    QJsonObject restoreTo {{QStringLiteral("casServer"), QStringLiteral("outlook.office365.com")},
        {QStringLiteral("mailbox"), QStringLiteral("djohnes@northsupport.onmicrosoft.com")},
        {QStringLiteral("userName"), QStringLiteral("djohnes@northsupport.onmicrosoft.com")},
        {QStringLiteral("userPassword"), QStringLiteral("paSSw0rd")},
        {QStringLiteral("changedItems"), true}, {QStringLiteral("deletedItems"), true},
        {QStringLiteral("markRestoredAsUnread"), false}, {QStringLiteral("excludeDrafts"), false},
        {QStringLiteral("excludeDeletedItems"), false},
        {QStringLiteral("excludeInPlaceHoldItems"), true},
        {QStringLiteral("excludeLitigationHoldItems"), true}};
    expectSeed(v5->action(mailbox(), ActionVerb::RestoreTo, restoreTo),
        QStringLiteral("seed003_v3_mailbox_restoreto.table.request.json"), mailboxPath());
    restoreTo.insert(QStringLiteral("userPassword"), QStringLiteral("p@s$w0rd"));
    restoreTo.insert(QStringLiteral("deletedItems"),
        QStringLiteral("false")); // string booleans are accepted too
    restoreTo.insert(QStringLiteral("excludeInPlaceHoldItems"), false);
    restoreTo.insert(QStringLiteral("excludeLitigationHoldItems"), false);
    expectSeed(v5->action(mailbox(), ActionVerb::RestoreTo, restoreTo),
        QStringLiteral("seed003_v3_mailbox_example3_restoreto.request.json"), mailboxPath());
}

TEST_F(V5Seeds, TheComparisonItselfNoticesDifferences)
{
    const QJsonObject expected
        = testdata::json(QStringLiteral("seeds/seed001_v2_folder_example3_restore.request.json"))
              .object();
    QJsonObject inner = expected.value(u"restoretooriginallocation").toObject();
    inner.insert(QStringLiteral("DocumentAction"), QStringLiteral("overwrite"));
    EXPECT_FALSE(semanticDifferences(
        QJsonObject {{QStringLiteral("restoretoOriginallocation"), inner}}, expected)
                     .isEmpty());
    inner.remove(QStringLiteral("DocumentAction"));
    EXPECT_FALSE(semanticDifferences(
        QJsonObject {{QStringLiteral("restoretoOriginallocation"), inner}}, expected)
                     .isEmpty());
    EXPECT_FALSE(semanticDifferences(
        QJsonObject {{QStringLiteral("restoreTo"), expected.value(u"restoretooriginallocation")}},
        expected)
                     .isEmpty());
}

} // namespace
