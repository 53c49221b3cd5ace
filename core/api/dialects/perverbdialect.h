#pragma once

#include "api/dialects/dialectbase.h"

namespace re::dialects {

// /v6: one path per verb (…/restore, …/restoreTo, …/copyTo, …/exportToPst, …/save, …/send, …/Stop),
// the body is the options object itself, enum values PascalCase as in the OpenAPI document, path
// spellings exactly as the OpenAPI document writes them. v7 and v8 derive from it.
class PerVerbDialect : public DialectBase
{
public:
    PerVerbDialect()
        : PerVerbDialect(ApiVersion::V6)
    { }

    RequestSpec probe() const override;
    RequestSpec explore(
        const QString &organizationId, const ExploreOptions &options) const override;
    RequestSpec stopSession(const QString &sessionId) const override;

protected:
    explicit PerVerbDialect(ApiVersion version);

    QString rootFolderSelector() const override { return QStringLiteral("null"); }
    QString mailItemsFolderParameter() const override { return QStringLiteral("folderId"); }
    RequestSpec actionSpec(
        const ActionOperation &operation, const QJsonObject &body) const override;
};

} // namespace re::dialects
