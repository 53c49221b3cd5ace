#pragma once

#include "api/apiversion.h"
#include "common/result.h"
#include "common/textlimits.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace re {

// The REST port a VB365 server listens on unless its administrator changed it.
inline constexpr int kDefaultServerPort = 4443;

// The longest values a profile (and the login) accepts: far beyond any real name or password, short
// enough that a pasted document is refused with a message instead of landing in the settings file.
inline constexpr qsizetype kMaxDisplayNameLength = 256;
inline constexpr qsizetype kMaxUserNameLength = 256;
inline constexpr qsizetype kMaxServerAddressLength = 2048;
inline constexpr qsizetype kMaxPasswordLength = 1024;

// One server the user connects to. Holds no secret: passwords and refresh tokens live in the
// CredentialStore under the profile's id, and only when the user asked to remember them.
struct ServerProfile
{
    QUuid id;
    QString displayName; // may be empty: title() falls back to the host
    QUrl serverUrl; // root, e.g. https://vb365.example.com:4443
    std::optional<ApiVersion> apiVersion; // nullopt = detect automatically
    QString userName;
    QByteArray pinnedSha256; // lower-case hex, empty = nothing pinned
    bool rememberPassword = false;
    std::optional<ApiVersion> lastDetectedVersion; // what auto-detection found last time

    // A profile with a fresh id for the given address (already parsed by parseServerUrl()).
    static ServerProfile create(const QUrl &serverUrl);

    QString title() const;

    // Checks what a hand-edited settings file or a careless caller could get wrong, and returns
    // the profile in canonical form (URL as parseServerUrl() makes it, pin as lower-case hex).
    Result<ServerProfile, QString> normalised() const;
    Result<void, QString> validate() const;

    bool operator==(const ServerProfile &other) const = default;
};

// Turns what a user types as server address into the root URL the client uses:
// "vb365.example.com" → https://vb365.example.com:4443; "host:443", "http://host:8080/",
// "https://host:4443/v8" (a pasted API URL loses its /vN) are accepted. Only http and https, a
// host is required, and user name/password inside the address are refused (they would end up
// in the settings file).
Result<QUrl, QString> parseServerUrl(QStringView text);

// "auto" or "v5" … "v8" in settings files and on the command line.
QString apiVersionChoiceToString(const std::optional<ApiVersion> &choice);
// nullopt inside the Result means "auto"; an unreadable text is an error.
Result<std::optional<ApiVersion>, QString> apiVersionChoiceFromString(QStringView text);

} // namespace re
