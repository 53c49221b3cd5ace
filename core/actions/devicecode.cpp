#include "actions/devicecode.h"

#include "api/client/apiclient.h"
#include "resources/lenientjson.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

namespace re::actions {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Actions", text);
}

ApiError validationFailure(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.message = message;
    error.request = QStringLiteral("restoreDeviceCode");
    return error;
}

} // namespace

Validity DeviceCodeRequest::validate() const
{
    if (sessionId.trimmed().isEmpty())
        return invalid(QStringLiteral("target"), translate("No restore session is open: explore a restore point first."));
    if (!applicationId.trimmed().isEmpty() && QUuid::fromString(applicationId.trimmed()).isNull())
        return invalid(QStringLiteral("applicationId"),
                       translate("The application ID must be a GUID such as 1b2c3d4e-0000-4000-8000-123456789abc."));
    return {};
}

QJsonObject DeviceCodeRequest::options() const
{
    QJsonObject options;
    if (!applicationId.trimmed().isEmpty())
        options.insert(QStringLiteral("targetApplicationId"), applicationId.trimmed());
    if (!region.trimmed().isEmpty())
        options.insert(QStringLiteral("targetRegion"), region.trimmed());
    if (!organizationName.trimmed().isEmpty())
        options.insert(QStringLiteral("targetOrganizationName"), organizationName.trimmed());
    return options;
}

Result<DeviceCode, QString> DeviceCode::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    DeviceCode code;
    code.userCode = json.stringOr(u"userCode");
    code.verificationUrl = json.stringOr(u"verificationUrl");
    code.expiresInSeconds = json.integer(u"expiresIn").value_or(0);
    code.message = json.stringOr(u"message");
    if (code.userCode.isEmpty())
        return unexpected(translate("The server's answer holds no device code."));
    return code;
}

void requestDeviceCode(ApiClient *client, const DeviceCodeRequest &request, QObject *context,
                       std::function<void(Result<DeviceCode, ApiError>)> onDone)
{
    const auto failLater = [context, &onDone](ApiError error) {
        // Asynchronous like every other answer, so callers need only one code path.
        QTimer::singleShot(0, context, [onDone, error] { onDone(unexpected(error)); });
    };
    if (Validity valid = request.validate(); !valid) {
        failLater(validationFailure(valid.error().message));
        return;
    }
    if (!client || !client->dialect()) {
        failLater(validationFailure(translate("Connect to a backup server first.")));
        return;
    }
    Result<RequestSpec, ApiError> spec = client->dialect()->restoreDeviceCode(request.sessionId, request.options());
    if (!spec) {
        failLater(spec.error());
        return;
    }
    ApiJob *job = client->send(spec.value());
    QObject::connect(job, &ApiJob::finished, context, [job, onDone = std::move(onDone)] {
        if (!job->succeeded()) {
            onDone(unexpected(job->error()));
            return;
        }
        Result<DeviceCode, QString> code = job->json().isObject()
                                               ? DeviceCode::fromJson(job->json().object())
                                               : Result<DeviceCode, QString>(unexpected(translate(
                                                     "The server's answer holds no device code.")));
        if (!code) {
            ApiError error;
            error.kind = ApiError::Kind::UnexpectedResponse;
            error.message = code.error();
            error.request = job->spec().describe();
            onDone(unexpected(error));
            return;
        }
        onDone(std::move(code).value());
    });
}

} // namespace re::actions
