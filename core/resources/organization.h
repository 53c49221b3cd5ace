#pragma once

#include "common/result.h"
#include "resources/actionset.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace re {

// An organization as the admin side lists it (GET /Organizations).
struct Organization
{
    QString id;
    QString name;
    QString officeName;
    QString type; // Office365 | OnPremises | Hybrid (as sent)
    QString region; // Worldwide | Germany | … (as sent)
    QString description;
    std::optional<bool> isBackedUp;
    // Bounds of the restore-point picker. v7+ leaves both keys out when nothing is backed up yet.
    std::optional<QDateTime> firstBackupTime;
    std::optional<QDateTime> lastBackupTime;
    ActionSet actions;

    static Result<Organization, QString> fromJson(const QJsonObject &json);
};

// GET /RestoreSessions/{id}/Organization: the root of a session's browse tree (seed 004).
struct SessionOrganization
{
    QString id;
    QString
        name; // carries the point in time, e.g. "contoso.onmicrosoft.com (6/26/2017 3:07:39 PM)"
    QString type;
    QHash<QString, QString>
        links; // rel (lower-case) -> href as sent; one object per session, so kept
    ActionSet actions;

    static Result<SessionOrganization, QString> fromJson(const QJsonObject &json);
};

// `_links` → rel (lower-cased) to href; used only for single resources, never per row.
QHash<QString, QString> linksFromJson(const QJsonValue &links);

} // namespace re
