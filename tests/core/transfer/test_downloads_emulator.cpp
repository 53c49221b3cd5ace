// End to end: save/export actions built by the dialect, sent through ApiClient (login, bearer token)
// by the download engine, against `vb365-emulator --strict`, with its fault flags.

#include "emulator_downloads_fixture.h"

#include <iostream>

using namespace Qt::StringLiterals;

namespace re {
namespace {

using test::EmulatorDownloads;
using test::kindOf;
using test::sha256Of;

TEST_F(EmulatorDownloads, EachKindOfSaveArrivesWithTheRightType)
{
    ASSERT_NO_FATAL_FAILURE(startWith({}));
    DownloadManager manager;
    const MailTarget mail = mailTarget();
    ASSERT_GE(mail.items.size(), 2) << "no mail folder with two items in the demo tenant";

    ActionTarget item;
    item.ref = {ResourceKind::MailItem, {}, mail.session, mail.mailbox.id, mail.items[0].id, {}};
    DownloadJob *msg = download(manager, item, ActionVerb::SaveToMsg, {}, dir.path(), mail.items[0].subject + u".msg"_s);
    ASSERT_FINISHED(msg);
    EXPECT_EQ(kindOf(msg->snapshot().finalPath), SniffedKind::OleCompound);
    EXPECT_TRUE(msg->snapshot().finalPath.endsWith(u".msg"_s)) << msg->snapshot().finalPath.toStdString();

    ActionTarget mailbox;
    mailbox.ref = {ResourceKind::Mailbox, {}, mail.session, mail.mailbox.id, {}, {}};
    DownloadJob *pst = download(manager, mailbox, ActionVerb::ExportToPst, {}, dir.path(), mail.mailbox.name + u".pst"_s);
    ASSERT_FINISHED(pst);
    EXPECT_EQ(kindOf(pst->snapshot().finalPath), SniffedKind::Pst);
    EXPECT_TRUE(pst->snapshot().finalPath.endsWith(u".pst"_s));

    // A size limit splits the PST into parts, delivered as a ZIP although a .pst was asked for.
    const QJsonObject split{{u"enablePstSizeLimit"_s, true}, {u"pstSizeLimitBytes"_s, 4096}};
    DownloadJob *parts = download(manager, mailbox, ActionVerb::ExportToPst, split, dir.path(), mail.mailbox.name + u".pst"_s);
    ASSERT_FINISHED(parts);
    EXPECT_EQ(kindOf(parts->snapshot().finalPath), SniffedKind::Zip);
    EXPECT_TRUE(parts->snapshot().finalPath.endsWith(u".zip"_s)) << parts->snapshot().finalPath.toStdString();

    ActionTarget selection;
    selection.ref = {ResourceKind::Mailbox, {}, mail.session, mail.mailbox.id, {}, {}};
    selection.selectedIds = {mail.items[0].id, mail.items[1].id};
    selection.selectionKind = Collection::MailItems;
    DownloadJob *msgs = download(manager, selection, ActionVerb::SaveToMsg, {}, dir.path(), u"Selected items"_s);
    ASSERT_FINISHED(msgs);
    EXPECT_EQ(kindOf(msgs->snapshot().finalPath), SniffedKind::Zip);

    const DriveTarget drive = driveTarget();
    ASSERT_FALSE(drive.documents.isEmpty());
    ActionTarget wholeDrive;
    wholeDrive.ref = {ResourceKind::OneDrive, {}, drive.session, drive.drive.id, {}, {}};
    DownloadJob *zip = download(manager, wholeDrive, ActionVerb::Save, {}, dir.path(), drive.drive.name);
    ASSERT_FINISHED(zip);
    EXPECT_EQ(kindOf(zip->snapshot().finalPath), SniffedKind::Zip);
    EXPECT_TRUE(zip->snapshot().finalPath.endsWith(u".zip"_s));

    const OneDriveDocument &document = drive.documents.constLast(); // the smallest
    DownloadJob *plain = download(manager, documentTarget(drive, document), ActionVerb::Save,
                                  {{u"asZip"_s, false}}, dir.path(), document.name);
    ASSERT_FINISHED(plain);
    EXPECT_EQ(QFileInfo(plain->snapshot().finalPath).size(), document.sizeBytes);
    EXPECT_EQ(QFileInfo(plain->snapshot().finalPath).suffix(), QFileInfo(document.name).suffix());

    DownloadJob *zipped = download(manager, documentTarget(drive, document), ActionVerb::Save,
                                   {{u"asZip"_s, true}}, dir.path(), document.name);
    ASSERT_FINISHED(zipped);
    EXPECT_EQ(kindOf(zipped->snapshot().finalPath), SniffedKind::Zip);
    EXPECT_TRUE(zipped->snapshot().finalPath.endsWith(u".zip"_s));

    // Nothing half-done is left: only finished files, no .part.
    for (const QString &file : test::filesIn(dir.path()))
        EXPECT_FALSE(file.endsWith(u".part"_s)) << file.toStdString();
    EXPECT_EQ(test::filesIn(dir.path()).size(), 7);
}

TEST_F(EmulatorDownloads, DroppedConnectionIsRetriedAndTheBytesAreIdentical)
{
    ASSERT_NO_FATAL_FAILURE(startWith({u"--drop-after"_s, u"100000"_s, u"--drop-count"_s, u"1"_s}));
    DownloadManager manager;
    manager.setDefaultPolicy(test::fastPolicy());
    const DriveTarget drive = driveTarget();
    ASSERT_FALSE(drive.drive.id.isEmpty());
    ActionTarget wholeDrive; // a ZIP of the whole OneDrive: big enough to be cut
    wholeDrive.ref = {ResourceKind::OneDrive, {}, drive.session, drive.drive.id, {}, {}};

    DownloadJob *dropped = download(manager, wholeDrive, ActionVerb::Save, {}, dir.path(), drive.drive.name);
    ASSERT_FINISHED(dropped);
    EXPECT_EQ(dropped->snapshot().attempt, 2);
    EXPECT_GT(dropped->snapshot().receivedBytes, 100000);
    QTemporaryDir cleanDir;
    DownloadJob *clean = download(manager, wholeDrive, ActionVerb::Save, {}, cleanDir.path(), drive.drive.name);
    ASSERT_FINISHED(clean);
    EXPECT_EQ(clean->snapshot().attempt, 1);
    EXPECT_EQ(QFileInfo(dropped->snapshot().finalPath).size(), QFileInfo(clean->snapshot().finalPath).size());
    EXPECT_EQ(sha256Of(dropped->snapshot().finalPath), sha256Of(clean->snapshot().finalPath));
    EXPECT_EQ(saveRequestsInLog(), 3); // the action was re-issued once
    EXPECT_EQ(test::filesIn(dir.path()).size(), 1); // no .part left beside the file
}

TEST_F(EmulatorDownloads, TwentySecondsBeforeTheFirstByteStillCompletes)
{
    ASSERT_NO_FATAL_FAILURE(startWith({u"--first-byte-delay-ms"_s, u"20000"_s}));
    DownloadManager manager;
    const MailTarget mail = mailTarget();
    ASSERT_FALSE(mail.items.isEmpty());
    ActionTarget mailbox;
    mailbox.ref = {ResourceKind::Mailbox, {}, mail.session, mail.mailbox.id, {}, {}};
    auto request = downloadRequestFor(client.get(), mailbox, ActionVerb::ExportToPst, {}, dir.path(), u"Mailbox.pst"_s);
    ASSERT_TRUE(request.hasValue());
    DownloadJob *job = manager.enqueue(std::move(request).value());
    ASSERT_TRUE(test::waitUntil([job] { return job->snapshot().waitingMs > 5000; }, 15000));
    EXPECT_EQ(job->state(), DownloadState::Preparing);
    ASSERT_TRUE(test::waitUntil([job] { return isTerminal(job->state()); }, 60000));
    ASSERT_FINISHED(job);
    EXPECT_EQ(job->snapshot().attempt, 1);
    EXPECT_EQ(kindOf(job->snapshot().finalPath), SniffedKind::Pst);
}

TEST_F(EmulatorDownloads, CancelWhilePreparingLeavesNoFile)
{
    ASSERT_NO_FATAL_FAILURE(startWith({u"--first-byte-delay-ms"_s, u"20000"_s}));
    DownloadManager manager;
    const DriveTarget drive = driveTarget();
    ASSERT_FALSE(drive.documents.isEmpty());
    auto request = downloadRequestFor(client.get(), documentTarget(drive, drive.documents.constFirst()),
                                      ActionVerb::Save, {}, dir.path(), drive.documents.constFirst().name);
    ASSERT_TRUE(request.hasValue());
    DownloadJob *job = manager.enqueue(std::move(request).value());
    ASSERT_TRUE(test::waitUntil([job] { return job->state() == DownloadState::Preparing; }));
    QTest::qWait(300);
    EXPECT_EQ(test::filesIn(dir.path()).size(), 1); // the .part
    job->cancel();
    EXPECT_EQ(job->state(), DownloadState::Cancelled);
    EXPECT_TRUE(test::filesIn(dir.path()).isEmpty());
}

TEST_F(EmulatorDownloads, WithoutContentLengthTheFileIsComplete)
{
    ASSERT_NO_FATAL_FAILURE(startWith({u"--no-content-length"_s}));
    DownloadManager manager;
    const DriveTarget drive = driveTarget();
    ASSERT_FALSE(drive.documents.isEmpty());
    const OneDriveDocument document = drive.documents.constFirst();
    DownloadJob *job = download(manager, documentTarget(drive, document), ActionVerb::Save,
                                {{u"asZip"_s, false}}, dir.path(), document.name);
    ASSERT_FINISHED(job);
    EXPECT_EQ(job->snapshot().totalBytes, -1);
    EXPECT_EQ(QFileInfo(job->snapshot().finalPath).size(), document.sizeBytes);
}

TEST_F(EmulatorDownloads, SecondDownloadOfTheSameItemDoesNotOverwriteTheFirst)
{
    ASSERT_NO_FATAL_FAILURE(startWith({}));
    DownloadManager manager;
    const DriveTarget drive = driveTarget();
    ASSERT_FALSE(drive.documents.isEmpty());
    const OneDriveDocument document = drive.documents.constFirst();
    DownloadJob *first = download(manager, documentTarget(drive, document), ActionVerb::Save,
                                  {{u"asZip"_s, false}}, dir.path(), document.name);
    ASSERT_FINISHED(first);
    DownloadJob *second = download(manager, documentTarget(drive, document), ActionVerb::Save,
                                   {{u"asZip"_s, false}}, dir.path(), document.name);
    ASSERT_FINISHED(second);
    EXPECT_NE(first->snapshot().finalPath, second->snapshot().finalPath);
    EXPECT_TRUE(QFileInfo(second->snapshot().finalPath).fileName().contains(u" (1)"_s))
        << second->snapshot().finalPath.toStdString();
    EXPECT_EQ(sha256Of(first->snapshot().finalPath), sha256Of(second->snapshot().finalPath));
}

TEST_F(EmulatorDownloads, UnwritableTargetFailsBeforeAskingTheServer)
{
    ASSERT_NO_FATAL_FAILURE(startWith({}));
    DownloadManager manager;
    const DriveTarget drive = driveTarget();
    ASSERT_FALSE(drive.documents.isEmpty());
    for (const QString &target : {dir.path() + u"/missing/folder"_s, u"/proc/self"_s}) {
        DownloadJob *job = download(manager, documentTarget(drive, drive.documents.constFirst()),
                                    ActionVerb::Save, {}, target, u"x.bin"_s);
        ASSERT_NE(job, nullptr);
        EXPECT_EQ(job->state(), DownloadState::Failed);
        EXPECT_EQ(job->snapshot().error.kind, ApiError::Kind::Local);
        EXPECT_FALSE(job->snapshot().error.message.isEmpty());
    }
    EXPECT_EQ(saveRequestsInLog(), 0);
}

TEST_F(EmulatorDownloads, ActionThisVersionLacksIsRefusedBeforeSending)
{
    ASSERT_NO_FATAL_FAILURE(startWith({}));
    ActionTarget target;
    target.ref = {ResourceKind::OneDriveDocument, {}, u"s"_s, {}, u"d"_s, {}}; // no OneDrive id
    const auto request = downloadRequestFor(client.get(), target, ActionVerb::Save, {}, dir.path(), u"x"_s);
    ASSERT_FALSE(request.hasValue());
    EXPECT_EQ(request.error().kind, ApiError::Kind::Validation);
}

} // namespace
} // namespace re
