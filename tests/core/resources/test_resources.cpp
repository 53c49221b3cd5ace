// Resources parsed from the seeds' own examples and from hand-written bodies in each version's
// style.

#include "qt_printers.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "resources/organization.h"
#include "resources/parsing.h"
#include "resources/restoresession.h"
#include "resources/statistics.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <iostream>

using namespace re;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json;
    return doc.object();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

TEST(RestoreSession, ParsesSeed002Response)
{
    const auto session = RestoreSession::fromJson(
        testdata::json(QStringLiteral("seeds/seed002_v5_explore.response.json")).object());
    ASSERT_TRUE(session.hasValue()) << session.error().toStdString();
    EXPECT_EQ(session->id, u"8caccbcb-3e6c-4e55-83b2-d7d196e11cbe");
    EXPECT_EQ(session->name, u"Teams restore (Entire organization - 10/30/2020 10:29:05 AM)");
    EXPECT_EQ(session->organization, u"abc.onmicrosoft.com");
    EXPECT_EQ(session->type, SessionType::Teams);
    EXPECT_EQ(session->creationTime, utc(2020, 10, 30, 14, 51, 36, 83));
    EXPECT_EQ(session->endTime, utc(2020, 10, 30, 14, 51, 36, 83));
    EXPECT_EQ(session->state, SessionState::Working);
    EXPECT_EQ(session->result, Outcome::Success);
    EXPECT_EQ(session->initiatedBy, u"EPSILON\\Administrator");
    EXPECT_TRUE(session->isRunning());
}

TEST(RestoreSession, V3StyleWithoutEndTimeOrResultAndLowercaseEnums)
{
    const auto session
        = RestoreSession::fromJson(parse(R"({"ID": "1", "Type": "veod", "state": "working",
        "creationTime": "2019-04-12T10:54:40.2794046Z", "pointInTime": "2017-06-26T22:07:39-07:00"})"));
    ASSERT_TRUE(session.hasValue());
    EXPECT_EQ(session->type, SessionType::OneDrive);
    EXPECT_EQ(session->state, SessionState::Working);
    EXPECT_EQ(session->result, Outcome::Unknown);
    EXPECT_FALSE(session->endTime.has_value());
}

TEST(RestoreSession, V8StyleStoppedWithNullableFieldsAndUnknownKeys)
{
    const auto session = RestoreSession::fromJson(parse(R"({"id": "2", "name": "n", "type": "Vesp",
        "creationTime": "2025-01-02T03:04:05Z", "endTime": null, "state": "Stopped", "result": "Failed",
        "eTag": 17, "scopeName": "x", "clientHost": "h", "reason": "ticket 42", "details": "d",
        "_links": {"self": {"href": "/v8/RestoreSessions/2"}}, "somethingNew": [1, 2]})"));
    ASSERT_TRUE(session.hasValue());
    EXPECT_EQ(session->type, SessionType::SharePoint);
    EXPECT_EQ(session->state, SessionState::Stopped);
    EXPECT_EQ(session->result, Outcome::Failed);
    EXPECT_FALSE(session->endTime.has_value());
    EXPECT_EQ(session->reason, u"ticket 42");
    EXPECT_FALSE(session->isRunning());
}

TEST(RestoreSession, MissingIdIsAnError)
{
    for (const char *body : {R"({"name": "x"})", R"({"id": ""})", R"({"id": null})", "{}"}) {
        const auto session = RestoreSession::fromJson(parse(body));
        ASSERT_FALSE(session.hasValue()) << body;
        EXPECT_TRUE(session.error().contains(u"restore session")) << session.error().toStdString();
    }
}

TEST(SessionOrganization, ParsesSeed004WithLinksAndActions)
{
    const auto org = SessionOrganization::fromJson(
        testdata::json(QStringLiteral("seeds/seed004_v5_session_organization.response.json"))
            .object());
    ASSERT_TRUE(org.hasValue());
    EXPECT_EQ(org->id, u"673b91dc-b4a7-4d49-8318-04ef47c0ac50");
    EXPECT_EQ(org->name, u"westsupport.onmicrosoft.com (6/26/2017 3:07:39 PM)");
    EXPECT_TRUE(org->links.value(QStringLiteral("mailboxes")).endsWith(u"/organization/mailboxes"));
    EXPECT_EQ(org->actions.names(),
        (QStringList {QStringLiteral("exporttoPst"), QStringLiteral("search")}));
    EXPECT_TRUE(org->actions.offers(u"exportToPst"));
}

TEST(Organization, V6WithBackupTimesV7WithoutAndV1StringBooleans)
{
    const auto v6 = Organization::fromJson(parse(R"({"id": "3c424478-0811-4920-8aab-01f0bf2a2822",
        "name": "contoso.onmicrosoft.com", "officeName": "Contoso", "type": "Office365", "region": "Worldwide",
        "isBackedup": true, "firstBackuptime": "2023-01-01T00:00:00Z", "lastBackuptime": "2024-05-06T07:08:09.1234567Z",
        "_actions": {}, "exchangeOnlineSettings": {"account": "x"}})"));
    ASSERT_TRUE(v6.hasValue());
    EXPECT_EQ(v6->firstBackupTime, utc(2023, 1, 1, 0, 0, 0));
    EXPECT_EQ(v6->lastBackupTime, utc(2024, 5, 6, 7, 8, 9, 123));
    EXPECT_EQ(v6->isBackedUp, true);
    EXPECT_TRUE(v6->actions.isEmpty());

    const auto v7 = Organization::fromJson(
        parse(R"({"id": "o7", "name": "new.onmicrosoft.com", "isBackedup": false,
        "description": "never backed up"})"));
    ASSERT_TRUE(v7.hasValue());
    EXPECT_FALSE(v7->firstBackupTime.has_value());
    EXPECT_FALSE(v7->lastBackupTime.has_value());
    EXPECT_EQ(v7->description, u"never backed up");

    const auto v1
        = Organization::fromJson(parse(R"({"Id": "o1", "isBackedup": "true", "region": "worldwide",
        "FirstBackupTime": "2017-06-26T15:07:39"})"));
    ASSERT_TRUE(v1.hasValue());
    EXPECT_EQ(v1->isBackedUp, true);
    EXPECT_EQ(v1->firstBackupTime, utc(2017, 6, 26, 15, 7, 39));

    EXPECT_FALSE(Organization::fromJson(parse(R"({"name": "no id"})")).hasValue());
}

TEST(SessionEvent, V6Event)
{
    const auto event
        = SessionEvent::fromJson(parse(R"({"id": "e1", "type": "Restore", "status": "Warning",
        "startTime": "2024-01-01T10:00:00Z", "endTime": "2024-01-01T10:00:05Z", "duration": "00:00:05",
        "title": "Restore", "message": "1 item skipped", "order": "3", "itemName": "Q3.xlsx",
        "itemType": "Document", "itemSizeBytes": 2048, "source": "a", "target": "b"})"));
    ASSERT_TRUE(event.hasValue());
    EXPECT_EQ(event->status, Outcome::Warning);
    EXPECT_EQ(event->order, 3);
    EXPECT_EQ(event->itemSizeBytes, 2048);
    EXPECT_EQ(event->endTime, utc(2024, 1, 1, 10, 0, 5));
}

TEST(Exchange, MailboxFolderAndItemsOfEveryKind)
{
    const auto mailbox
        = Mailbox::fromJson(parse(R"({"id": "m", "name": "Jane", "email": "jane@contoso.com",
        "isArchive": "false", "IsPublic": true, "_actions": {"restore": {}, "exportToPst": {}}})"));
    ASSERT_TRUE(mailbox.hasValue());
    EXPECT_FALSE(mailbox->isArchive);
    EXPECT_TRUE(mailbox->isPublic);
    EXPECT_TRUE(mailbox->actions.offers(u"restore"));

    const auto folder = MailFolder::fromJson(
        parse(R"({"id": "AAAAAKGE4dIvQUtGjuSnq8JTHAgBAPliTMf_6DxPiJ6TGYB9CqAAAAAAAQ0AAA==",
        "name": "{A9E2BC46-B3A0-4243-B315-60D991004455}", "type": "None", "category": "Inbox"})"));
    ASSERT_TRUE(folder.hasValue());
    EXPECT_EQ(folder->id, u"AAAAAKGE4dIvQUtGjuSnq8JTHAgBAPliTMf_6DxPiJ6TGYB9CqAAAAAAAQ0AAA==");
    EXPECT_EQ(folder->category, u"Inbox");

    const auto message
        = MailItem::fromJson(parse(R"({"id": "i1", "itemClass": "IPM.Note", "subject": "Q3",
        "from": "a@x", "to": "b@x; c@x", "sent": "2024-03-01T09:00:00Z", "received": "2024-03-01T09:00:02Z",
        "importance": "high", "attachments": [{"name": "a.pdf", "sizeBytes": 10}, {"name": "b.pdf"}],
        "reminder": "false", "_actions": {"save": {}}})"));
    ASSERT_TRUE(message.hasValue());
    EXPECT_EQ(message->subject, u"Q3");
    EXPECT_EQ(message->importance, Importance::High);
    EXPECT_EQ(message->attachmentCount, 2);
    EXPECT_TRUE(message->hasAttachments);
    EXPECT_EQ(message->received, utc(2024, 3, 1, 9, 0, 2));
    EXPECT_FALSE(message->deleted);

    const auto appointment
        = MailItem::fromJson(parse(R"({"id": "i2", "itemClass": "IPM.Appointment",
        "organizer": "boss@x", "startTime": "2024-03-02T10:00:00+01:00", "subject": "Standup", "isDeleted": "true"})"));
    ASSERT_TRUE(appointment.hasValue());
    EXPECT_EQ(appointment->from, u"boss@x");
    EXPECT_EQ(appointment->received, utc(2024, 3, 2, 9, 0, 0));
    EXPECT_TRUE(appointment->deleted);
    EXPECT_FALSE(appointment->hasAttachments) << "a live v7 result had no attachments key";

    const auto contact = MailItem::fromJson(
        parse(R"({"id": "i3", "itemClass": "IPM.Contact", "fullName": "Jane Roe"})"));
    ASSERT_TRUE(contact.hasValue());
    EXPECT_EQ(contact->subject, u"Jane Roe");

    EXPECT_FALSE(MailItem::fromJson(parse(R"({"itemClass": "IPM.Note"})")).hasValue());
}

TEST(OneDrive, ParsesTheOneDrivesOfSeed000)
{
    const QJsonObject seed
        = testdata::json(QStringLiteral("seeds/seed000_v3_onedrives_bulk_restore.request.json"))
              .object();
    const QJsonArray drives
        = seed.value(u"restoreToOriginalLocation").toObject().value(u"OneDrives").toArray();
    QList<QJsonObject> objects;
    for (const QJsonValue &drive : drives)
        objects.append(drive.toObject());
    const ParsedRows<OneDrive> parsed = parseRows<OneDrive>(objects);
    ASSERT_EQ(parsed.rows.size(), 2);
    EXPECT_TRUE(parsed.errors.isEmpty());
    EXPECT_EQ(parsed.rows[0].id,
        u"b3184e77-b95b-45f7-96cc-180a20b61cbd8507931c-4561-4ddf-bc90-411aba44bb39");
    EXPECT_EQ(parsed.rows[1].name, u"CopyTo User");
    EXPECT_EQ(parsed.rows[1].url, u"http://server/personal/orgUser");
}

TEST(OneDrive, TwoGuidIdsAndDocumentsInEachVersionsStyle)
{
    const auto drive = OneDrive::fromJson(
        parse(R"({"id": "b3184e77-b95b-45f7-96cc-180a20b61cbd8507931c-4561-4ddf-bc90-411aba44bb39",
        "name": "Administrator", "url": "http://server/personal/orgUser"})"));
    ASSERT_TRUE(drive.hasValue());
    EXPECT_EQ(drive->id.size(), 72);

    // v2: `size`, numeric version, no zone on timestamps
    const auto v2 = OneDriveDocument::fromJson(parse(R"({"id": "d2", "name": "a.docx", "size": 1234,
        "version": 1, "modifiedBy": "Jane", "modificationTime": "2017-04-09T09:12:59"})"));
    ASSERT_TRUE(v2.hasValue());
    EXPECT_EQ(v2->sizeBytes, 1234);
    EXPECT_EQ(v2->version, u"1");
    EXPECT_EQ(v2->modified, utc(2017, 4, 9, 9, 12, 59));
    EXPECT_EQ(v2->versionId, -1);

    // v6: `sizeBytes` as a string (lenient), versionId
    const auto v6 = OneDriveDocument::fromJson(
        parse(R"({"id": "d6", "name": "b.xlsx", "sizeBytes": "5368709120",
        "version": "3.0", "versionId": 1536, "createdBy": "x", "creationTime": "2022-01-01T00:00:00Z",
        "modifiedBy": "y", "modificationTime": "2022-01-02T00:00:00.5Z", "inheritedPermissions": true})"));
    ASSERT_TRUE(v6.hasValue());
    EXPECT_EQ(v6->sizeBytes, 5368709120LL);
    EXPECT_EQ(v6->versionId, 1536);
    EXPECT_EQ(v6->version, u"3.0");

    // v8: folders mixed into document lists (includeFolders), deleted flag as a string
    const auto v8
        = OneDriveDocument::fromJson(parse(R"({"id": "f8", "name": "Photos", "isFolder": "true",
        "oneDriveId": "od", "deleted": true})"));
    ASSERT_TRUE(v8.hasValue());
    EXPECT_TRUE(v8->isFolder);
    EXPECT_TRUE(v8->deleted);
    EXPECT_EQ(v8->sizeBytes, -1);

    const auto folder
        = OneDriveFolder::fromJson(parse(R"({"id": "f", "name": "Docs", "versionId": null,
        "modificationTime": "2022-01-02T00:00:00Z"})"));
    ASSERT_TRUE(folder.hasValue());
    EXPECT_FALSE(folder->versionId.has_value());

    const auto version
        = DocumentVersion::fromJson(parse(R"({"id": "d6", "versionId": 512, "version": "1.0",
        "sizeBytes": 10})"));
    ASSERT_TRUE(version.hasValue());
    EXPECT_EQ(version->documentId, u"d6");
    EXPECT_EQ(version->versionId, 512);
}

TEST(Resources, RowsStaySmall)
{
    // Measured for docs/api-dialects.md; a 100,000-row folder costs about this per row plus string
    // data.
    std::cout << "sizeof(MailItem) = " << sizeof(MailItem)
              << ", sizeof(OneDriveDocument) = " << sizeof(OneDriveDocument)
              << ", sizeof(ActionSet) = " << sizeof(ActionSet) << '\n';
    // containerId (+16 bytes): search results over a whole session come from many mailboxes/OneDrives.
    EXPECT_LE(sizeof(MailItem), 176u);
    EXPECT_LE(sizeof(OneDriveDocument), 152u);
}

TEST(Resources, RepeatedRowTextsShareOneBuffer)
{
    const auto a
        = MailItem::fromJson(parse(R"({"id": "1", "itemClass": "IPM.Note", "to": "team@x"})"));
    const auto b
        = MailItem::fromJson(parse(R"({"id": "2", "itemClass": "IPM.Note", "to": "team@x"})"));
    ASSERT_TRUE(a.hasValue() && b.hasValue());
    EXPECT_EQ(a->itemClass.constData(), b->itemClass.constData());
    EXPECT_EQ(a->to.constData(), b->to.constData());
    EXPECT_NE(a->id.constData(), b->id.constData());
}

TEST(Resources, ParseRowsKeepsGoodRowsAndReportsBadOnes)
{
    const QList<QJsonObject> rows
        = {parse(R"({"id": "a"})"), parse(R"({"name": "no id"})"), parse(R"({"id": "c"})")};
    const ParsedRows<OneDriveFolder> parsed = parseRows<OneDriveFolder>(rows);
    EXPECT_EQ(parsed.rows.size(), 2);
    EXPECT_EQ(parsed.errors.size(), 1);
}

TEST(RestoreStatistics, ExchangeItemsAndFolders)
{
    const auto items
        = RestoreStatistics::fromJson(parse(R"({"createdItemsCount": 3, "mergedItemsCount": 1,
        "failedItemsCount": 0, "skippedItemsCount": "2", "exceptions": [], "warnings": ["w"], "cannotContinueError": null})"));
    ASSERT_TRUE(items.hasValue());
    EXPECT_EQ(items->family, RestoreStatistics::Family::Exchange);
    EXPECT_EQ(items->createdItemsCount, 3);
    EXPECT_EQ(items->skippedItemsCount, 2);
    EXPECT_FALSE(items->failedFoldersCount.has_value());
    EXPECT_EQ(items->warnings, QStringList {QStringLiteral("w")});
    EXPECT_FALSE(items->hasFailures());

    const auto folders
        = RestoreStatistics::fromJson(parse(R"({"failedFoldersCount": 1, "createdItemsCount": 0,
        "exceptions": ["Folder X: access denied"]})"));
    ASSERT_TRUE(folders.hasValue());
    EXPECT_EQ(folders->failedFoldersCount, 1);
    EXPECT_TRUE(folders->hasFailures());
}

TEST(RestoreStatistics, OneDriveWithRestoreIssues)
{
    const auto stats
        = RestoreStatistics::fromJson(parse(R"({"totalItemsCount": 10, "restoredItemsCount": 8,
        "failedItemsCount": 1, "skippedItemsByErrorCount": 0, "skippedItemsByNoChangesCount": 1,
        "failedRestrictionsCount": null, "restoreIssues": [{"id": "x", "path": "/a/b", "title": "b",
        "type": "Item", "warnings": ["w1"], "error": "locked"}]})"));
    ASSERT_TRUE(stats.hasValue());
    EXPECT_EQ(stats->family, RestoreStatistics::Family::OneDrive);
    EXPECT_EQ(stats->restoredItemsCount, 8);
    EXPECT_EQ(stats->skippedItemsByNoChangesCount, 1);
    EXPECT_FALSE(stats->failedRestrictionsCount.has_value());
    ASSERT_EQ(stats->restoreIssues.size(), 1);
    EXPECT_EQ(stats->restoreIssues.constFirst().error, u"locked");
    EXPECT_TRUE(stats->hasFailures());
}

TEST(RestoreStatistics, BulkMailboxesAndOneDrives)
{
    const auto mail
        = RestoreStatistics::fromJson(parse(R"({"status": "Warning", "error": null, "details": [
        {"mailbox": {"id": "m1", "name": "Jane", "email": "jane@x"}, "status": "Success",
         "details": {"createdItemsCount": 5, "failedItemsCount": 0}},
        {"mailbox": {"id": "m2", "email": "joe@x"}, "status": "Failed", "error": "not found"}]})"));
    ASSERT_TRUE(mail.hasValue());
    EXPECT_EQ(mail->family, RestoreStatistics::Family::Bulk);
    EXPECT_EQ(mail->status, Outcome::Warning);
    ASSERT_EQ(mail->details.size(), 2);
    EXPECT_EQ(mail->details[0].targetName, u"Jane");
    ASSERT_TRUE(mail->details[0].statistics);
    EXPECT_EQ(mail->details[0].statistics->createdItemsCount, 5);
    EXPECT_EQ(mail->details[1].targetName, u"joe@x");
    EXPECT_EQ(mail->details[1].status, Outcome::Failed);

    const auto drives = RestoreStatistics::fromJson(parse(R"({"status": "Success", "details": [
        {"oneDrive": {"id": "o1", "name": "Administrator"}, "status": "Success", "details": {"restoredItemsCount": 3}}]})"));
    ASSERT_TRUE(drives.hasValue());
    EXPECT_EQ(drives->details.constFirst().targetId, u"o1");
    EXPECT_EQ(drives->details.constFirst().statistics->restoredItemsCount, 3);
}

TEST(RestoreStatistics, V8SessionStatisticsWithNestedItems)
{
    const auto stats
        = RestoreStatistics::fromJson(parse(R"({"totalItemsCount": 2, "restoredItemsCount": 1,
        "failedItemsCount": 1, "skippedItemsCount": 0, "warnings": [], "errors": ["quota"], "items": [
        {"id": "m1", "itemRestoreDetailsType": "BulkMailbox", "itemType": "ExchangeMailbox", "status": "Failed",
         "mailboxEmail": "jane@x", "mailboxIsArchive": "false", "createdMailboxItemsCount": 4,
         "cannotContinueMailboxError": "quota", "childItems": [{"itemRestoreDetailsType": "Item", "title": "Inbox",
         "status": "Success"}]},
        {"itemRestoreDetailsType": "BulkOneDrive", "oneDriveUrl": "https://x/personal/jane", "status": "Success"}]})"));
    ASSERT_TRUE(stats.hasValue());
    EXPECT_EQ(stats->family, RestoreStatistics::Family::Session);
    ASSERT_EQ(stats->items.size(), 2);
    EXPECT_EQ(stats->items[0].createdMailboxItemsCount, 4);
    EXPECT_EQ(stats->items[0].mailboxIsArchive, false);
    ASSERT_EQ(stats->items[0].childItems.size(), 1);
    EXPECT_EQ(stats->items[0].childItems[0].title, u"Inbox");
    EXPECT_EQ(stats->items[1].oneDriveUrl, u"https://x/personal/jane");
    EXPECT_TRUE(stats->hasFailures());
}

TEST(RestoreStatistics, ObjectsWithoutCountersAreErrors)
{
    EXPECT_FALSE(RestoreStatistics::fromJson(parse("{}")).hasValue());
    EXPECT_FALSE(RestoreStatistics::fromJson(parse(R"({"sessionId": "x"})")).hasValue());
}

TEST(RestoreStatistics, DeeplyNestedChildItemsDoNotOverflow)
{
    QJsonObject item {{QStringLiteral("itemRestoreDetailsType"), QStringLiteral("Item")}};
    for (int i = 0; i < 2000; ++i)
        item = QJsonObject {{QStringLiteral("itemRestoreDetailsType"), QStringLiteral("Item")},
            {QStringLiteral("childItems"), QJsonArray {item}}};
    const auto stats
        = RestoreStatistics::fromJson(QJsonObject {{QStringLiteral("items"), QJsonArray {item}}});
    ASSERT_TRUE(stats.hasValue());
    int depth = 0;
    const ItemRestoreDetail *d = &stats->items.constFirst();
    while (!d->childItems.isEmpty()) {
        d = &d->childItems.constFirst();
        ++depth;
    }
    EXPECT_LE(depth, 16);
}

TEST(Resources, WrongTypesEverywhereGiveDefaultsNotCrashes)
{
    const QStringList keys = {QStringLiteral("name"), QStringLiteral("type"),
        QStringLiteral("state"), QStringLiteral("result"), QStringLiteral("creationTime"),
        QStringLiteral("endTime"), QStringLiteral("isArchive"), QStringLiteral("attachments"),
        QStringLiteral("importance"), QStringLiteral("received"), QStringLiteral("sizeBytes"),
        QStringLiteral("size"), QStringLiteral("versionId"), QStringLiteral("version"),
        QStringLiteral("isFolder"), QStringLiteral("_actions"), QStringLiteral("_links"),
        QStringLiteral("order"), QStringLiteral("firstBackuptime"), QStringLiteral("items"),
        QStringLiteral("details"), QStringLiteral("restoreIssues"), QStringLiteral("warnings"),
        QStringLiteral("status")};
    const QList<QJsonValue> oddValues = {QJsonValue(QJsonArray {1, QStringLiteral("x")}),
        QJsonValue(QJsonObject {{QStringLiteral("a"), 1}}), QJsonValue(-1.5), QJsonValue(1e300),
        QJsonValue(QStringLiteral("")), QJsonValue(QStringLiteral("\u0000\uffff")),
        QJsonValue(true)};
    for (const QJsonValue &odd : oddValues) {
        QJsonObject body {{QStringLiteral("id"), QStringLiteral("x")}};
        for (const QString &key : keys)
            body.insert(key, odd);
        EXPECT_TRUE(Organization::fromJson(body).hasValue());
        EXPECT_TRUE(SessionOrganization::fromJson(body).hasValue());
        EXPECT_TRUE(RestoreSession::fromJson(body).hasValue());
        EXPECT_TRUE(SessionEvent::fromJson(body).hasValue());
        EXPECT_TRUE(Mailbox::fromJson(body).hasValue());
        EXPECT_TRUE(MailFolder::fromJson(body).hasValue());
        const auto item = MailItem::fromJson(body);
        ASSERT_TRUE(item.hasValue());
        EXPECT_GE(item->attachmentCount, 0);
        EXPECT_TRUE(OneDrive::fromJson(body).hasValue());
        EXPECT_TRUE(OneDriveFolder::fromJson(body).hasValue());
        const auto document = OneDriveDocument::fromJson(body);
        ASSERT_TRUE(document.hasValue());
        EXPECT_GE(document->sizeBytes, -1);
        EXPECT_TRUE(DocumentVersion::fromJson(body).hasValue());
        (void)RestoreStatistics::fromJson(body); // may be an error, must not crash
    }
}

TEST(AsyncRestoreResponse, SessionIdOrError)
{
    const auto ok = AsyncRestoreResponse::fromJson(parse(R"({"SessionId": "a1b2"})"));
    ASSERT_TRUE(ok.hasValue());
    EXPECT_EQ(ok->sessionId, u"a1b2");
    EXPECT_FALSE(AsyncRestoreResponse::fromJson(parse(R"({"createdItemsCount": 1})")).hasValue());
}

} // namespace
