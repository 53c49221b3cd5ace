#pragma once

#include "model/browsesource.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace re::test {

// An in-memory BrowseSource with scripted listings, failures and timing.
// Listings are keyed by (collection, sessionId, containerId, parentId); an unknown key is an empty list.
// In automatic mode every request answers from the event loop after `replyDelayMs`; in manual mode
// requests wait until the test calls answer()/fail().
class FakeBrowseSource final : public BrowseSource
{
    Q_OBJECT
public:
    using RowMaker = std::function<BrowseRows(qint64 offset, qint64 count)>;

    struct Listing
    {
        qint64 total = 0;
        RowMaker make;
    };

    struct Pending
    {
        int id = 0;
        ListQuery query;
        Callback callback;
    };

    bool manual = false;
    int replyDelayMs = 0;
    qint64 pageSize = 3;
    bool deliverAfterCancel = false; // simulates a broken source: replies even after the handle died

    static QString keyOf(Collection collection, const QString &sessionId, const QString &containerId,
                         const QString &parentId)
    {
        return QStringLiteral("%1|%2|%3|%4")
            .arg(static_cast<int>(collection))
            .arg(sessionId, containerId, parentId);
    }
    static QString keyOf(const ListQuery &query)
    {
        return keyOf(query.collection, query.sessionId, query.containerId, query.parentId);
    }

    template <typename Row>
    void setRows(Collection collection, const QString &sessionId, const QString &containerId,
                 const QString &parentId, QList<Row> rows)
    {
        const qint64 total = rows.size();
        m_listings.insert(keyOf(collection, sessionId, containerId, parentId),
                          Listing{total, [rows = std::move(rows)](qint64 offset, qint64 count) {
                                      return BrowseRows(rows.mid(offset, count));
                                  }});
    }
    void setListing(Collection collection, const QString &sessionId, const QString &containerId,
                    const QString &parentId, Listing listing)
    {
        m_listings.insert(keyOf(collection, sessionId, containerId, parentId), std::move(listing));
    }

    // The next request(s) whose key matches fail with `error` (`times` times).
    void failNext(const ListQuery &key, const ApiError &error, int times = 1)
    {
        m_failures.insert(keyOf(key), {error, times});
    }

    std::unique_ptr<BrowseRequest> fetch(const ListQuery &query, Callback onFinished) override
    {
        const int id = ++m_lastId;
        m_requests.append(query);
        m_pending.append(Pending{id, query, std::move(onFinished)});
        if (!manual)
            QTimer::singleShot(replyDelayMs, this, [this, id] { answer(id); });
        return std::make_unique<Handle>(this, id);
    }

    const QList<ListQuery> &requests() const { return m_requests; }
    int cancelledCount() const { return m_cancelled; }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    std::optional<ListQuery> pendingQuery(int position = 0) const
    {
        if (position >= m_pending.size())
            return std::nullopt;
        return m_pending[position].query;
    }

    // Answers the oldest pending request from the listings (or a scripted failure).
    bool answerNext()
    {
        return !m_pending.isEmpty() && answer(m_pending.first().id);
    }
    // Fails the oldest pending request with `error`.
    bool failPending(const ApiError &error)
    {
        if (m_pending.isEmpty())
            return false;
        deliver(takePending(m_pending.first().id), unexpected(error));
        return true;
    }
    // Answers the oldest pending request with a page the test built itself.
    bool answerWith(BrowsePage page)
    {
        if (m_pending.isEmpty())
            return false;
        deliver(takePending(m_pending.first().id), std::move(page));
        return true;
    }

    static ApiError serverError(const QString &serverMessage)
    {
        ApiError error;
        error.kind = ApiError::Kind::ServerError;
        error.httpStatus = 500;
        error.serverMessage = serverMessage;
        error.message = QStringLiteral("The server could not complete the request: %1").arg(serverMessage);
        error.request = QStringLiteral("GET /fake");
        return error;
    }

private:
    class Handle final : public BrowseRequest
    {
    public:
        Handle(FakeBrowseSource *source, int id) : m_source(source), m_id(id) {}
        ~Handle() override
        {
            if (m_source)
                m_source->cancel(m_id);
        }

    private:
        QPointer<FakeBrowseSource> m_source;
        int m_id;
    };

    void cancel(int id)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending[i].id == id) {
                ++m_cancelled;
                if (!deliverAfterCancel)
                    m_pending.removeAt(i);
                return;
            }
        }
    }

    Pending takePending(int id)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending[i].id == id)
                return m_pending.takeAt(i);
        }
        return {};
    }

    bool answer(int id)
    {
        Pending pending = takePending(id);
        if (!pending.callback)
            return false; // cancelled meanwhile
        const QString key = keyOf(pending.query);
        auto failure = m_failures.find(key);
        if (failure != m_failures.end() && failure->second > 0) {
            const ApiError error = failure->first;
            if (--failure->second == 0)
                m_failures.erase(failure);
            deliver(std::move(pending), unexpected(error));
            return true;
        }
        const Listing listing = m_listings.value(key);
        const qint64 limit = pending.query.limit > 0 ? pending.query.limit : pageSize;
        const qint64 offset = pending.query.offset;
        const qint64 count = std::max<qint64>(0, std::min(limit, listing.total - offset));
        BrowsePage page;
        page.rows = listing.make ? listing.make(offset, count) : emptyRowsFor(pending.query.collection);
        page.nextOffset = offset + count;
        page.hasMore = page.nextOffset < listing.total;
        deliver(std::move(pending), std::move(page));
        return true;
    }

    static void deliver(Pending pending, Result<BrowsePage, ApiError> result)
    {
        // The callback is a local: the model may destroy its handle from inside it.
        Callback callback = std::move(pending.callback);
        if (callback)
            callback(std::move(result));
    }

    static BrowseRows emptyRowsFor(Collection collection)
    {
        switch (collection) {
        case Collection::Organizations: return QList<Organization>();
        case Collection::RestoreSessions: return QList<RestoreSession>();
        case Collection::Mailboxes: return QList<Mailbox>();
        case Collection::MailFolders: return QList<MailFolder>();
        case Collection::MailItems: return QList<MailItem>();
        case Collection::OneDrives: return QList<OneDrive>();
        case Collection::OneDriveFolders: return QList<OneDriveFolder>();
        default: return QList<OneDriveDocument>();
        }
    }

    QHash<QString, Listing> m_listings;
    QHash<QString, std::pair<ApiError, int>> m_failures;
    QList<Pending> m_pending;
    QList<ListQuery> m_requests;
    int m_lastId = 0;
    int m_cancelled = 0;
};

} // namespace re::test
