#pragma once

#include "lenientjson.h"
#include "reply.h"
#include "request.h"
#include "router.h"

#include <QHash>

#include <optional>

namespace vb365emu {

// The Veeam Explorers whose SMTP settings send actions use (api-reference §10).
enum class Explorer { Vex, Veod, Vesp, Vet };

struct SmtpSettings
{
    bool enableNotification = false;
    QString server;
    int port = 25;
    QString from;
    bool useAuthentication = false;
    bool useSSL = false;
    QString username;
    bool hasPassword = false; // the password itself is write-only and never kept
};

// GET/PUT /vN/VEXEmailSettings, VEODEmailSettings, VESPEmailSettings, VetEmailSettings: v5 names the server
// `smtpServer` (Teams: `server`), v6+ `server`; PUT answers 200 (v5-v7) / 204 (v8). Sending is possible once
// an explorer has an SMTP server.
class MailSettingsRoutes
{
public:
    // preconfigured: every explorer starts with smtp.example.com:587 (the --mail-configured flag).
    explicit MailSettingsRoutes(bool preconfigured);
    void install(Router &router);

    // Why `explorer` cannot send in this dialect (nullopt = it can). OneDrive sends on v5 fall back to the
    // SharePoint settings, whose resource v2 used for them (seed 001).
    std::optional<QString> sendingBlocked(Explorer explorer, ApiVersion version) const;
    // The sender address configured for `explorer` (default-address sends and an empty "from").
    QString sender(Explorer explorer) const { return m_settings.value(explorer).from; }

private:
    Reply get(const Request &request, Explorer explorer) const;
    Reply put(const Request &request, Explorer explorer);
    static QString resourceName(Explorer explorer, ApiVersion version);

    QHash<Explorer, SmtpSettings> m_settings;
};

} // namespace vb365emu
