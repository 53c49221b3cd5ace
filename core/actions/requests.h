#pragma once

// The actions a help-desk user can run, as plain values (DESIGN.md §6): a wizard edits one of them,
// validate() says what is missing in plain words, summary() shows what will be sent (secrets
// masked) and call() turns it into the dialect's vocabulary — target, verb and v6+ camelCase
// options; the dialect renames, re-cases and wraps them for its version (docs/api-dialects.md).

#include "actions/credentials.h"
#include "actions/validation.h"
#include "api/dialect.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace re::actions {

// The seeds' enums (DocumentVersion, DocumentAction, DocumentLastVersionAction). Named *Mode so
// they do not collide with the re::DocumentVersion resource.
enum class DocumentVersionMode { Last, All };
enum class DocumentActionMode { Keep, Overwrite };   // Keep writes RESTORED-<name> beside the live file
enum class LastVersionActionMode { Merge, Overwrite };

// What the dialect needs to build the request.
struct ActionCall
{
    ActionTarget target;
    ActionVerb verb = ActionVerb::RestoreToOriginal;
    QJsonObject options;
};

// Restore to the original location: a mailbox, mail folder, mail item(s), OneDrive, OneDrive
// folder(s) or document(s). Mail restores take credentials only (RESTRestoreToOriginalLocation);
// OneDrive restores also the document action, and on v5 the version to write.
struct RestoreToOriginal
{
    ActionTarget target;
    RestoreCredentials credentials;
    DocumentVersionMode documentVersion = DocumentVersionMode::Last; // OneDrive; sent on v5 only
    DocumentActionMode documentAction = DocumentActionMode::Keep;    // OneDrive

    Validity validate() const;
    ActionCall call() const;
    QList<SummaryLine> summary() const;
};

// Exchange data to another mailbox (restoreTo): seed 003's table.
struct RestoreToMailbox
{
    ActionTarget target; // mailbox, mail folder or mail item(s)
    QString casServer = QStringLiteral("outlook.office365.com");
    QString mailbox;     // target mailbox address
    QString folder;      // target folder; empty = the server's default
    RestoreCredentials credentials;
    bool changedItems = true;
    bool deletedItems = false;
    bool markRestoredAsUnread = false;
    bool excludeDrafts = false;
    bool excludeDeletedItems = false;
    bool excludeInPlaceHoldItems = true;
    bool excludeLitigationHoldItems = true;

    Validity validate() const;
    ActionCall call() const;
    QList<SummaryLine> summary() const;
};

// OneDrive data to another OneDrive and/or folder (copyTo): seed 001's table.
struct CopyToOneDrive
{
    ActionTarget target;             // OneDrive, folder(s), document(s) or a document version
    QJsonObject destinationOneDrive; // the OneDrive object as the server listed it ({id, name, url, _links})
    QString destinationFolder;       // folder path in the destination; empty = its root
    RestoreCredentials credentials;
    DocumentVersionMode documentVersion = DocumentVersionMode::Last;
    LastVersionActionMode lastVersionAction = LastVersionActionMode::Merge;
    bool changedItems = true;
    bool deletedItems = false;
    bool restorePermissions = true;
    bool sendSharedLinksNotification = false;

    Validity validate() const;
    ActionCall call() const;
    QList<SummaryLine> summary() const;
};

// Send by e-mail: OneDrive data (sendTo/send) or mail items (sendToDifferentAddress, or v6+
// sendToDefaultAddress). Needs the server's Explorer e-mail settings.
struct SendByMail
{
    ActionTarget target;
    bool toDefaultAddress = false; // mail items only: the item owner's own address
    QString from;
    QString to; // one or more addresses, ';' or ',' separated
    QString subject;
    QString text;

    Validity validate() const;
    ActionCall call() const;
    QList<SummaryLine> summary() const;
};

// Save as a file: OneDrive data (ZIP, or the plain document), mail items (.msg). The call goes to
// the download manager (transfer/apidownload.h: downloadRequestFor), not to RestoreRunner.
struct Save
{
    ActionTarget target;
    bool asZip = false; // a single document only: ZIP instead of the plain file

    Validity validate() const;
    ActionCall call() const;
    QList<SummaryLine> summary() const;
};

// Export Exchange data to PST (also through the download manager).
struct ExportToPst
{
    static constexpr qint64 kMinPstSizeLimit = 1024LL * 1024 * 1024;      // 1 GB (api-reference §7.2)
    static constexpr qint64 kMaxPstSizeLimit = 49LL * 1024 * 1024 * 1024; // 49 GB

    ActionTarget target;    // session organization, mailbox, mail folder or mail item(s)
    QString contentKeyword; // organization, mailbox and folder only
    std::optional<qint64> pstSizeLimitBytes; // set = split into parts of at most this size (a ZIP)

    Validity validate() const;
    ActionCall call() const;
    QList<SummaryLine> summary() const;
};

// Whole OneDrives restored in place (seed 000): OneDrives as the server listed them.
struct BulkOneDriveRestore
{
    QString sessionId;
    QList<QJsonObject> oneDrives;
    BulkCredentials credentials;
    bool skipUnresolved = true;
    DocumentVersionMode documentVersion = DocumentVersionMode::Last; // sent on v5 only
    DocumentActionMode documentAction = DocumentActionMode::Keep;

    Validity validate() const;
    ActionCall call() const;
    QList<SummaryLine> summary() const;
};

// Whole mailboxes restored in place: the organization-level Exchange restore (RestBulkRestoreOptions;
// v5 …/Organization/Mailboxes/Action restoreTo, v6+ …/Organization/Mailboxes/restore).
struct BulkMailboxRestore
{
    QString sessionId;
    QStringList mailboxIds;
    QStringList mailboxNames; // shown in the summary, parallel to mailboxIds; may be empty
    BulkCredentials credentials;
    QString casServer = QStringLiteral("outlook.office365.com");
    bool skipUnresolved = true;
    bool changedItems = true;
    bool deletedItems = false;
    bool markRestoredAsUnread = false;
    bool excludeDrafts = false;
    bool excludeDeletedItems = false;
    bool excludeInPlaceHoldItems = true;
    bool excludeLitigationHoldItems = true;

    Validity validate() const;
    ActionCall call() const;
    QList<SummaryLine> summary() const;
};

// One earlier version of a document written back in place (v6+: …/Versions/{v}/restore).
struct RestoreVersion
{
    ActionTarget target; // ref.kind == DocumentVersion with id and versionId
    RestoreCredentials credentials;
    DocumentActionMode documentAction = DocumentActionMode::Keep;

    Validity validate() const;
    ActionCall call() const;
    QList<SummaryLine> summary() const;
};

using ActionRequest = std::variant<RestoreToOriginal, RestoreToMailbox, CopyToOneDrive, SendByMail, Save,
                                   ExportToPst, BulkOneDriveRestore, RestoreVersion, BulkMailboxRestore>;

Validity validate(const ActionRequest &request);
// validate() first; the call only when the request is valid.
Result<ActionCall, ValidationError> toCall(const ActionRequest &request);
QList<SummaryLine> summary(const ActionRequest &request);
// Stable name for logs and scripts: restoreToOriginal, restoreToMailbox, copyToOneDrive,
// sendByMail, save, exportToPst, bulkOneDriveRestore, restoreVersion, bulkMailboxRestore.
QString actionName(const ActionRequest &request);
// Translated title: "Restore to the original location", …
QString actionTitle(const ActionRequest &request);
// The target as one line for logs: "OneDrive <id> folder <id>", "3 mail items in mailbox <id>".
QString describeTarget(const ActionTarget &target);
ActionTarget targetOf(const ActionRequest &request);
// The session whose events belong to the action (the browsing session).
QString sessionOf(const ActionRequest &request);

} // namespace re::actions
