#pragma once

#include "model/browsesource.h"

#include <QPointer>

#include <memory>

namespace re {

class ApiClient;

// BrowseSource over a live server connection: each fetch is one ApiClient::fetchPage() of the row type
// the collection holds. Cancelling (destroying the handle) guarantees the callback never runs; the HTTP
// request itself is left to finish in the background because fetchPage() does not expose its job.
class ApiBrowseSource final : public BrowseSource
{
    Q_OBJECT
public:
    // The client must outlive the source's requests (a destroyed client fails them).
    explicit ApiBrowseSource(ApiClient *client, QObject *parent = nullptr);
    ~ApiBrowseSource() override;

    [[nodiscard]] std::unique_ptr<BrowseRequest> fetch(const ListQuery &query, Callback onFinished) override;

private:
    QPointer<ApiClient> m_client;
};

// The source the application's models page through: an ApiBrowseSource behind a ReadAheadSource
// (which owns it), so the next page of a long list is requested while the current one is read.
std::unique_ptr<BrowseSource> makeModelSource(ApiClient *client);

} // namespace re
