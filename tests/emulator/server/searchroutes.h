#pragma once

#include "routecontext.h"
#include "router.h"
#include "searchquery.h"

namespace vb365emu {

// Item search (api-reference §7.3, §8.3; seed 004's `search` action): v6+ `POST …/search` with
// `{"query": …}` on the mailboxes and OneDrives collections, one mailbox or OneDrive, and one of their
// folders (plus `organization/searchExchange`); v5 the same resources' `…/Action` with
// `{"search": {"query": …}}`, and `Organization/Action` (any session type). Results are a page of mail
// items or documents in a fixed order (mailbox/OneDrive order, then folders depth-first, then the
// folder's own order), so paging through them is stable.
class SearchRoutes
{
public:
    explicit SearchRoutes(RouteContext &context) : m_context(context) {}
    void install(Router &router);

    // A search looks at no more than this many items per request (the whole large tenant has far more):
    // what lies beyond is not found, deterministically, on every page.
    static constexpr qint64 kScanBudget = 150000;

private:
    enum class Scope { Organization, Mailboxes, Mailbox, MailFolder, OneDrives, OneDrive, DriveFolder };

    Reply search(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope);
    // viaOrganization: asked on the restore-session organization (v5 Organization/Action, v6+ searchExchange).
    Reply searchMail(const Request &request, const RouteParams &params, const SearchQuery &query, Scope scope,
                     bool viaOrganization, const TenantView &view);
    Reply searchDocuments(const Request &request, const RouteParams &params, const SearchQuery &query, Scope scope,
                          bool viaOrganization, const TenantView &view);

    RouteContext &m_context;
};

} // namespace vb365emu
