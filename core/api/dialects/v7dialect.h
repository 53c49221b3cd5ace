#pragma once

#include "api/dialects/perverbdialect.h"

namespace re::dialects {

// /v7: v6 plus the v7 "Specification Changes": parentId=root instead of null, mail items filtered
// by parentId instead of folderId, and the token form field disable_antiforgery_token.
class V7Dialect : public PerVerbDialect
{
public:
    V7Dialect()
        : V7Dialect(ApiVersion::V7)
    { }

protected:
    explicit V7Dialect(ApiVersion version)
        : PerVerbDialect(version)
    { }

    QString rootFolderSelector() const override { return QStringLiteral("root"); }
    QString mailItemsFolderParameter() const override { return QStringLiteral("parentId"); }
    bool sendsAntiforgeryOptOut() const override { return true; }
};

} // namespace re::dialects
