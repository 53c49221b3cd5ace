#pragma once

#include "api/apierror.h"
#include "api/apiversion.h"
#include "api/requestspec.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace re {

// ---- logical operations: what the program wants, with ids only -------------------------------

enum class SessionType { Exchange, OneDrive, SharePoint, Teams };

// The collections the explorer lists. Everything below a restore session is paged on every version.
enum class Collection {
    Organizations,     // admin organizations (bare array up to v7, page in v8)
    RestoreSessions,   // the caller's restore sessions
    SessionEvents,     // events of sessionId
    Mailboxes,         // mailboxes of sessionId
    MailFolders,       // folders of mailbox containerId below parentId (empty parentId = top level)
    MailItems,         // items of mailbox containerId in folder parentId
    OneDrives,         // OneDrives of sessionId
    OneDriveFolders,   // folders of OneDrive containerId below parentId (empty = top level)
    OneDriveDocuments, // documents of OneDrive containerId in folder parentId (empty = root)
    DocumentVersions,  // earlier versions of document parentId in OneDrive containerId (v6+)
};

struct ListQuery
{
    Collection collection = Collection::Organizations;
    QString sessionId;
    QString containerId; // mailbox id or OneDrive id
    QString parentId;    // folder id (or document id for DocumentVersions); empty = top level
    qint64 offset = 0;
    qint64 limit = 0;    // 0 = let the dialect choose its page size
    // (added by search) Non-empty on MailItems / OneDriveDocuments: the server-side item search with this
    // query (POST …/search, v5 …/Action {"search"}) below parentId (a folder), containerId (one mailbox or
    // OneDrive) or, with both empty, the whole session. Results are paged like the plain list.
    QString search;
};

enum class ResourceKind {
    Organization,        // organizationId
    RestoreSession,      // sessionId
    SessionOrganization, // sessionId: root of the browse tree (seed 004)
    SessionStatistics,   // sessionId (v8 only)
    Mailbox,             // sessionId, containerId
    MailFolder,          // sessionId, containerId, id
    MailItem,            // sessionId, containerId, id
    OneDrive,            // sessionId, containerId
    OneDriveFolder,      // sessionId, containerId, id
    OneDriveDocument,    // sessionId, containerId, id
    DocumentVersion,     // sessionId, containerId, id, versionId
};

struct ResourceRef
{
    ResourceKind kind = ResourceKind::Organization;
    QString organizationId;
    QString sessionId;
    QString containerId;
    QString id;
    QString versionId;
};

struct ExploreOptions
{
    QDateTime pointInTime; // invalid = latest restore point
    SessionType type = SessionType::Exchange;
    bool showDeleted = false;
    bool showAllVersions = false;
};

// Verbs of actions on a target. Save/ExportToPst/SaveToMsg answer with a file stream; the restore
// family answers with statistics (v5-v7) or {sessionId} (v8); Send answers with nothing.
enum class ActionVerb {
    Save,                   // OneDrive, OneDrive folder(s), document(s): ZIP or plain file
    SaveToMsg,              // mail item(s): .msg (several: archive)
    ExportToPst,            // session organization, mailbox, mail folder, mail item(s): .pst (or ZIP of parts)
    RestoreToOriginal,      // in place
    RestoreTo,              // mail: to another mailbox
    CopyTo,                 // OneDrive: to another OneDrive / folder
    SendTo,                 // OneDrive data by e-mail (v5 sendTo, v6+ send)
    SendToDefaultAddress,   // mail items (v6+ only)
    SendToDifferentAddress, // mail items
    BulkRestore,            // several OneDrives / mailboxes at once (target: session organization collection)
};

// What an action acts on: one resource, or a selection of its children (bulk variants such as
// …/Items/exportToPst with "items": [{"id"}]).
struct ActionTarget
{
    ResourceRef ref;
    QStringList selectedIds;          // non-empty: the collection variant for these children
    Collection selectionKind = Collection::MailItems; // what selectedIds are (MailItems, OneDriveDocuments, OneDriveFolders, Mailboxes, OneDrives)
};

// One page of a list reply, still as JSON objects; resources/ turns them into typed values.
struct RawPage
{
    QList<QJsonObject> results;
    qint64 offset = 0;
    qint64 limit = 0;
    std::optional<qint64> totalCount; // v6/v7 only
    bool hasMore = false;             // a `next` link, or a full page without totalCount
};

// ---- the dialect --------------------------------------------------------------------------------

// Turns logical operations into RequestSpecs and replies into neutral values for one API version.
// Differences between versions live in the Dialect subclasses only: the rest of the program never
// tests a version number.
class Dialect
{
public:
    virtual ~Dialect() = default;
    static std::unique_ptr<Dialect> create(ApiVersion version);

    virtual ApiVersion version() const = 0;

    // Unauthenticated probe: 401 means the prefix is served, 404 that it is not.
    virtual RequestSpec probe() const = 0;
    // POST /vN/Token, form-encoded. The spec's body carries the secret: never log it.
    virtual RequestSpec passwordGrant(const QString &userName, const QString &password) const = 0;
    virtual RequestSpec refreshGrant(const QString &refreshToken) const = 0;

    virtual RequestSpec list(const ListQuery &query) const = 0;
    virtual RequestSpec get(const ResourceRef &ref) const = 0;
    virtual RequestSpec explore(const QString &organizationId, const ExploreOptions &options) const = 0;
    virtual RequestSpec stopSession(const QString &sessionId) const = 0;

    // Options use the v6+ camelCase names (contentKeyword, documentAction, userName, …) with
    // values as JSON values; the dialect renames, re-cases enums and wraps as its version needs.
    virtual RequestSpec action(const ActionTarget &target, ActionVerb verb,
                               const QJsonObject &options) const = 0;

    // (added by dialects) action() with its checks made visible: a verb/target combination this version
    // lacks, a selection without ids or a target without the ids it needs is a Validation error with a
    // readable message. action() on such input logs the problem and returns a spec with no path segments.
    virtual Result<RequestSpec, ApiError> actionRequest(const ActionTarget &target, ActionVerb verb,
                                                        const QJsonObject &options) const
    {
        return action(target, verb, options);
    }

    // (added by dialects) How restore-family actions (RestoreToOriginal, RestoreTo, CopyTo, BulkRestore)
    // answer: Statistics = the finished restore's counters (v5-v7, resources/statistics.h);
    // SessionToPoll = {"sessionId"} at once (v8): poll get(RestoreSession), SessionEvents and
    // get(SessionStatistics) of that id.
    enum class RestoreReply { Statistics, SessionToPoll };
    virtual RestoreReply restoreReply() const { return RestoreReply::Statistics; }

    // (added by actions) POST …/RestoreSessions/{id}/organization/restoreDeviceCode (v5+, §6.6): a device
    // code for a modern-auth restore; the reply is {userCode, verificationUrl, expiresIn, message}.
    // Options: targetApplicationId (v5+), targetRegion and targetOrganizationName (v6+).
    virtual Result<RequestSpec, ApiError> restoreDeviceCode(const QString &sessionId,
                                                            const QJsonObject &options) const
    {
        Q_UNUSED(sessionId)
        Q_UNUSED(options)
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = QCoreApplication::translate("Dialect", "Device codes are not available in this API version.");
        return unexpected(error);
    }

    // (added by wizards) GET /vN/VexEmailSettings | VeodEmailSettings | VespEmailSettings: the Veeam Explorer SMTP
    // settings that send actions need (api-reference §10). The default is the v6+ spelling; v5 overrides it.
    enum class EmailSettings { Exchange, OneDrive, SharePoint };
    virtual RequestSpec emailSettings(EmailSettings which) const
    {
        RequestSpec spec;
        spec.pathSegments = {toString(version()), which == EmailSettings::Exchange   ? QStringLiteral("VexEmailSettings")
                                                  : which == EmailSettings::OneDrive ? QStringLiteral("VeodEmailSettings")
                                                                                     : QStringLiteral("VespEmailSettings")};
        return spec;
    }

    // Accepts a bare JSON array or a page object on every list (api-reference.md §2.4).
    virtual Result<RawPage, ApiError> parsePage(const QJsonDocument &reply,
                                                const ListQuery &query) const = 0;

    // Whether this version has the operation at all (e.g. DocumentVersions and SendToDefaultAddress
    // need v6+, SessionStatistics needs v8). Menus use it together with a resource's _actions.
    virtual bool supports(Collection collection) const = 0;
    virtual bool supports(ResourceKind kind) const = 0;
    virtual bool supports(ActionVerb verb, ResourceKind targetKind) const = 0;
};

} // namespace re
