#pragma once

// Modern-auth restores without a password: the server asks Microsoft for a device code
// (POST …/organization/restoreDeviceCode), the user signs in at verificationUrl with userCode, and
// the restore request then carries that userCode (RestoreCredentials::withDeviceCode).

#include "actions/validation.h"
#include "api/apierror.h"
#include "common/result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace re {
class ApiClient;
}

namespace re::actions {

struct DeviceCodeRequest
{
    QString sessionId;
    QString applicationId;    // Azure AD application to sign in to; empty = the server's default
    QString region;           // v6+: Worldwide, Germany, China, USDefence, USGovernment; empty = not sent
    QString organizationName; // v6+: the Microsoft 365 organization; empty = not sent

    Validity validate() const;
    QJsonObject options() const; // targetApplicationId, targetRegion, targetOrganizationName
};

struct DeviceCode
{
    QString userCode;
    QString verificationUrl;
    qint64 expiresInSeconds = 0;
    QString message; // the server's help text

    static Result<DeviceCode, QString> fromJson(const QJsonObject &json);
};

// Sends the request; `onDone` runs in `context`'s thread, skipped if `context` dies. An invalid request
// fails with a Validation error without sending anything. The code is never logged.
void requestDeviceCode(ApiClient *client, const DeviceCodeRequest &request, QObject *context,
                       std::function<void(Result<DeviceCode, ApiError>)> onDone);

} // namespace re::actions
