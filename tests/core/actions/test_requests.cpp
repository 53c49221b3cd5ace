// Action request values: validation messages, masked summaries, v5 bodies against the seeds'
// own examples (semantically) and v6-v8 bodies against the OpenAPI request schemas.

#include "actions/requests.h"

#include "jsoncompare.h"
#include "openapivalidator.h"
#include "qt_printers.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace re;
using namespace re::actions;
using namespace Qt::StringLiterals;

namespace {

const QString kSession = u"0800471b-d0e2-422b-9d7c-35d15661c3fb"_s;
const QString kMailbox = u"9e9b7199-f547-467a-b580-9d283a75eaad"_s;
const QString kMailFolder = u"AAAAAKGE4dIvQUtGjuSnq8JTHAgBAPliTMf_6DxPiJ6TGYB9CqAAAAAAAQ0AAA=="_s;
const QString kMailItem = u"AAMkAGI2+TG9/AAA="_s;
const QString kOneDrive = u"b3184e77-b95b-45f7-96cc-180a20b61cbd8507931c-4561-4ddf-bc90-411aba44bb39"_s;
const QString kFolder = u"3dfb16ea-0dd1-43d0-becf-ee47713afb67"_s;
const QString kDocument = u"8f0e2a4c-1b7d-4c55-9e61-0f6f2b1c9d10"_s;
const QString kSecret = u"S3cr3t-Pa55!"_s;

ActionTarget single(ResourceKind kind, const QString &container = {}, const QString &id = {},
                    const QString &version = {})
{
    ActionTarget target;
    target.ref = {kind, {}, kSession, container, id, version};
    return target;
}

ActionTarget selection(Collection kind, const QString &container, const QStringList &ids)
{
    ActionTarget target;
    target.ref = {ResourceKind::SessionOrganization, {}, kSession, container, {}, {}};
    target.selectedIds = ids;
    target.selectionKind = kind;
    return target;
}

ActionTarget mailbox() { return single(ResourceKind::Mailbox, kMailbox); }
ActionTarget oneDriveFolder() { return single(ResourceKind::OneDriveFolder, kOneDrive, kFolder); }

QJsonObject seed(const QString &fixture)
{
    return testdata::json(u"seeds/"_s + fixture).object();
}

QJsonObject seedOneDrive()
{
    return seed(u"seed001_v2_folder_example4_copyto.request.json"_s)
        .value(u"copyto")
        .toObject()
        .value(u"OneDrive")
        .toObject();
}

// Every request type with every option set: what the wizards can produce.
std::vector<std::pair<QString, ActionRequest>> everyRequest()
{
    const RestoreCredentials password = RestoreCredentials::withPassword(u"admin@contoso.com"_s, kSecret);
    RestoreToOriginal mailRestore {mailbox(), password};
    RestoreToOriginal oneDriveRestore {oneDriveFolder(), password, DocumentVersionMode::All,
                                       DocumentActionMode::Overwrite};
    RestoreToOriginal documentsRestore {
        selection(Collection::OneDriveDocuments, kOneDrive, {kDocument}), password};
    RestoreToOriginal itemsRestore {selection(Collection::MailItems, kMailbox, {kMailItem}),
                                    RestoreCredentials::withDeviceCode(u"ABCD-EFGH"_s)};
    RestoreToMailbox restoreTo;
    restoreTo.target = single(ResourceKind::MailFolder, kMailbox, kMailFolder);
    restoreTo.mailbox = u"djohnes@northsupport.onmicrosoft.com"_s;
    restoreTo.folder = u"Restored"_s;
    restoreTo.credentials = password;
    CopyToOneDrive copy;
    copy.target = oneDriveFolder();
    copy.destinationOneDrive = seedOneDrive();
    copy.destinationFolder = u"pictures"_s;
    copy.credentials = password;
    copy.sendSharedLinksNotification = true;
    CopyToOneDrive copyDocument = copy;
    copyDocument.target = single(ResourceKind::OneDriveDocument, kOneDrive, kDocument);
    copyDocument.sendSharedLinksNotification = false;
    SendByMail sendOneDrive {oneDriveFolder(), false, u"a@contoso.com"_s, u"b@contoso.com; c@contoso.com"_s,
                             u"Files"_s, u"Here they are"_s};
    SendByMail sendItems {selection(Collection::MailItems, kMailbox, {kMailItem}), false, u"a@contoso.com"_s,
                          u"b@contoso.com"_s, u"Mail"_s, u"Text"_s};
    SendByMail sendDefault {single(ResourceKind::MailItem, kMailbox, kMailItem), true, {}, {}, {}, {}};
    Save saveDocument {single(ResourceKind::OneDriveDocument, kOneDrive, kDocument), true};
    Save saveItems {selection(Collection::MailItems, kMailbox, {kMailItem}), false};
    ExportToPst exportMailbox {mailbox(), u"support"_s, 2LL * 1024 * 1024 * 1024};
    ExportToPst exportItems {selection(Collection::MailItems, kMailbox, {kMailItem}), {}, std::nullopt};
    BulkOneDriveRestore bulk;
    bulk.sessionId = kSession;
    bulk.oneDrives = {seedOneDrive()};
    bulk.credentials.office = RestoreCredentials::withPassword(u"office@contoso.com"_s, kSecret);
    bulk.credentials.onPremises = UserPassword {u"admin"_s, kSecret};
    RestoreVersion version {single(ResourceKind::DocumentVersion, kOneDrive, kDocument, u"3"_s), password,
                            DocumentActionMode::Overwrite};
    BulkMailboxRestore bulkMailboxes;
    bulkMailboxes.sessionId = kSession;
    bulkMailboxes.mailboxIds = {kMailbox};
    bulkMailboxes.mailboxNames = {u"Support"_s};
    bulkMailboxes.credentials.office = RestoreCredentials::withPassword(u"office@contoso.com"_s, kSecret);
    bulkMailboxes.credentials.onPremises = UserPassword {u"admin"_s, kSecret};
    return {{u"mailRestore"_s, mailRestore},       {u"oneDriveRestore"_s, oneDriveRestore},
            {u"documentsRestore"_s, documentsRestore}, {u"itemsRestore"_s, itemsRestore},
            {u"restoreTo"_s, restoreTo},           {u"copy"_s, copy},
            {u"copyDocument"_s, copyDocument},     {u"sendOneDrive"_s, sendOneDrive},
            {u"sendItems"_s, sendItems},           {u"sendDefault"_s, sendDefault},
            {u"saveDocument"_s, saveDocument},     {u"saveItems"_s, saveItems},
            {u"exportMailbox"_s, exportMailbox},   {u"exportItems"_s, exportItems},
            {u"bulk"_s, bulk},                     {u"version"_s, version},
            {u"bulkMailboxes"_s, bulkMailboxes}};
}

QString errorField(const ActionRequest &request)
{
    const Validity valid = validate(request);
    return valid ? QString() : valid.error().field;
}

} // namespace

// ---- validation ---------------------------------------------------------------------------------

TEST(ActionValidation, EveryExampleRequestIsValid)
{
    for (const auto &[name, request] : everyRequest()) {
        const Validity valid = validate(request);
        EXPECT_TRUE(valid) << name.toStdString() << ": " << (valid ? "" : valid.error().message.toStdString());
    }
}

TEST(ActionValidation, RestoreToMailboxNamesTheMissingOrBadField)
{
    RestoreToMailbox request;
    request.target = mailbox();
    request.credentials = RestoreCredentials::withPassword(u"admin"_s, u"pw"_s);
    EXPECT_EQ(errorField(request), u"mailbox"_s);
    EXPECT_TRUE(request.validate().error().message.contains(u"e-mail address"_s));

    request.mailbox = u"not-an-address"_s;
    EXPECT_EQ(errorField(request), u"mailbox"_s);
    EXPECT_TRUE(request.validate().error().message.contains(u"not-an-address"_s));

    request.mailbox = u"user@contoso.com"_s;
    request.casServer = u"https://outlook.office365.com/ews"_s;
    EXPECT_EQ(errorField(request), u"casServer"_s);
    request.casServer = u"outlook.office365.com"_s;
    EXPECT_TRUE(validate(request));

    request.credentials.password.clear();
    EXPECT_EQ(errorField(request), u"credentials.password"_s);
    request.credentials.userName.clear();
    EXPECT_EQ(errorField(request), u"credentials.userName"_s);
}

TEST(ActionValidation, TargetsMustFitTheAction)
{
    RestoreToMailbox oneDriveAsMail;
    oneDriveAsMail.target = oneDriveFolder();
    oneDriveAsMail.mailbox = u"user@contoso.com"_s;
    oneDriveAsMail.credentials = RestoreCredentials::withPassword(u"a"_s, u"b"_s);
    EXPECT_EQ(errorField(oneDriveAsMail), u"target"_s);

    RestoreToOriginal noSession {mailbox(), RestoreCredentials::withPassword(u"a"_s, u"b"_s)};
    noSession.target.ref.sessionId.clear();
    EXPECT_EQ(errorField(noSession), u"target"_s);
    EXPECT_TRUE(noSession.validate().error().message.contains(u"restore session"_s));

    RestoreToOriginal noItemId {single(ResourceKind::MailItem, kMailbox), RestoreCredentials::withPassword(u"a"_s, u"b"_s)};
    EXPECT_EQ(errorField(noItemId), u"target"_s);

    RestoreVersion withoutVersion {single(ResourceKind::DocumentVersion, kOneDrive, kDocument),
                                   RestoreCredentials::withPassword(u"a"_s, u"b"_s)};
    EXPECT_EQ(errorField(withoutVersion), u"target"_s);
    EXPECT_TRUE(withoutVersion.validate().error().message.contains(u"version"_s));

    Save saveMailbox {mailbox(), false};
    EXPECT_EQ(errorField(saveMailbox), u"target"_s);
}

TEST(ActionValidation, SendChecksAddresses)
{
    SendByMail send {oneDriveFolder(), false, u"helpdesk@contoso.com"_s, u"user@contoso"_s, {}, {}};
    EXPECT_EQ(errorField(send), u"to"_s);
    send.to = u"user@contoso.com;; second@contoso.com"_s;
    EXPECT_TRUE(validate(send));
    send.from = u"helpdesk"_s;
    EXPECT_EQ(errorField(send), u"from"_s);
    send.from = u"helpdesk@contoso.com"_s;
    send.toDefaultAddress = true; // OneDrive data has no owner address to send to
    EXPECT_EQ(errorField(send), u"to"_s);
    SendByMail mail {single(ResourceKind::MailItem, kMailbox, kMailItem), true, {}, {}, {}, {}};
    EXPECT_TRUE(validate(mail));
}

TEST(ActionValidation, CopyNeedsADestinationAndBulkNeedsOneDrivesAndCredentials)
{
    CopyToOneDrive copy;
    copy.target = oneDriveFolder();
    copy.credentials = RestoreCredentials::withPassword(u"a"_s, u"b"_s);
    EXPECT_EQ(errorField(copy), u"destinationOneDrive"_s);
    copy.destinationOneDrive = seedOneDrive();
    copy.destinationFolder = u"../../etc"_s;
    EXPECT_EQ(errorField(copy), u"destinationFolder"_s);

    BulkOneDriveRestore bulk;
    bulk.sessionId = kSession;
    EXPECT_EQ(errorField(bulk), u"oneDrives"_s);
    bulk.oneDrives = {QJsonObject {{u"name"_s, u"no id"_s}}};
    EXPECT_EQ(errorField(bulk), u"oneDrives"_s);
    bulk.oneDrives = {seedOneDrive()};
    EXPECT_EQ(errorField(bulk), u"credentials"_s);
    bulk.credentials.onPremises = UserPassword {u"admin"_s, {}};
    EXPECT_EQ(errorField(bulk), u"onPremises.password"_s);
    bulk.credentials.onPremises->password = u"x"_s;
    EXPECT_TRUE(validate(bulk));
}

TEST(ActionValidation, BulkMailboxesNeedMailboxesAHostAndCredentials)
{
    BulkMailboxRestore bulk;
    bulk.sessionId = kSession;
    EXPECT_EQ(errorField(bulk), u"mailboxes"_s);
    bulk.mailboxIds = {kMailbox};
    bulk.casServer = u"https://outlook.office365.com"_s;
    EXPECT_EQ(errorField(bulk), u"casServer"_s);
    bulk.casServer.clear(); // the server's default
    EXPECT_EQ(errorField(bulk), u"credentials"_s);
    bulk.credentials.onPremises = UserPassword {u"admin"_s, kSecret};
    EXPECT_EQ(errorField(bulk), QString());
    const ActionCall call = bulk.call();
    EXPECT_EQ(call.verb, ActionVerb::BulkRestore);
    EXPECT_EQ(call.target.selectionKind, Collection::Mailboxes);
    EXPECT_EQ(call.target.selectedIds, QStringList {kMailbox});
    EXPECT_FALSE(call.options.contains(u"casServer"_s));
    EXPECT_EQ(call.options.value(u"onPremisesUserName"_s).toString(), u"admin"_s);
    EXPECT_EQ(actionName(ActionRequest {bulk}), u"bulkMailboxRestore"_s);
}

TEST(ActionValidation, PstLimitsAndKeywords)
{
    ExportToPst pst {mailbox(), {}, 512LL * 1024 * 1024};
    EXPECT_EQ(errorField(pst), u"pstSizeLimitBytes"_s);
    pst.pstSizeLimitBytes = 50LL * 1024 * 1024 * 1024;
    EXPECT_EQ(errorField(pst), u"pstSizeLimitBytes"_s);
    pst.pstSizeLimitBytes = ExportToPst::kMaxPstSizeLimit;
    EXPECT_TRUE(validate(pst));
    ExportToPst items {selection(Collection::MailItems, kMailbox, {kMailItem}), u"support"_s, std::nullopt};
    EXPECT_EQ(errorField(items), u"contentKeyword"_s);
}

// A pasted document in any text field is refused with a message that names the field and the limit
// and does not repeat the paste (docs/hardening.md, "Hostile input"); one character less passes.
TEST(ActionValidation, EveryTextFieldHasALimitAndNoMessageEchoesAPaste)
{
    const auto refusedAt = [](const auto &request) {
        const Validity valid = request.validate();
        if (valid)
            return QString();
        EXPECT_LT(valid.error().message.size(), 300) << valid.error().message.toStdString();
        EXPECT_TRUE(valid.error().message.contains(u"too long"_s) || valid.error().message.contains(u"\u2026"_s))
            << valid.error().message.toStdString();
        return valid.error().field;
    };
    const QString huge(100000, u'x');
    const QString hugeHost = QString(kMaxNameLength, u'a') + u".example"_s;
    const auto password = RestoreCredentials::withPassword(u"admin"_s, u"pw"_s);

    RestoreToMailbox mail {mailbox(), u"outlook.office365.com"_s, u"user@contoso.com"_s, {}, password};
    mail.mailbox = QString(kMaxNameLength, u'u') + u"@contoso.com"_s; // an address in form, but a paste
    EXPECT_EQ(refusedAt(mail), u"mailbox"_s);
    mail.mailbox = u"user@contoso.com"_s;
    mail.folder = QString(kMaxPathLength, u'f');
    EXPECT_TRUE(validate(mail));
    mail.folder += u'f';
    EXPECT_EQ(refusedAt(mail), u"folder"_s);
    mail.folder.clear();
    mail.casServer = hugeHost;
    EXPECT_EQ(refusedAt(mail), u"casServer"_s);
    mail.casServer = u"https://"_s + huge; // not a host: quoted, shortened
    EXPECT_EQ(refusedAt(mail), u"casServer"_s);
    mail.casServer = u"outlook.office365.com"_s;
    mail.credentials.userName = huge;
    EXPECT_EQ(refusedAt(mail), u"credentials.userName"_s);

    BulkMailboxRestore bulk;
    bulk.sessionId = kSession;
    bulk.mailboxIds = {kMailbox};
    bulk.casServer = u"https://"_s + huge.left(200);
    EXPECT_EQ(refusedAt(bulk), u"casServer"_s);
    bulk.casServer.clear();
    bulk.credentials.onPremises = UserPassword {huge, kSecret};
    EXPECT_EQ(refusedAt(bulk), u"onPremises.userName"_s);
    bulk.credentials.onPremises = UserPassword {u"admin"_s, huge};
    EXPECT_EQ(refusedAt(bulk), u"onPremises.password"_s);

    CopyToOneDrive copy;
    copy.target = oneDriveFolder();
    copy.destinationOneDrive = seedOneDrive();
    copy.credentials = password;
    copy.destinationFolder = huge;
    EXPECT_EQ(refusedAt(copy), u"destinationFolder"_s);

    SendByMail send {oneDriveFolder(), false, u"helpdesk@contoso.com"_s, u"user@contoso.com"_s, {}, {}};
    send.from = huge + u"@contoso.com"_s;
    EXPECT_EQ(refusedAt(send), u"from"_s);
    send.from = u"helpdesk@contoso.com"_s;
    send.to = QString(kMaxAddressListLength, u'x');
    EXPECT_EQ(refusedAt(send), u"to"_s);
    send.to = QString(kMaxAddressListLength - 20, u'x') + u" no address"_s; // short enough, but wrong: quoted
    EXPECT_EQ(refusedAt(send), u"to"_s);
    send.to = u"user@contoso.com"_s;
    send.subject = QString(kMaxNameLength + 1, u's');
    EXPECT_EQ(refusedAt(send), u"subject"_s);
    send.subject = QString(kMaxNameLength, u's');
    send.text = QString(kMaxTextLength, u't');
    EXPECT_TRUE(validate(send));
    send.text += u't';
    EXPECT_EQ(refusedAt(send), u"text"_s);

    ExportToPst pst {mailbox(), huge, std::nullopt};
    EXPECT_EQ(refusedAt(pst), u"contentKeyword"_s);

    EXPECT_TRUE(validateReason(QString(kMaxReasonLength, u'r')));
    const Validity reason = validateReason(huge);
    ASSERT_FALSE(reason);
    EXPECT_EQ(reason.error().field, u"reason"_s);
    EXPECT_EQ(reason.error().message, u"The reason is too long (100000 characters; at most 2000). Check what was pasted."_s);
}

TEST(ActionValidation, ApplicationCredentialsNeedAGuidAndACertificate)
{
    RestoreCredentials app;
    app.kind = RestoreCredentials::Kind::Application;
    app.applicationId = u"not-a-guid"_s;
    EXPECT_EQ(app.validate().error().field, u"credentials.applicationId"_s);
    app.applicationId = u"1b2c3d4e-0000-4000-8000-123456789abc"_s;
    EXPECT_EQ(app.validate().error().field, u"credentials.applicationCertificate"_s);
    app.applicationCertificate = QByteArrayLiteral("\x30\x82pfx");
    EXPECT_TRUE(app.validate());
}

TEST(ActionValidation, ToCallRefusesInvalidRequests)
{
    RestoreToMailbox request;
    request.target = mailbox();
    const auto call = toCall(request);
    ASSERT_FALSE(call);
    EXPECT_EQ(call.error().field, u"mailbox"_s);
}

// ---- summaries ----------------------------------------------------------------------------------

TEST(ActionSummary, NeverShowsASecret)
{
    for (auto [name, request] : everyRequest()) {
        // Put the secret into every secret slot the request has.
        std::visit(
            [](auto &r) {
                if constexpr (requires { r.credentials.applicationCertificatePassword; }) {
                    r.credentials.applicationCertificatePassword = kSecret;
                }
            },
            request);
        const QByteArray shown = QJsonDocument(summaryToJson(summary(request))).toJson();
        EXPECT_FALSE(shown.contains(kSecret.toUtf8())) << name.toStdString() << ": " << shown.toStdString();
        for (const SummaryLine &line : summary(request))
            EXPECT_FALSE(line.value.contains(kSecret)) << name.toStdString() << " " << line.key.toStdString();
    }
    RestoreToOriginal restore {mailbox(), RestoreCredentials::withPassword(u"admin"_s, kSecret)};
    const QJsonObject json = summaryToJson(restore.summary());
    EXPECT_EQ(json.value(u"credentials.userName"_s).toString(), u"admin"_s);
    EXPECT_EQ(json.value(u"credentials.password"_s).toString(), maskedSecret());
}

TEST(ActionSummary, ApplicationSecretsAreMasked)
{
    RestoreToOriginal restore {mailbox(), {}};
    restore.credentials.kind = RestoreCredentials::Kind::Application;
    restore.credentials.applicationId = u"1b2c3d4e-0000-4000-8000-123456789abc"_s;
    restore.credentials.applicationCertificate = kSecret.toUtf8();
    restore.credentials.applicationCertificatePassword = kSecret;
    const QByteArray shown = QJsonDocument(summaryToJson(restore.summary())).toJson();
    EXPECT_FALSE(shown.contains(kSecret.toUtf8()));
    EXPECT_FALSE(shown.contains(kSecret.toUtf8().toBase64()));
    EXPECT_TRUE(shown.contains("1b2c3d4e-0000-4000-8000-123456789abc"));
}

TEST(ActionSummary, NamesAndTitles)
{
    EXPECT_EQ(actionName(ActionRequest {RestoreToMailbox {}}), u"restoreToMailbox"_s);
    EXPECT_EQ(actionName(ActionRequest {BulkOneDriveRestore {}}), u"bulkOneDriveRestore"_s);
    EXPECT_FALSE(actionTitle(ActionRequest {ExportToPst {}}).isEmpty());
    EXPECT_EQ(describeTarget(selection(Collection::MailItems, kMailbox, {u"a"_s, u"b"_s})),
              u"2 mail item(s) in mailbox "_s + kMailbox);
}

// ---- v5 bodies against the seeds ------------------------------------------------------------------

class ActionSeeds : public ::testing::Test
{
protected:
    void expectSeed(const ActionRequest &request, const QString &fixture)
    {
        SCOPED_TRACE(fixture.toStdString());
        const auto call = toCall(request);
        ASSERT_TRUE(call) << call.error().message.toStdString();
        const auto spec = v5->actionRequest(call->target, call->verb, call->options);
        ASSERT_TRUE(spec) << spec.error().message.toStdString();
        EXPECT_EQ(spec->pathSegments.last(), u"Action"_s);
        const QJsonDocument actual = QJsonDocument::fromJson(spec->body);
        ASSERT_TRUE(actual.isObject()) << spec->body.toStdString();
        const QStringList differences = test::semanticDifferences(actual.object(), seed(fixture));
        EXPECT_TRUE(differences.isEmpty())
            << differences.join(u'\n').toStdString() << "\nactual: " << spec->body.toStdString();
    }

    std::unique_ptr<Dialect> v5 = Dialect::create(ApiVersion::V5);
};

TEST_F(ActionSeeds, BulkOneDriveRestoreMatchesSeed000)
{
    BulkOneDriveRestore bulk;
    bulk.sessionId = kSession;
    for (const QJsonValue &oneDrive : seed(u"seed000_v3_onedrives_bulk_restore.request.json"_s)
                                          .value(u"restoreToOriginalLocation")
                                          .toObject()
                                          .value(u"OneDrives")
                                          .toArray())
        bulk.oneDrives.append(oneDrive.toObject());
    bulk.credentials.onPremises = UserPassword {u"admin"_s, u"12345678"_s};
    bulk.skipUnresolved = true;
    bulk.documentVersion = DocumentVersionMode::Last;
    bulk.documentAction = DocumentActionMode::Keep;
    expectSeed(bulk, u"seed000_v3_onedrives_bulk_restore.request.json"_s);
}

TEST_F(ActionSeeds, OneDriveFolderActionsMatchSeed001)
{
    expectSeed(RestoreToOriginal {oneDriveFolder(), RestoreCredentials::withPassword(u"admin"_s, u"12345678"_s),
                                  DocumentVersionMode::Last, DocumentActionMode::Keep},
               u"seed001_v2_folder_example3_restore.request.json"_s);
    expectSeed(SendByMail {oneDriveFolder(), false, u"j_smith@bestsupport.onmicrosoft.com"_s,
                           u"r.clark@bestsupport.onmicrosoft.com"_s, u"Support Ticket"_s,
                           u"Please find attached the folder you requested"_s},
               u"seed001_v2_folder_example1_sendto.request.json"_s);
    expectSeed(SendByMail {oneDriveFolder(), false, u"j_smith@bestsupport.onmicrosoft.com"_s,
                           u"r.clark@bestsupport.onmicrosoft.com"_s, u"Support Ticket"_s,
                           u"Please find attached the files you requested"_s},
               u"seed001_v2_folder_sendto.table.request.json"_s);
    expectSeed(Save {oneDriveFolder(), false}, u"seed001_v2_folder_example2_save.request.json"_s);
    expectSeed(Save {oneDriveFolder(), false}, u"seed001_v2_folder_save.table.request.json"_s);

    CopyToOneDrive copy;
    copy.target = oneDriveFolder();
    copy.destinationOneDrive = seedOneDrive();
    copy.destinationFolder = u"pictures"_s;
    copy.credentials = RestoreCredentials::withPassword(u"admin"_s, u"12345678"_s);
    copy.documentVersion = DocumentVersionMode::All;
    copy.changedItems = true;
    copy.deletedItems = true;
    copy.restorePermissions = true;
    expectSeed(copy, u"seed001_v2_folder_example4_copyto.request.json"_s);
}

TEST_F(ActionSeeds, MailboxActionsMatchSeed003)
{
    expectSeed(ExportToPst {mailbox(), u"support"_s, std::nullopt},
               u"seed003_v3_mailbox_example1_exporttopst.request.json"_s);
    expectSeed(RestoreToOriginal {mailbox(), RestoreCredentials::withPassword(u"jsmith@westsupport.onmicrosoft.com"_s,
                                                                              u"paSSw0rd"_s)},
               u"seed003_v3_mailbox_example2_restore.request.json"_s);

    RestoreToMailbox restoreTo;
    restoreTo.target = mailbox();
    restoreTo.casServer = u"outlook.office365.com"_s;
    restoreTo.mailbox = u"djohnes@northsupport.onmicrosoft.com"_s;
    restoreTo.credentials = RestoreCredentials::withPassword(u"djohnes@northsupport.onmicrosoft.com"_s, u"paSSw0rd"_s);
    restoreTo.changedItems = true;
    restoreTo.deletedItems = true;
    restoreTo.markRestoredAsUnread = false;
    restoreTo.excludeDrafts = false;
    restoreTo.excludeDeletedItems = false;
    restoreTo.excludeInPlaceHoldItems = true;
    restoreTo.excludeLitigationHoldItems = true;
    expectSeed(restoreTo, u"seed003_v3_mailbox_restoreto.table.request.json"_s);

    restoreTo.credentials.password = u"p@s$w0rd"_s;
    restoreTo.deletedItems = false;
    restoreTo.excludeInPlaceHoldItems = false;
    restoreTo.excludeLitigationHoldItems = false;
    expectSeed(restoreTo, u"seed003_v3_mailbox_example3_restoreto.request.json"_s);
}

// ---- v6-v8 bodies against the OpenAPI schemas -----------------------------------------------------

class ActionOpenApi : public ::testing::TestWithParam<ApiVersion>
{
};

TEST_P(ActionOpenApi, EveryRequestIsADocumentedOperationWithAValidBody)
{
    const ApiVersion version = GetParam();
    const std::optional<test::OpenApiDocument> api = test::OpenApiDocument::load(
        testdata::path(u"openapi/vb365_rest_%1_subset.json"_s.arg(toString(version))));
    ASSERT_TRUE(api.has_value());
    const std::unique_ptr<Dialect> dialect = Dialect::create(version);
    for (const auto &[name, request] : everyRequest()) {
        SCOPED_TRACE(name.toStdString());
        const auto call = toCall(request);
        ASSERT_TRUE(call);
        const auto spec = dialect->actionRequest(call->target, call->verb, call->options);
        ASSERT_TRUE(spec) << spec.error().message.toStdString();
        const auto operation = api->find(spec->method, spec->pathSegments);
        ASSERT_TRUE(operation.has_value()) << spec->describe().toStdString();
        const QJsonObject schema = test::OpenApiDocument::requestSchema(operation->json);
        if (spec->body.isEmpty()) {
            EXPECT_FALSE(test::OpenApiDocument::requestBodyRequired(operation->json));
            continue;
        }
        ASSERT_FALSE(schema.isEmpty()) << "body sent to an operation without one: " << spec->describe().toStdString();
        const QJsonObject body = QJsonDocument::fromJson(spec->body).object();
        const QStringList errors = api->validate(body, schema);
        EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString() << "\nbody: " << spec->body.toStdString();
        // Nothing the request holds is silently lost on the way (the dialect drops unknown keys).
        if (name == u"restoreTo"_s) {
            EXPECT_EQ(body.value(u"mailbox"_s).toString(), u"djohnes@northsupport.onmicrosoft.com"_s);
            EXPECT_EQ(body.value(u"folder"_s).toString(), u"Restored"_s);
            EXPECT_TRUE(body.value(u"excludeLitigationHoldItems"_s).toBool());
        } else if (name == u"bulk"_s) {
            EXPECT_EQ(body.value(u"officeUserpassword"_s).toString(), kSecret);
            EXPECT_EQ(body.value(u"onpremisesUsername"_s).toString(), u"admin"_s);
            EXPECT_EQ(body.value(u"oneDrives"_s).toArray().size(), 1);
        } else if (name == u"oneDriveRestore"_s) {
            EXPECT_EQ(body.value(u"documentAction"_s).toString(), u"Overwrite"_s);
        } else if (name == u"exportMailbox"_s) {
            EXPECT_EQ(body.value(u"contentKeyword"_s).toString(), u"support"_s);
            EXPECT_EQ(body.value(u"pstSizeLimitBytes"_s).toInteger(), 2LL * 1024 * 1024 * 1024);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Versions, ActionOpenApi,
                         ::testing::Values(ApiVersion::V6, ApiVersion::V7, ApiVersion::V8),
                         [](const auto &param) { return toString(param.param).toStdString(); });
