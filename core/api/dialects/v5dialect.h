#pragma once

#include "api/dialects/dialectbase.h"

namespace re::dialects {

// /v5: the Action generation. Every operation on a resource is POST <resource>/Action with the verb
// as the single top-level key ({"restoretoOriginallocation": {…}}, {"stop": null}); enum values
// lowercase as the docs print them; restores answer with statistics when they finish.
class V5Dialect : public DialectBase
{
public:
    V5Dialect();

    RequestSpec probe() const override;
    RequestSpec explore(
        const QString &organizationId, const ExploreOptions &options) const override;
    RequestSpec stopSession(const QString &sessionId) const override;
    bool supports(ResourceKind kind) const override;
    using DialectBase::supports;
    // The v5 reference spells them VEXEmailSettings / VEODEmailSettings / VESPEmailSettings.
    RequestSpec emailSettings(EmailSettings which) const override
    {
        RequestSpec spec;
        spec.pathSegments = {prefix(), which == EmailSettings::Exchange   ? QStringLiteral("VEXEmailSettings")
                                       : which == EmailSettings::OneDrive ? QStringLiteral("VEODEmailSettings")
                                                                          : QStringLiteral("VESPEmailSettings")};
        return spec;
    }

protected:
    QString rootFolderSelector() const override { return QStringLiteral("null"); }
    QString mailItemsFolderParameter() const override { return QStringLiteral("folderId"); }
    bool hasAction(ActionVerb verb, ResourceKind kind) const override;
    QStringList allowedOptions(OptionSchema schema) const override;
    QStringList deviceCodeOptions() const override { return {QStringLiteral("targetApplicationId")}; }
    RequestSpec actionSpec(
        const ActionOperation &operation, const QJsonObject &body) const override;

private:
    RequestSpec actionEndpoint(
        const QStringList &resource, const QString &key, const QJsonValue &value) const;
};

} // namespace re::dialects
