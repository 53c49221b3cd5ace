// Paging objects and the rows in them, in every dialect: byte 0 picks the API version (v5-v8) and
// the collection, the rest is the reply body. parsePage accepts a bare array or a page object and
// refuses anything else with an error; every row either parses or yields a row error (none is
// dropped silently).

#include "fuzz_support.h"

#include "api/dialect.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "resources/organization.h"
#include "resources/parsing.h"
#include "resources/restoresession.h"

#include <array>

namespace {

template <typename T>
void parseRowsOf(const re::RawPage &page)
{
    const re::ParsedRows<T> rows = re::parseRows<T>(page.results);
    RE_FUZZ_CHECK(rows.rows.size() + rows.errors.size() == page.results.size());
    for (const T &row : rows.rows) {
        if constexpr (requires { row.id; }) // DocumentVersion is addressed by versionId
            RE_FUZZ_CHECK(!row.id.isEmpty());
    }
    for (const QString &error : rows.errors)
        RE_FUZZ_CHECK(!error.isEmpty());
}

void parseRowsFor(re::Collection collection, const re::RawPage &page)
{
    using C = re::Collection;
    switch (collection) {
    case C::Organizations: parseRowsOf<re::Organization>(page); break;
    case C::RestoreSessions: parseRowsOf<re::RestoreSession>(page); break;
    case C::SessionEvents: parseRowsOf<re::SessionEvent>(page); break;
    case C::Mailboxes: parseRowsOf<re::Mailbox>(page); break;
    case C::MailFolders: parseRowsOf<re::MailFolder>(page); break;
    case C::MailItems: parseRowsOf<re::MailItem>(page); break;
    case C::OneDrives: parseRowsOf<re::OneDrive>(page); break;
    case C::OneDriveFolders: parseRowsOf<re::OneDriveFolder>(page); break;
    case C::OneDriveDocuments: parseRowsOf<re::OneDriveDocument>(page); break;
    case C::DocumentVersions: parseRowsOf<re::DocumentVersion>(page); break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const std::array<std::unique_ptr<re::Dialect>, 4> dialects{
        re::Dialect::create(re::ApiVersion::V5), re::Dialect::create(re::ApiVersion::V6),
        re::Dialect::create(re::ApiVersion::V7), re::Dialect::create(re::ApiVersion::V8)};
    const re::Dialect &dialect = *dialects[data[0] % 4];
    re::ListQuery query;
    query.collection = static_cast<re::Collection>((data[0] / 4) % 10);
    query.sessionId = QStringLiteral("6f1c4f4e-1d5c-4a8f-9d1e-2f4b3c5d6e7f");
    query.containerId = QStringLiteral("mailbox-or-drive");
    query.limit = (data[0] & 0x80) ? 30 : 0;

    const QJsonDocument document = QJsonDocument::fromJson(re::fuzz::bytesOf(data + 1, size - 1));
    const re::Result<re::RawPage, re::ApiError> page = dialect.parsePage(document, query);
    if (!page) {
        RE_FUZZ_CHECK(page.error().isError());
        RE_FUZZ_CHECK(!page.error().message.isEmpty());
        return 0;
    }
    RE_FUZZ_CHECK(page->offset >= 0);
    if (page->totalCount)
        RE_FUZZ_CHECK(*page->totalCount >= 0);
    parseRowsFor(query.collection, *page);
    return 0;
}
