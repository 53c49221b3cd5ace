#pragma once

// The Veeam Explorer SMTP settings the send actions use (api-reference §10): read before a send so
// the user hears what is missing instead of a bare server error after the wizard.

#include "api/apierror.h"
#include "api/dialect.h"
#include "common/result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace re {
class ApiClient;
}

namespace re::actions {

struct EmailSettings
{
    bool enableNotification = false;
    QString server; // v6+ `server`, v2-v5 `smtpServer`
    int port = 0;
    QString from;
    bool useAuthentication = false;
    QString userName;
    QString authenticationType; // v8: CustomSmtp, GoogleGmail, Microsoft365; empty before
    bool oauthSignedIn = true;  // v8 `isAuthenticated` for GoogleGmail/Microsoft365

    // Lenient: both server spellings, booleans and numbers as strings (the v3 pages quote them).
    static EmailSettings fromJson(const QJsonObject &json);
    // What keeps the server from sending, one translated sentence each; empty = ready.
    // `senderGiven`: the request names its own sender, so a missing default sender does not matter.
    QStringList missing(bool senderGiven) const;
    // Doubts that do not block: notifications switched off (servers differ in whether sends need it).
    QStringList notes() const;
};

// GET one settings resource. `onDone` runs in `context`'s thread.
void fetchEmailSettings(ApiClient *client, Dialect::EmailSettings which, QObject *context,
                        std::function<void(Result<EmailSettings, ApiError>)> onDone);

// The settings a send of mail items (Exchange) or OneDrive data uses. OneDrive sends read the VEOD
// settings and, when those have no SMTP server, the SharePoint ones (seed 001 configures sending
// with PUT /VESPEmailSettings; v2 servers have no VEOD resource).
void fetchSendSettings(ApiClient *client, bool mailItems, QObject *context,
                       std::function<void(Result<EmailSettings, ApiError>)> onDone);

} // namespace re::actions
