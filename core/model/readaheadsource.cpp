#include "model/readaheadsource.h"

#include "common/logging.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace re {

// The consumer's side of one request: its callback, and whether its handle died.
struct ReadAheadSource::Delivery
{
    Callback callback;
    bool cancelled = false;

    void deliver(Result<BrowsePage, ApiError> result)
    {
        if (cancelled || !callback)
            return;
        // A local copy: the receiver may destroy its handle (and with it this delivery) inside.
        Callback receiver = std::move(callback);
        cancelled = true;
        receiver(std::move(result));
    }
};

// A page fetched before the consumer asked for it.
struct ReadAheadSource::Ahead
{
    ListQuery query;
    std::unique_ptr<BrowseRequest> request;             // of the inner source; destroying it cancels
    std::optional<Result<BrowsePage, ApiError>> result; // once arrived
    QElapsedTimer age;
    std::shared_ptr<Delivery> waiter; // the consumer who took the page over while it was in flight
    qint64 stride = 0;                // rows between the page before and this one: the page size in use
};

namespace {

bool sameList(const ListQuery &a, const ListQuery &b)
{
    return a.collection == b.collection && a.sessionId == b.sessionId && a.containerId == b.containerId
           && a.parentId == b.parentId && a.limit == b.limit && a.search == b.search;
}

ListQuery atOffset(ListQuery query, qint64 offset)
{
    query.offset = offset;
    return query;
}

class Handle final : public BrowseRequest
{
public:
    explicit Handle(std::shared_ptr<ReadAheadSource::Delivery> delivery,
                    std::unique_ptr<BrowseRequest> inner = nullptr,
                    std::unique_ptr<ReadAheadSource::Ahead> ahead = nullptr)
        : m_delivery(std::move(delivery)), m_inner(std::move(inner)), m_ahead(std::move(ahead))
    {}
    ~Handle() override
    {
        m_delivery->cancelled = true;
        m_delivery->callback = nullptr;
        // The members go next: the inner request (or the page taken over) is cancelled with them.
    }

private:
    std::shared_ptr<ReadAheadSource::Delivery> m_delivery;
    std::unique_ptr<BrowseRequest> m_inner;
    std::unique_ptr<ReadAheadSource::Ahead> m_ahead;
};

} // namespace

ReadAheadSource::ReadAheadSource(BrowseSource *inner, QObject *parent)
    : ReadAheadSource(inner, Options{}, parent)
{}

ReadAheadSource::ReadAheadSource(BrowseSource *inner, Options options, QObject *parent)
    : BrowseSource(parent), m_inner(inner), m_options(options)
{
    if (inner)
        connect(inner, &QObject::destroyed, this, &ReadAheadSource::failAllOfLostInner);
}

ReadAheadSource::~ReadAheadSource() = default;

std::unique_ptr<BrowseRequest> ReadAheadSource::fetch(const ListQuery &query, Callback onFinished)
{
    auto delivery = std::make_shared<Delivery>();
    delivery->callback = std::move(onFinished);
    std::erase_if(m_waiting, [](const std::weak_ptr<Delivery> &waiting) { return waiting.expired(); });
    m_waiting.push_back(delivery);
    if (!m_inner) {
        QTimer::singleShot(0, this, [delivery] { delivery->deliver(unexpected(lostSourceError())); });
        return std::make_unique<Handle>(delivery);
    }
    std::unique_ptr<Ahead> ahead = takeAhead(query);
    // The page after this one, once the consumer is paging a list (asking past its first page). Without
    // a page size of its own, the server's (learnt from the pages so far) tells where it starts.
    const qint64 stride = query.limit > 0 ? query.limit : (ahead ? ahead->stride : 0);
    const auto readTheNextPage = [&] {
        if (query.offset > 0 && stride > 0)
            readAhead(atOffset(query, query.offset + stride), stride);
    };

    if (ahead && ahead->result) {
        qCDebug(lcModel) << "page at offset" << query.offset << "was read ahead";
        Result<BrowsePage, ApiError> result = std::move(*ahead->result);
        onWantedPage(query, result);
        QTimer::singleShot(0, this, [delivery, result = std::move(result)]() mutable {
            delivery->deliver(std::move(result));
        });
        return std::make_unique<Handle>(delivery);
    }
    if (ahead) {
        qCDebug(lcModel) << "page at offset" << query.offset << "is already on its way";
        ahead->waiter = delivery;
        readTheNextPage();
        return std::make_unique<Handle>(delivery, nullptr, std::move(ahead));
    }
    std::unique_ptr<BrowseRequest> request =
        m_inner->fetch(query, [self = QPointer(this), query, waiter = std::weak_ptr(delivery)](
                                  Result<BrowsePage, ApiError> result) {
            if (self)
                self->onWantedPage(query, result);
            if (const std::shared_ptr<Delivery> consumer = waiter.lock())
                consumer->deliver(std::move(result));
        });
    readTheNextPage();
    return std::make_unique<Handle>(delivery, std::move(request));
}

void ReadAheadSource::onWantedPage(const ListQuery &query, const Result<BrowsePage, ApiError> &result)
{
    if (!result || !result->hasMore) {
        dropAhead(query);
        return;
    }
    readAhead(atOffset(query, result->nextOffset), result->nextOffset - query.offset);
}

void ReadAheadSource::readAhead(const ListQuery &query, qint64 stride)
{
    if (!m_inner)
        return;
    const auto held = std::find_if(m_ahead.begin(), m_ahead.end(),
                                   [&](const auto &ahead) { return sameList(ahead->query, query); });
    if (held != m_ahead.end()) {
        if ((*held)->query.offset == query.offset)
            return;
        m_ahead.erase(held); // a guess the server's paging contradicted
    }
    if (static_cast<int>(m_ahead.size()) >= std::max(1, m_options.maxLists))
        m_ahead.erase(m_ahead.begin()); // the oldest list read ahead is the least likely to be paged on

    auto ahead = std::make_unique<Ahead>();
    ahead->query = query;
    ahead->stride = stride;
    ahead->age.start();
    Ahead *page = ahead.get();
    // The page is owned by m_ahead or, once taken over, by the consumer's handle; either way its request
    // dies with it, so this callback never sees a destroyed page.
    ahead->request = m_inner->fetch(query, [self = QPointer(this), page](Result<BrowsePage, ApiError> result) {
        if (!page->waiter) {
            page->result = std::move(result);
            return;
        }
        const std::shared_ptr<Delivery> waiter = page->waiter;
        const ListQuery pageQuery = page->query;
        if (self)
            self->onWantedPage(pageQuery, result);
        waiter->deliver(std::move(result)); // may destroy `page` (its handle owns it): nothing after this
    });
    m_ahead.push_back(std::move(ahead));
}

void ReadAheadSource::dropAhead(const ListQuery &query)
{
    std::erase_if(m_ahead, [&](const auto &ahead) { return sameList(ahead->query, query); });
}

std::unique_ptr<ReadAheadSource::Ahead> ReadAheadSource::takeAhead(const ListQuery &query)
{
    const auto held = std::find_if(m_ahead.begin(), m_ahead.end(),
                                   [&](const auto &ahead) { return sameList(ahead->query, query); });
    if (held == m_ahead.end())
        return nullptr;
    std::unique_ptr<Ahead> ahead = std::move(*held);
    m_ahead.erase(held);
    const bool stale = ahead->result && ahead->age.hasExpired(m_options.maxAgeMs);
    if (ahead->query.offset != query.offset || stale)
        return nullptr; // asked from elsewhere (a refresh, a jump) or too old to show: ask the server again
    return ahead;
}

void ReadAheadSource::failAllOfLostInner()
{
    m_ahead.clear();
    for (const std::weak_ptr<Delivery> &waiting : std::as_const(m_waiting)) {
        if (const std::shared_ptr<Delivery> delivery = waiting.lock()) {
            QTimer::singleShot(0, this, [delivery] { delivery->deliver(unexpected(lostSourceError())); });
        }
    }
    m_waiting.clear();
}

} // namespace re
