#include "model/apibrowsesource.h"

#include "api/client/apiclient.h"
#include "common/logging.h"
#include "model/readaheadsource.h"

#include <QTimer>

namespace re {

namespace {

// Shared by the handle and the reply lambda: the handle flips `cancelled`, the reply checks it.
struct RequestState
{
    BrowseSource::Callback callback;
    bool cancelled = false;
};

class ApiBrowseRequest final : public BrowseRequest
{
public:
    ApiBrowseRequest(std::shared_ptr<RequestState> state, QObject *context)
        : m_state(std::move(state)), m_context(context)
    {}
    ~ApiBrowseRequest() override
    {
        m_state->cancelled = true;
        m_state->callback = nullptr;
        if (m_context)
            m_context->deleteLater(); // may run inside the reply's own slot: never delete it there
    }

private:
    std::shared_ptr<RequestState> m_state;
    QPointer<QObject> m_context;
};

void deliver(const std::shared_ptr<RequestState> &state, Result<BrowsePage, ApiError> result)
{
    if (state->cancelled || !state->callback)
        return;
    // A local copy: the receiver may destroy the handle (and with it the state's callback) inside.
    BrowseSource::Callback callback = std::move(state->callback);
    state->cancelled = true;
    callback(std::move(result));
}

template <typename Row>
void fetchRows(ApiClient *client, const ListQuery &query, QObject *context, std::shared_ptr<RequestState> state)
{
    client->fetchPage<Row>(query, context, [state = std::move(state)](Result<Page<Row>, ApiError> page) {
        if (!page) {
            deliver(state, unexpected(page.error()));
            return;
        }
        BrowsePage browsePage;
        browsePage.nextOffset = page->nextOffset();
        browsePage.hasMore = page->hasMore;
        browsePage.rowErrors = std::move(page->rowErrors);
        browsePage.rows = std::move(page->items);
        deliver(state, std::move(browsePage));
    });
}

} // namespace

ApiBrowseSource::ApiBrowseSource(ApiClient *client, QObject *parent) : BrowseSource(parent), m_client(client) {}

ApiBrowseSource::~ApiBrowseSource() = default;

std::unique_ptr<BrowseRequest> ApiBrowseSource::fetch(const ListQuery &query, Callback onFinished)
{
    auto state = std::make_shared<RequestState>();
    state->callback = std::move(onFinished);
    // Replies are delivered in this context; it dies with the handle (or with the source).
    auto *context = new QObject(this);
    auto handle = std::make_unique<ApiBrowseRequest>(state, context);

    const auto failLater = [&](ApiError error) {
        QTimer::singleShot(0, context, [state, error] { deliver(state, unexpected(error)); });
    };
    if (!m_client) {
        failLater(lostSourceError());
        return handle;
    }
    switch (query.collection) {
    case Collection::Organizations: fetchRows<Organization>(m_client, query, context, state); break;
    case Collection::RestoreSessions: fetchRows<RestoreSession>(m_client, query, context, state); break;
    case Collection::Mailboxes: fetchRows<Mailbox>(m_client, query, context, state); break;
    case Collection::MailFolders: fetchRows<MailFolder>(m_client, query, context, state); break;
    case Collection::MailItems: fetchRows<MailItem>(m_client, query, context, state); break;
    case Collection::OneDrives: fetchRows<OneDrive>(m_client, query, context, state); break;
    case Collection::OneDriveFolders: fetchRows<OneDriveFolder>(m_client, query, context, state); break;
    case Collection::OneDriveDocuments: fetchRows<OneDriveDocument>(m_client, query, context, state); break;
    case Collection::SessionEvents:
    case Collection::DocumentVersions:
        qCWarning(lcModel) << "browse source asked for a collection the browse models do not show";
        failLater(browseError(ApiError::Kind::Validation, tr("This list cannot be shown in the browser.")));
        break;
    }
    return handle;
}

std::unique_ptr<BrowseSource> makeModelSource(ApiClient *client)
{
    auto *api = new ApiBrowseSource(client);
    auto readAhead = std::make_unique<ReadAheadSource>(api);
    api->setParent(readAhead.get()); // deleted after the read-ahead source let go of its requests
    return readAhead;
}

} // namespace re
