#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace re {

// The common criteria of an item search, as the builder dialog edits them, turned into the server's
// query syntax (VB365 "Item Search Parameters": property:value terms joined with AND, "quoted" values
// with spaces, * and ? wildcards passed through, dates as yyyy-MM-dd in UTC).
struct SearchCriteria
{
    enum class Domain { Mail, Documents };

    // Longest criterion and longest query (the search box, saved searches): far beyond a real search,
    // short enough that a pasted document is refused with a message instead of sent and remembered.
    static constexpr qsizetype kMaxCriterionLength = 1024;
    static constexpr qsizetype kMaxQueryLength = 8192;
    // Refuses a query (as typed into the search box) longer than kMaxQueryLength; empty = fine.
    static QString queryProblem(const QString &query);

    QString words;   // free text; passed through as typed (may use the server's own syntax)
    QString from;    // mail: sender; documents: author
    QString to;      // mail only
    QString subject; // mail only
    QDate since;     // mail: received on/after; documents: modified on/after
    QDate until;     // inclusive
    std::optional<bool> hasAttachments; // mail only
    QString fileName; // documents only (wildcards allowed: plan*)
    QString fileType; // documents only: an extension (docx, .pdf)

    bool isEmpty() const;
    // The query text, or a readable message: nothing set, `until` before `since`, a criterion the domain
    // does not have (a subject for documents), a value the syntax cannot carry.
    Result<QString, QString> toQuery(Domain domain) const;

    // One value as the syntax wants it: as is when it is one word, in double quotes when it has spaces
    // or parentheses. Double quotes inside cannot be expressed and are dropped.
    static QString quoted(const QString &value);
};

} // namespace re
