#pragma once

// The emulator's reading of the VB365 item search syntax (Veeam "Appendix A. Item Search Parameters", as
// the Explorers describe it): `property:value` terms, free words, "exact phrases" in double quotes,
// upper-case AND / OR / NOT (juxtaposition = AND), parentheses, wildcards * and ? in values, dates
// compared as `received:>=2025-01-01`, `received:2025-01-01..2025-01-31` or one whole day
// `received:2025-01-01` (UTC). A query that does not parse is refused with a message naming the problem,
// as the real server refuses it.

#include "result.h"

#include "tenant.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace vb365emu {

// What a search runs over: mail items or OneDrive documents; the set of known properties differs.
enum class SearchDomain { Mail, Documents };

namespace search {
struct Node;
}

class SearchQuery
{
public:
    // Parses `text` for `domain`; the error is the message the server answers with (400).
    static Result<SearchQuery> parse(const QString &text, SearchDomain domain);

    bool matches(const MailItem &item) const;
    bool matches(const DriveItem &item) const;

    SearchQuery(SearchQuery &&) noexcept;
    SearchQuery &operator=(SearchQuery &&) noexcept;
    ~SearchQuery();

private:
    explicit SearchQuery(std::shared_ptr<const search::Node> root);
    std::shared_ptr<const search::Node> m_root;
};

} // namespace vb365emu
