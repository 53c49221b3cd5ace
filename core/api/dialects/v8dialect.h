#pragma once

#include "api/dialects/v7dialect.h"

namespace re::dialects {

// /v8: v7 plus asynchronous restores ({"sessionId"} + /Statistics), a paged /Organizations, 204 for
// stop and send, pages without totalCount, changedItems/deletedItems on document copies.
class V8Dialect : public V7Dialect
{
public:
    V8Dialect()
        : V7Dialect(ApiVersion::V8)
    { }

    RestoreReply restoreReply() const override { return RestoreReply::SessionToPoll; }

protected:
    bool organizationsArePaged() const override { return true; }
    QList<int> emptyReplyStatuses() const override { return {204, 200}; }
    QStringList allowedOptions(OptionSchema schema) const override
    {
        QStringList names = V7Dialect::allowedOptions(schema);
        if (schema == OptionSchema::OneDriveCopyDocument)
            names << QStringLiteral("changedItems") << QStringLiteral("deletedItems");
        return names;
    }
};

} // namespace re::dialects
