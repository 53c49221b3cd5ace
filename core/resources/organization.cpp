#include "resources/organization.h"

#include "resources/lenientjson.h"
#include "resources/parsing.h"

namespace re {

QHash<QString, QString> linksFromJson(const QJsonValue &links)
{
    QHash<QString, QString> result;
    const QJsonObject object = links.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::optional<QString> href = LenientObject(it.value().toObject()).string(u"href");
        if (href)
            result.insert(it.key().toLower(), *href);
    }
    return result;
}

Result<Organization, QString> Organization::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(
            missingIdMessage(QCoreApplication::translate("Resources", "organization")));
    Organization org;
    org.id = *id;
    org.name = json.stringOr(u"name");
    org.officeName = json.stringOr(u"officeName");
    org.type = json.stringOr(u"type");
    org.region = json.stringOr(u"region");
    org.description = json.stringOr(u"description");
    org.isBackedUp = json.boolean(u"isBackedup");
    org.firstBackupTime = json.dateTime(u"firstBackuptime");
    org.lastBackupTime = json.dateTime(u"lastBackuptime");
    org.actions = ActionSet::fromJson(json.value(u"_actions"));
    return org;
}

Result<SessionOrganization, QString> SessionOrganization::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(missingIdMessage(
            QCoreApplication::translate("Resources", "restore session organization")));
    SessionOrganization org;
    org.id = *id;
    org.name = json.stringOr(u"name");
    org.type = json.stringOr(u"type");
    org.links = linksFromJson(json.value(u"_links"));
    org.actions = ActionSet::fromJson(json.value(u"_actions"));
    return org;
}

} // namespace re
