#include "search/namefinder.h"

#include "common/logging.h"

#include <algorithm>
#include <array>

namespace re {

NameFinder::NameFinder(BrowseSource *source, QObject *parent) : QObject(parent), m_source(source) {}

NameFinder::~NameFinder() = default;

void NameFinder::setScope(const QString &sessionId, Kind kind)
{
    if (sessionId == m_sessionId && kind == m_kind)
        return;
    m_request.reset(); // cancels: a page of the old session can never land in the new index
    m_sessionId = sessionId;
    m_kind = kind;
    m_index.clear();
    m_nextOffset = 0;
    m_complete = false;
    m_error = ApiError{};
    rematch();
}

void NameFinder::prefetch()
{
    if (m_request || m_complete || m_sessionId.isEmpty())
        return;
    m_error = ApiError{};
    fetchNext();
}

void NameFinder::find(const QString &text)
{
    m_text = text.trimmed();
    rematch();
    Q_EMIT matchesChanged(); // a new text always gets an answer, even the same (or no) matches
    if (!m_text.isEmpty())
        prefetch();
}

void NameFinder::fetchNext()
{
    if (!m_source) {
        m_error = lostSourceError();
        Q_EMIT failed(m_error);
        return;
    }
    ListQuery query;
    query.collection = m_kind == Kind::Mailboxes ? Collection::Mailboxes : Collection::OneDrives;
    query.sessionId = m_sessionId;
    query.offset = m_nextOffset;
    query.limit = kPageSize;
    m_request = m_source->fetch(query, [this](Result<BrowsePage, ApiError> page) { onPage(std::move(page)); });
}

void NameFinder::onPage(Result<BrowsePage, ApiError> result)
{
    m_request.reset();
    if (!result) {
        m_error = result.error();
        qCWarning(lcModel) << "name index: loading failed:" << m_error.message;
        Q_EMIT failed(m_error);
        return;
    }
    const qint64 offset = m_nextOffset;
    if (std::optional<ApiError> problem = pagingProblem(*result, offset)) {
        m_error = *problem;
        Q_EMIT failed(m_error);
        return;
    }
    qint64 position = offset;
    std::visit(
        [&](const auto &rows) {
            using Row = typename std::decay_t<decltype(rows)>::value_type;
            for (const Row &row : rows) {
                if constexpr (std::is_same_v<Row, Mailbox>)
                    m_index.append({row.id, row.name.isEmpty() ? row.email : row.name, row.email, position++, row.isArchive});
                else if constexpr (std::is_same_v<Row, OneDrive>)
                    m_index.append({row.id, row.name, row.url, position++, false});
            }
        },
        result->rows);
    m_nextOffset = result->nextOffset;
    m_complete = !result->hasMore;
    Q_EMIT indexProgress(indexedCount(), m_complete);
    rematch();
    if (!m_complete)
        fetchNext();
}

int NameFinder::rank(const Entry &entry, const QString &foldedText, const QStringList &words)
{
    if (words.isEmpty())
        return -1;
    for (const QString &word : words) {
        if (!entry.name.contains(word, Qt::CaseInsensitive) && !entry.detail.contains(word, Qt::CaseInsensitive))
            return -1;
    }
    if (entry.name.compare(foldedText, Qt::CaseInsensitive) == 0 || entry.detail.compare(foldedText, Qt::CaseInsensitive) == 0)
        return 0;
    if (entry.name.startsWith(foldedText, Qt::CaseInsensitive) || entry.detail.startsWith(foldedText, Qt::CaseInsensitive))
        return 1;
    return 2;
}

void NameFinder::rematch()
{
    const QList<Entry> before = m_matches;
    m_matches.clear();
    if (!m_text.isEmpty()) {
        const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Best ranks first, list order within a rank; stop scanning once the best rank has enough.
        std::array<QList<Entry>, 3> ranked;
        for (const Entry &entry : std::as_const(m_index)) {
            const int r = rank(entry, m_text, words);
            if (r >= 0 && ranked[static_cast<size_t>(r)].size() < kMaxMatches)
                ranked[static_cast<size_t>(r)].append(entry);
            if (ranked[0].size() >= kMaxMatches)
                break;
        }
        for (const QList<Entry> &list : ranked) {
            for (const Entry &entry : list) {
                if (m_matches.size() < kMaxMatches)
                    m_matches.append(entry);
            }
        }
    }
    const auto sameIds = [](const QList<Entry> &a, const QList<Entry> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Entry &x, const Entry &y) { return x.id == y.id; });
    };
    if (!sameIds(before, m_matches))
        Q_EMIT matchesChanged();
}

} // namespace re
