#include "actions/emailsettings.h"

#include "api/client/apiclient.h"
#include "api/client/apijob.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QPointer>
#include <QTimer>

namespace re::actions {

namespace {

// Case-insensitive lookup: v5 pages and the v6+ schema disagree on case in places.
QJsonValue valueOf(const QJsonObject &json, QLatin1StringView key)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

bool boolOf(const QJsonValue &value, bool fallback = false)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0;
    return fallback;
}

int intOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    return value.isString() ? value.toString().toInt() : 0;
}

} // namespace

EmailSettings EmailSettings::fromJson(const QJsonObject &json)
{
    EmailSettings settings;
    settings.enableNotification = boolOf(valueOf(json, QLatin1StringView("enableNotification")));
    settings.server = valueOf(json, QLatin1StringView("server")).toString().trimmed();
    if (settings.server.isEmpty())
        settings.server = valueOf(json, QLatin1StringView("smtpServer")).toString().trimmed();
    settings.port = intOf(valueOf(json, QLatin1StringView("port")));
    settings.from = valueOf(json, QLatin1StringView("from")).toString().trimmed();
    settings.useAuthentication = boolOf(valueOf(json, QLatin1StringView("useAuthentication")));
    settings.userName = valueOf(json, QLatin1StringView("username")).toString().trimmed();
    settings.authenticationType = valueOf(json, QLatin1StringView("authenticationType")).toString().trimmed();
    settings.oauthSignedIn = boolOf(valueOf(json, QLatin1StringView("isAuthenticated")), true);
    return settings;
}

QStringList EmailSettings::missing(bool senderGiven) const
{
    QStringList problems;
    const bool oauth = !authenticationType.isEmpty()
                       && authenticationType.compare(QLatin1StringView("CustomSmtp"), Qt::CaseInsensitive) != 0;
    if (oauth) {
        if (!oauthSignedIn)
            problems.append(QCoreApplication::translate("Actions", "The server is not signed in to its %1 mail account.").arg(authenticationType));
    } else if (server.isEmpty()) {
        problems.append(QCoreApplication::translate("Actions", "No SMTP server is set."));
    } else if (useAuthentication && userName.isEmpty()) {
        problems.append(QCoreApplication::translate("Actions", "The SMTP server needs authentication, but no account is set."));
    }
    if (!senderGiven && from.isEmpty())
        problems.append(QCoreApplication::translate("Actions", "No sender address is set."));
    return problems;
}

QStringList EmailSettings::notes() const
{
    if (enableNotification)
        return {};
    return {QCoreApplication::translate("Actions", "E-mail sending is switched off in these settings; the server may refuse to send.")};
}

void fetchEmailSettings(ApiClient *client, Dialect::EmailSettings which, QObject *context,
                        std::function<void(Result<EmailSettings, ApiError>)> onDone)
{
    if (!client || !client->dialect()) {
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = QCoreApplication::translate("Actions", "Connect to a backup server first.");
        QTimer::singleShot(0, context, [onDone, error] { onDone(unexpected(error)); });
        return;
    }
    ApiJob *job = client->send(client->dialect()->emailSettings(which));
    QObject::connect(job, &ApiJob::finished, context, [job, onDone = std::move(onDone)] {
        if (!job->succeeded()) {
            onDone(unexpected(job->error()));
            return;
        }
        if (!job->json().isObject()) {
            ApiError error;
            error.kind = ApiError::Kind::UnexpectedResponse;
            error.message = QCoreApplication::translate("Actions", "The server's e-mail settings are not a JSON object.");
            error.request = job->spec().describe();
            onDone(unexpected(error));
            return;
        }
        onDone(EmailSettings::fromJson(job->json().object()));
    });
}

void fetchSendSettings(ApiClient *client, bool mailItems, QObject *context,
                       std::function<void(Result<EmailSettings, ApiError>)> onDone)
{
    if (mailItems) {
        fetchEmailSettings(client, Dialect::EmailSettings::Exchange, context, std::move(onDone));
        return;
    }
    QPointer<ApiClient> guard(client);
    fetchEmailSettings(client, Dialect::EmailSettings::OneDrive, context,
                       [guard, context, onDone](Result<EmailSettings, ApiError> oneDrive) {
        if (oneDrive && !oneDrive->server.isEmpty()) {
            onDone(std::move(oneDrive));
            return;
        }
        fetchEmailSettings(guard, Dialect::EmailSettings::SharePoint, context,
                           [oneDrive, onDone](Result<EmailSettings, ApiError> sharePoint) {
            // The SharePoint settings only stand in when they can send; otherwise the OneDrive answer stands.
            if (sharePoint && !sharePoint->server.isEmpty())
                onDone(std::move(sharePoint));
            else
                onDone(oneDrive);
        });
    });
}

} // namespace re::actions
