#include "profiles/serverprofile.h"

#include "tls/truststore.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace re {

namespace {

const QString kAuto = u"auto"_s;

} // namespace

ServerProfile ServerProfile::create(const QUrl &serverUrl)
{
    ServerProfile profile;
    profile.id = QUuid::createUuid();
    profile.serverUrl = serverUrl;
    return profile;
}

QString ServerProfile::title() const
{
    if (!displayName.trimmed().isEmpty())
        return displayName.trimmed();
    return serverUrl.host();
}

Result<ServerProfile, QString> ServerProfile::normalised() const
{
    if (id.isNull())
        return unexpected(
            QCoreApplication::translate("ServerProfile", "The server profile has no identifier."));
    if (displayName.size() > kMaxDisplayNameLength)
        return unexpected(tooLongMessage(QCoreApplication::translate("ServerProfile", "display name"),
                                         displayName.size(), kMaxDisplayNameLength));
    if (userName.size() > kMaxUserNameLength)
        return unexpected(tooLongMessage(QCoreApplication::translate("ServerProfile", "user name"), userName.size(),
                                         kMaxUserNameLength));
    ServerProfile result = *this;
    const auto url = parseServerUrl(serverUrl.toString());
    if (!url)
        return unexpected(url.error());
    result.serverUrl = url.value();
    if (!pinnedSha256.isEmpty()) {
        const auto pin = TrustStore::parseFingerprint(QString::fromLatin1(pinnedSha256));
        if (!pin)
            return unexpected(QCoreApplication::translate(
                "ServerProfile", "The pinned certificate fingerprint is not valid: %1")
                                  .arg(pin.error()));
        result.pinnedSha256 = pin.value();
    }
    return result;
}

Result<void, QString> ServerProfile::validate() const
{
    const auto checked = normalised();
    if (!checked)
        return unexpected(checked.error());
    return {};
}

Result<QUrl, QString> parseServerUrl(QStringView text)
{
    static const QRegularExpression hasScheme(u"^[A-Za-z][A-Za-z0-9+.\\-]*://"_s);
    static const QRegularExpression apiVersionSuffix(
        u"/v[0-9]+/*$"_s, QRegularExpression::CaseInsensitiveOption);

    QString input = text.trimmed().toString();
    if (input.isEmpty())
        return unexpected(QCoreApplication::translate("ServerProfile",
            "Enter the server address, for example https://vb365.example.com:4443."));
    if (input.size() > kMaxServerAddressLength)
        return unexpected(tooLongMessage(QCoreApplication::translate("ServerProfile", "server address"),
                                         input.size(), kMaxServerAddressLength));
    if (!hasScheme.match(input).hasMatch())
        input.prepend(u"https://"_s);

    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid()) // QUrl's own reason is English, technical, and quotes the whole input
        return unexpected(QCoreApplication::translate("ServerProfile",
            "\"%1\" is not a valid server address. Enter the host name or IP address of the server, "
            "for example https://vb365.example.com:4443.")
                              .arg(elided(text.trimmed())));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return unexpected(QCoreApplication::translate("ServerProfile",
            "The server address must start with https:// (or http://); \"%1\" is "
            "not supported.")
                              .arg(url.scheme()));
    if (url.host().isEmpty())
        return unexpected(QCoreApplication::translate(
            "ServerProfile", "The server address \"%1\" has no host name.")
                              .arg(elided(text.trimmed())));
    if (!url.userInfo().isEmpty())
        return unexpected(QCoreApplication::translate("ServerProfile",
            "Do not put a user name or password into the server address; enter them "
            "when you log in."));
    if (url.hasQuery() || url.hasFragment())
        return unexpected(QCoreApplication::translate(
            "ServerProfile", "The server address must not contain \"?\" or \"#\"."));

    url.setScheme(scheme);
    if (url.port() == -1)
        url.setPort(kDefaultServerPort);
    QString path = url.path();
    path.remove(apiVersionSuffix);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QString apiVersionChoiceToString(const std::optional<ApiVersion> &choice)
{
    return choice ? toString(*choice) : kAuto;
}

Result<std::optional<ApiVersion>, QString> apiVersionChoiceFromString(QStringView text)
{
    if (text.trimmed().isEmpty() || text.trimmed().compare(kAuto, Qt::CaseInsensitive) == 0)
        return std::optional<ApiVersion>();
    const auto version = apiVersionFromString(text);
    if (!version)
        return unexpected(QCoreApplication::translate(
            "ServerProfile", "Unknown API version \"%1\"; use auto, v5, v6, v7 or v8.")
                              .arg(text.trimmed().toString()));
    return version;
}

} // namespace re
