#pragma once

#include "api/dialect.h"
#include "api/dialects/actionoptions.h"
#include "api/dialects/actiontable.h"

#include <QString>
#include <QStringList>

namespace re::dialects {

// Path segment spellings of one generation (v5 docs capitalise, the v6+ OpenAPI mixes cases; the
// server ignores case, a strict emulator and our tests do not).
struct PathNames
{
    QString token;
    QString sessionOrganization; // /RestoreSessions/{id}/<this> and the Exchange prefix
    QString mailboxes;
    QString mailFolders;
    QString mailItems;
    QString oneDriveOrganization; // /RestoreSessions/{id}/<this>/OneDrives
    QString oneDrives;
    QString oneDriveFolders;
    QString documents;
    QString versions;
    QString events;
};

// A resolved action: where it goes, which option schema its body is, what comes back.
struct ActionOperation
{
    QStringList resource; // segments of the resource, or of the collection for selections
    OptionSchema schema = OptionSchema::None;
    QString selectionKey; // "items", "documents", "folders", "mailboxes", "oneDrives"; empty = one
                          // resource
    QString perVerbSegment; // v6+ path verb: restore, restoreTo, copyTo, save, Save, send, …
    QString actionKey; // v5 body key: restoretoOriginallocation, exporttoPst, …
    ResponseKind response = ResponseKind::Json;
};

// What every version shares: paging, list/get paths (with the spellings and selectors as hooks),
// token requests, action resolution and option normalisation. Subclasses supply only differences.
class DialectBase : public Dialect
{
public:
    static constexpr qint64 kDefaultPageSize = 500;
    static constexpr qint64 kMaxPageSize = 10000; // the server's documented cap (v5 changelog)

    ApiVersion version() const override { return m_version; }

    RequestSpec passwordGrant(const QString &userName, const QString &password) const override;
    RequestSpec refreshGrant(const QString &refreshToken) const override;
    RequestSpec list(const ListQuery &query) const override;
    RequestSpec get(const ResourceRef &ref) const override;
    RequestSpec action(
        const ActionTarget &target, ActionVerb verb, const QJsonObject &options) const override;
    Result<RequestSpec, ApiError> actionRequest(
        const ActionTarget &target, ActionVerb verb, const QJsonObject &options) const override;
    Result<RawPage, ApiError> parsePage(
        const QJsonDocument &reply, const ListQuery &query) const override;
    Result<RequestSpec, ApiError> restoreDeviceCode(
        const QString &sessionId, const QJsonObject &options) const override;

    bool supports(Collection collection) const override;
    bool supports(ResourceKind kind) const override;
    // For a selection, pass the kind of the selected children (MailItem, OneDriveDocument,
    // OneDriveFolder; Mailbox/OneDrive for BulkRestore).
    bool supports(ActionVerb verb, ResourceKind targetKind) const override;

    // limit 0 → default page size; capped at kMaxPageSize; never below 1.
    static qint64 effectivePageSize(qint64 requested);

protected:
    DialectBase(ApiVersion version, PathNames names);

    const PathNames &names() const { return m_names; }
    QString prefix() const { return toString(m_version); }

    // ---- differences between versions ----
    virtual QString rootFolderSelector() const = 0; // parentId value for "top level": null | root
    virtual QString mailItemsFolderParameter() const = 0; // folderId | parentId
    virtual bool organizationsArePaged() const { return false; }
    virtual bool sendsAntiforgeryOptOut() const { return false; }
    // Statuses of replies without a body (stop, send): every version may answer 200 or 204.
    virtual QList<int> emptyReplyStatuses() const { return {200, 204}; }
    // Whether this version has (verb on kind) at all, beyond what the shared action table resolves.
    virtual bool hasAction(ActionVerb verb, ResourceKind kind) const;
    virtual QStringList allowedOptions(OptionSchema schema) const { return v6OptionNames(schema); }
    // RESTDeviceCodeRequestOptions (v6+); v5 knows only targetApplicationId.
    virtual QStringList deviceCodeOptions() const
    {
        return {QStringLiteral("targetApplicationId"), QStringLiteral("targetRegion"),
            QStringLiteral("targetOrganizationName")};
    }
    // Turns a resolved action and its finished (canonical, re-cased, restricted) body into a
    // request.
    virtual RequestSpec actionSpec(
        const ActionOperation &operation, const QJsonObject &body) const = 0;

    // ---- helpers for subclasses ----
    QStringList sessionPath(const QString &sessionId) const;
    QStringList mailboxPath(const QString &sessionId, const QString &mailboxId) const;
    QStringList oneDrivePath(const QString &sessionId, const QString &oneDriveId) const;
    QList<int> statusesFor(ResponseKind kind) const;

private:
    // Where an action goes before the verb is known: the target's class, its path, the selection
    // key.
    struct ActionLocation
    {
        ActionTargetClass targetClass;
        ResourceKind kind; // of the target, or of the selected children
        QStringList resource;
        QString selectionKey;
    };
    Result<ActionLocation, ApiError> locateSelection(
        const ActionTarget &target, ActionVerb verb) const;
    Result<ActionLocation, ApiError> locateSingle(const ResourceRef &ref) const;
    Result<ActionOperation, ApiError> resolveAction(
        const ActionTarget &target, ActionVerb verb) const;
    RequestSpec tokenRequest(QList<std::pair<QString, QString>> fields) const;
    void addPaging(RequestSpec &spec, const ListQuery &query) const;
    // list() of a ListQuery with `search`: the search action on the scope the ids select.
    RequestSpec searchList(const ListQuery &query) const;

    ApiVersion m_version;
    PathNames m_names;
};

ApiError validationError(const QString &message);

} // namespace re::dialects
