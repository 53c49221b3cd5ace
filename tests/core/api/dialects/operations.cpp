#include "operations.h"

#include <QJsonArray>

#include <array>

namespace re::test {

QJsonObject everyOption()
{
    return QJsonObject {
        {QStringLiteral("userName"), QStringLiteral("admin@contoso.onmicrosoft.com")},
        {QStringLiteral("userPassword"), QStringLiteral("p@s$w0rd\"quoted")},
        {QStringLiteral("userCode"), QStringLiteral("ABCD-EFGH")},
        {QStringLiteral("applicationId"), QStringLiteral("6f7d2a3c-0e1b-4d5f-9a8b-7c6d5e4f3a2b")},
        {QStringLiteral("applicationCertificate"), QStringLiteral("MIIC…base64")},
        {QStringLiteral("applicationCertificatePassword"), QStringLiteral("certpw")},
        {QStringLiteral("impersonationAccountName"), QStringLiteral("svc-restore")},
        {QStringLiteral("changedItems"), QStringLiteral("true")}, // a string boolean on purpose
        {QStringLiteral("deletedItems"), false},
        {QStringLiteral("markRestoredAsUnread"), true},
        {QStringLiteral("excludeDrafts"), false},
        {QStringLiteral("excludeDeletedItems"), false},
        {QStringLiteral("excludeInPlaceHoldItems"), true},
        {QStringLiteral("excludeLitigationHoldItems"), true},
        {QStringLiteral("mailbox"), QStringLiteral("djohnes@northsupport.onmicrosoft.com")},
        {QStringLiteral("casServer"), QStringLiteral("outlook.office365.com")},
        {QStringLiteral("folder"), QStringLiteral("Restored")},
        {QStringLiteral("officeRegion"), QStringLiteral("worldwide")}, // lowercase on purpose
        {QStringLiteral("officeOrganizationName"), QStringLiteral("contoso.onmicrosoft.com")},
        {QStringLiteral("organizationName"), QStringLiteral("contoso.onmicrosoft.com")},
        {QStringLiteral("contentKeywords"), QStringLiteral("invoice")}, // v5 spelling on purpose
        {QStringLiteral("enablePstSizeLimit"), true},
        {QStringLiteral("pstSizeLimitBytes"),
            QStringLiteral("1073741824")}, // a string number on purpose
        {QStringLiteral("from"), QStringLiteral("helpdesk@contoso.com")},
        {QStringLiteral("to"), QStringLiteral("user@contoso.com")},
        {QStringLiteral("subject"), QStringLiteral("Your files")},
        {QStringLiteral("text"), QStringLiteral("Please find attached the files you requested")},
        {QStringLiteral("skipItemChecks"), true},
        {QStringLiteral("skipUnresolved"), true},
        {QStringLiteral("office365UserName"), QStringLiteral("admin@contoso.onmicrosoft.com")},
        {QStringLiteral("office365UserPassword"), QStringLiteral("o365pw")},
        {QStringLiteral("onPremisesUserName"), QStringLiteral("CONTOSO\\admin")},
        {QStringLiteral("onPremisesUserPassword"), QStringLiteral("onprempw")},
        {QStringLiteral("domainName"), QStringLiteral("contoso.local")},
        {QStringLiteral("recentItemRestorePeriod"), 30},
        {QStringLiteral("officeUsername"), QStringLiteral("admin@contoso.onmicrosoft.com")},
        {QStringLiteral("officeUserpassword"), QStringLiteral("officepw")},
        {QStringLiteral("onpremisesUsername"), QStringLiteral("CONTOSO\\admin")},
        {QStringLiteral("onpremisesUserpassword"), QStringLiteral("onprempw")},
        {QStringLiteral("documentAction"), QStringLiteral("keep")}, // lowercase on purpose
        {QStringLiteral("documentVersion"), QStringLiteral("LAST")}, // odd case on purpose
        {QStringLiteral("documentLastVersionAction"), QStringLiteral("Merge")},
        {QStringLiteral("restorePermissions"), true},
        {QStringLiteral("sendSharedLinksNotification"), false},
        {QStringLiteral("asZip"), QStringLiteral("false")},
        {QStringLiteral("onedrive"),
            QJsonObject {{QStringLiteral("id"),
                             QStringLiteral("724011c3-a540-4684-b24f-3e2ab4ef6380df26ea7d-6468-"
                                            "4846-bdf5-4e88d871ed11")},
                {QStringLiteral("name"), QStringLiteral("CopyTo User")},
                {QStringLiteral("url"), QStringLiteral("http://server/personal/orgUser")}}},
    };
}

ResourceRef refOf(ResourceKind kind)
{
    ResourceRef ref;
    ref.kind = kind;
    ref.organizationId = ids::organization;
    ref.sessionId = ids::session;
    switch (kind) {
    case ResourceKind::Mailbox:
    case ResourceKind::MailFolder:
    case ResourceKind::MailItem:
        ref.containerId = ids::mailbox;
        ref.id = kind == ResourceKind::MailFolder ? ids::mailFolder : ids::mailItem;
        break;
    case ResourceKind::OneDrive:
    case ResourceKind::OneDriveFolder:
    case ResourceKind::OneDriveDocument:
    case ResourceKind::DocumentVersion:
        ref.containerId = ids::oneDrive;
        ref.id = kind == ResourceKind::OneDriveFolder ? ids::oneDriveFolder : ids::document;
        ref.versionId = ids::version;
        break;
    default:
        break;
    }
    return ref;
}

namespace {

constexpr std::array kCollections = {Collection::Organizations, Collection::RestoreSessions,
    Collection::SessionEvents, Collection::Mailboxes, Collection::MailFolders,
    Collection::MailItems, Collection::OneDrives, Collection::OneDriveFolders,
    Collection::OneDriveDocuments, Collection::DocumentVersions};

constexpr std::array kKinds = {ResourceKind::Organization, ResourceKind::RestoreSession,
    ResourceKind::SessionOrganization, ResourceKind::SessionStatistics, ResourceKind::Mailbox,
    ResourceKind::MailFolder, ResourceKind::MailItem, ResourceKind::OneDrive,
    ResourceKind::OneDriveFolder, ResourceKind::OneDriveDocument, ResourceKind::DocumentVersion};

constexpr std::array kVerbs = {ActionVerb::Save, ActionVerb::SaveToMsg, ActionVerb::ExportToPst,
    ActionVerb::RestoreToOriginal, ActionVerb::RestoreTo, ActionVerb::CopyTo, ActionVerb::SendTo,
    ActionVerb::SendToDefaultAddress, ActionVerb::SendToDifferentAddress, ActionVerb::BulkRestore};

QString name(const char *prefix, int a, int b = -1)
{
    return QString::fromLatin1(prefix) + QString::number(a)
        + (b >= 0 ? u'/' + QString::number(b) : QString());
}

} // namespace

std::vector<NamedRequest> everyRequest(const Dialect &d)
{
    std::vector<NamedRequest> all;
    all.push_back({QStringLiteral("probe"), d.probe()});
    all.push_back({QStringLiteral("passwordGrant"),
        d.passwordGrant(QStringLiteral("u"), QStringLiteral("p"))});
    all.push_back({QStringLiteral("refreshGrant"), d.refreshGrant(QStringLiteral("r"))});
    ExploreOptions explore;
    explore.pointInTime = QDateTime(QDate(2020, 10, 30), QTime(10, 54, 40, 279), Qt::UTC);
    explore.type = SessionType::OneDrive;
    all.push_back({QStringLiteral("explore"), d.explore(ids::organization, explore)});
    all.push_back(
        {QStringLiteral("explore latest"), d.explore(ids::organization, ExploreOptions {})});
    all.push_back({QStringLiteral("stop"), d.stopSession(ids::session)});

    for (Collection c : kCollections) {
        if (!d.supports(c))
            continue;
        for (const QString &parent : {QString(), ids::mailFolder}) {
            ListQuery q;
            q.collection = c;
            q.sessionId = ids::session;
            q.containerId = c == Collection::MailFolders || c == Collection::MailItems
                ? ids::mailbox
                : ids::oneDrive;
            q.parentId = c == Collection::DocumentVersions ? ids::document : parent;
            q.offset = 30;
            all.push_back({name("list ", static_cast<int>(c)), d.list(q)});
        }
    }
    for (ResourceKind k : kKinds) {
        if (d.supports(k))
            all.push_back({name("get ", static_cast<int>(k)), d.get(refOf(k))});
    }
    for (ActionVerb verb : kVerbs) {
        for (ResourceKind k : kKinds) {
            ActionTarget single;
            single.ref = refOf(k);
            if (verb != ActionVerb::BulkRestore) {
                if (auto spec = d.actionRequest(single, verb, everyOption()))
                    all.push_back(
                        {name("action ", static_cast<int>(verb), static_cast<int>(k)), *spec});
            }
        }
        for (Collection selection : {Collection::MailItems, Collection::OneDriveDocuments,
                 Collection::OneDriveFolders, Collection::Mailboxes, Collection::OneDrives}) {
            ActionTarget many;
            many.ref = refOf(selection == Collection::MailItems ? ResourceKind::Mailbox
                                                                : ResourceKind::OneDrive);
            if (selection == Collection::Mailboxes || selection == Collection::OneDrives)
                many.ref = refOf(ResourceKind::SessionOrganization);
            many.selectionKind = selection;
            many.selectedIds = selection == Collection::MailItems
                ? QStringList {ids::mailItem, QStringLiteral("x+y/z=")}
                : selection == Collection::Mailboxes ? QStringList {ids::mailbox}
                : selection == Collection::OneDrives
                ? QStringList {ids::oneDrive}
                : QStringList {ids::document, ids::oneDriveFolder};
            if (auto spec = d.actionRequest(many, verb, everyOption()))
                all.push_back(
                    {name("selection ", static_cast<int>(verb), static_cast<int>(selection)),
                        *spec});
        }
    }
    return all;
}

} // namespace re::test
