#pragma once

#include "api/apierror.h"
#include "model/browsesource.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace re {

// Finds a mailbox or OneDrive of a restore session by (part of) its name or address, wherever it sits in
// the paged list — also on page 300 of a 10,000-user tenant, which nothing loaded in the tree shows.
//
// The restore-session API has no name filter for mailboxes or OneDrives (its …/search endpoints search
// items), so the finder reads the session's list from the server once, in pages of kPageSize, into a
// small index (id, name, address, offset) and answers every keystroke from it; matches are reported as
// soon as the pages that hold them have arrived. setScope() drops the index and cancels its loading.
class NameFinder final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Mailboxes, OneDrives };
    struct Entry
    {
        QString id;
        QString name;
        QString detail;     // e-mail address (mailboxes) or URL (OneDrives)
        qint64 offset = 0;  // position in the server's list
        bool isArchive = false;
    };
    static constexpr qint64 kPageSize = 2000;
    static constexpr int kMaxMatches = 50;

    // The source must outlive the finder.
    explicit NameFinder(BrowseSource *source, QObject *parent = nullptr);
    ~NameFinder() override;

    void setScope(const QString &sessionId, Kind kind);
    QString sessionId() const { return m_sessionId; }
    Kind kind() const { return m_kind; }

    // Starts reading the index (find() does it too); does nothing while it loads or once complete.
    void prefetch();
    // Matches for `text` (every word must occur in the name or the address, any case): exact names
    // first, then names starting with the text, then the rest in list order. An empty text matches none.
    void find(const QString &text);
    QString text() const { return m_text; }
    const QList<Entry> &matches() const { return m_matches; }

    qint64 indexedCount() const { return static_cast<qint64>(m_index.size()); }
    bool isIndexComplete() const { return m_complete; }
    bool isLoading() const { return m_request != nullptr; }
    ApiError lastError() const { return m_error; } // kind None unless loading failed

    // Matching rule, exposed for tests and for callers that filter their own rows the same way.
    static int rank(const Entry &entry, const QString &foldedText, const QStringList &words); // -1 = no match

Q_SIGNALS:
    void matchesChanged();
    void indexProgress(qint64 loaded, bool complete);
    void failed(const re::ApiError &error);

private:
    void fetchNext();
    void onPage(Result<BrowsePage, ApiError> result);
    void rematch();

    QPointer<BrowseSource> m_source;
    QString m_sessionId;
    Kind m_kind = Kind::Mailboxes;
    QList<Entry> m_index;
    qint64 m_nextOffset = 0;
    bool m_complete = false;
    std::unique_ptr<BrowseRequest> m_request;
    ApiError m_error;
    QString m_text;
    QList<Entry> m_matches;
};

} // namespace re
