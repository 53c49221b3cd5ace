#pragma once

#include "model/browsesource.h"

#include <QPointer>

#include <memory>
#include <vector>

namespace re {

// A BrowseSource that keeps the next page of a long list on its way while the consumer is still busy
// with the current one. Paging a list is otherwise strictly serial — ask, wait for the server, parse,
// insert, ask again — and the client's own work between two pages adds to every round trip; with the
// next page already requested, the server builds it while the client reads this one.
//
// The rule: a page is read ahead only for a list the consumer is already paging through — after a page
// that says there is more, and when the consumer asks for any page past the first (its page size known),
// the one after it too. A one-page list therefore costs exactly one request, as before; a long list at
// most one request more than it needs (past its end). At most one page per list is held ahead, at most
// Options::maxLists lists at a time, and a page held longer than Options::maxAgeMs is asked for again
// rather than shown stale. Asking for a list from another offset (a refresh starts at 0) drops its page.
//
// Replies keep the BrowseSource contract: callbacks from the event loop only, never after the handle
// died. Destroying the handle of a page taken over while still in flight cancels its request.
class ReadAheadSource final : public BrowseSource
{
    Q_OBJECT
public:
    struct Options
    {
        int maxLists = 8;
        int maxAgeMs = 30000;
    };

    // The inner source must outlive this one's requests; if it is destroyed first they fail.
    explicit ReadAheadSource(BrowseSource *inner, QObject *parent = nullptr);
    ReadAheadSource(BrowseSource *inner, Options options, QObject *parent = nullptr);
    ~ReadAheadSource() override;

    [[nodiscard]] std::unique_ptr<BrowseRequest> fetch(const ListQuery &query, Callback onFinished) override;

    // Pages fetched before anyone asked for them, in flight or arrived (for tests and diagnostics).
    int pagesAhead() const { return static_cast<int>(m_ahead.size()); }

    struct Ahead;
    struct Delivery;

private:
    void readAhead(const ListQuery &query, qint64 stride);
    void dropAhead(const ListQuery &query);
    std::unique_ptr<Ahead> takeAhead(const ListQuery &query);
    // What every page the consumer asked for goes through on arrival: the next page goes out first.
    void onWantedPage(const ListQuery &query, const Result<BrowsePage, ApiError> &result);
    void failAllOfLostInner();

    QPointer<BrowseSource> m_inner;
    Options m_options;
    std::vector<std::unique_ptr<Ahead>> m_ahead;
    std::vector<std::weak_ptr<Delivery>> m_waiting; // failed at once if the inner source dies
};

} // namespace re
