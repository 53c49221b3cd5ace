#pragma once

#include "api/apierror.h"
#include "api/dialect.h"
#include "common/result.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "resources/organization.h"
#include "resources/restoresession.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace re {

// The typed rows of one page; which alternative is set follows ListQuery::collection.
using BrowseRows = std::variant<QList<Organization>, QList<RestoreSession>, QList<Mailbox>, QList<MailFolder>,
                                QList<MailItem>, QList<OneDrive>, QList<OneDriveFolder>, QList<OneDriveDocument>>;

struct BrowsePage
{
    BrowseRows rows;
    // Offset of the following page: the request's offset plus every row the server sent, including rows
    // that could not be read, so an unreadable row never shifts (and silently drops) later rows.
    qint64 nextOffset = 0;
    bool hasMore = false;
    QStringList rowErrors; // one readable message per row the server sent but that could not be read
};

// A request in flight. Destroying the handle cancels the request: its callback never runs afterwards.
// Models own one handle per loading node, so a node (or model) that dies can never receive a late reply.
class BrowseRequest
{
public:
    BrowseRequest() = default;
    virtual ~BrowseRequest() = default;
    BrowseRequest(const BrowseRequest &) = delete;
    BrowseRequest &operator=(const BrowseRequest &) = delete;
};

// Where the browse models get their rows from. The models never see the network or a dialect:
// ApiBrowseSource implements this over ApiClient, tests use a scripted fake.
class BrowseSource : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<BrowsePage, ApiError>)>;

    using QObject::QObject;

    // Starts loading one page. Contract for implementations:
    // - `onFinished` runs exactly once, from the event loop (never inside fetch()),
    //   unless the returned handle was destroyed first: then it never runs;
    // - the handle may be destroyed from inside the callback (keep the callback alive while it runs);
    // - a successful page carries the alternative of BrowseRows matching query.collection;
    // - query.limit 0 lets the source choose its page size.
    [[nodiscard]] virtual std::unique_ptr<BrowseRequest> fetch(const ListQuery &query, Callback onFinished) = 0;
};

// Which BrowseRows alternative a collection is delivered as (for sources and for checking pages).
template <typename Row>
constexpr bool deliversRow(Collection collection)
{
    switch (collection) {
    case Collection::Organizations: return std::is_same_v<Row, Organization>;
    case Collection::RestoreSessions: return std::is_same_v<Row, RestoreSession>;
    case Collection::Mailboxes: return std::is_same_v<Row, Mailbox>;
    case Collection::MailFolders: return std::is_same_v<Row, MailFolder>;
    case Collection::MailItems: return std::is_same_v<Row, MailItem>;
    case Collection::OneDrives: return std::is_same_v<Row, OneDrive>;
    case Collection::OneDriveFolders: return std::is_same_v<Row, OneDriveFolder>;
    case Collection::OneDriveDocuments: return std::is_same_v<Row, OneDriveDocument>;
    case Collection::SessionEvents:
    case Collection::DocumentVersions: return false;
    }
    return false;
}

// An error of the browse layer itself (no HTTP involved), e.g. a page that contradicts itself.
ApiError browseError(ApiError::Kind kind, const QString &message);

// What a model reports for requests of a source that no longer exists (the connection was closed).
ApiError lostSourceError();

// A page that would make paging loop forever (more announced, offset not advanced) is an error:
// asking again would fetch the same page, stopping would silently hide rows.
std::optional<ApiError> pagingProblem(const BrowsePage &page, qint64 requestedOffset);

} // namespace re
