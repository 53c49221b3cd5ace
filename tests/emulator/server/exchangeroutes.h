#pragma once

#include "routecontext.h"
#include "router.h"

namespace vb365emu {

// Exchange sessions (vex): mailboxes, mail folders and items, .msg saves and PST exports.
class ExchangeRoutes
{
public:
    explicit ExchangeRoutes(RouteContext &context) : m_context(context) {}
    void install(Router &router);
    // false: PST exports fail as on a server without 64-bit Outlook (--no-outlook).
    void setOutlookInstalled(bool installed) { m_outlookInstalled = installed; }

private:
    enum class PstScope { Organization, Mailbox, Folder, Item, Items };

    Reply listMailboxes(const Request &request, const RouteParams &params);
    Reply getMailbox(const Request &request, const RouteParams &params);
    Reply listMailFolders(const Request &request, const RouteParams &params);
    Reply getMailFolder(const Request &request, const RouteParams &params);
    Reply listMailItems(const Request &request, const RouteParams &params);
    Reply getMailItem(const Request &request, const RouteParams &params);
    Reply saveMailItem(const RouteParams &params);
    Reply saveMailItems(const RouteParams &params, const JsonOptions &options);
    Reply exportPst(const RouteParams &params, const JsonOptions &options, PstScope scope);

    RouteContext &m_context;
    bool m_outlookInstalled = true;
};

} // namespace vb365emu
