#pragma once

#include "mailsettingsroutes.h"
#include "restoreservice.h"
#include "routecontext.h"
#include "router.h"

namespace vb365emu {

// Exchange restores (seed 003): to the original location (restore / restoretoOriginallocation), to another
// mailbox (restoreTo), sends of mail items (sendToDefaultAddress v6+, sendToDifferentAddress), and the bulk
// mailbox restore — on a mailbox, a folder, an item or selected items.
class MailActionRoutes
{
public:
    MailActionRoutes(RouteContext &context, RestoreService &service, const MailSettingsRoutes &mail)
        : m_context(context), m_service(service), m_mail(mail)
    {
    }
    void install(Router &router);

private:
    enum class Scope { Mailbox, Folder, Item, Items };

    Reply restore(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope);
    Reply restoreTo(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope);
    Reply send(const Request &request, const RouteParams &params, const JsonOptions &options, Scope scope,
               bool toDefaultAddress);
    Reply bulkRestore(const Request &request, const RouteParams &params, const JsonOptions &options);
    // The item ids of an Item/Items scope (Items: the "items" array, which must not be empty).
    static Result<QStringList, Reply> itemIds(const RouteParams &params, const JsonOptions &options, Scope scope);

    RouteContext &m_context;
    RestoreService &m_service;
    const MailSettingsRoutes &m_mail;
};

} // namespace vb365emu
