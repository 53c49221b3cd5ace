#include "actions/credentials.h"

#include <QCoreApplication>
#include <QUuid>

namespace re::actions {

namespace {

QString joined(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

// The length limits every account (restore account, on-premises account) shares.
Validity checkAccountLengths(const QString &field, const QString &userName, const QString &password)
{
    if (Validity valid = checkLength(joined(field, QStringLiteral("userName")),
                                     QCoreApplication::translate("Actions", "user name"), userName, kMaxNameLength);
        !valid)
        return valid;
    return checkLength(joined(field, QStringLiteral("password")), QCoreApplication::translate("Actions", "password"),
                       password, kMaxPasswordLength);
}

} // namespace

RestoreCredentials RestoreCredentials::withPassword(const QString &userName, const QString &password)
{
    RestoreCredentials credentials;
    credentials.kind = Kind::Password;
    credentials.userName = userName;
    credentials.password = password;
    return credentials;
}

RestoreCredentials RestoreCredentials::withDeviceCode(const QString &userCode)
{
    RestoreCredentials credentials;
    credentials.kind = Kind::DeviceCode;
    credentials.userCode = userCode;
    return credentials;
}

Validity RestoreCredentials::validate(const QString &field) const
{
    switch (kind) {
    case Kind::Password:
        if (userName.trimmed().isEmpty())
            return invalid(joined(field, QStringLiteral("userName")),
                           QCoreApplication::translate("Actions", "Enter the account the server uses to write the restored data."));
        if (password.isEmpty())
            return invalid(joined(field, QStringLiteral("password")), QCoreApplication::translate("Actions", "Enter the password of that account."));
        return checkAccountLengths(field, userName, password);
    case Kind::DeviceCode:
        if (userCode.trimmed().isEmpty())
            return invalid(joined(field, QStringLiteral("userCode")),
                           QCoreApplication::translate("Actions", "Request a device code and sign in with it before restoring."));
        return {};
    case Kind::Application:
        if (QUuid::fromString(applicationId.trimmed()).isNull())
            return invalid(joined(field, QStringLiteral("applicationId")),
                           QCoreApplication::translate("Actions", "The application ID must be a GUID such as 1b2c3d4e-0000-4000-8000-123456789abc."));
        if (applicationCertificate.isEmpty())
            return invalid(joined(field, QStringLiteral("applicationCertificate")),
                           QCoreApplication::translate("Actions", "Choose the application's certificate file (.pfx)."));
        return {};
    }
    return {};
}

void RestoreCredentials::addTo(QJsonObject &options) const
{
    switch (kind) {
    case Kind::Password:
        options.insert(QStringLiteral("userName"), userName.trimmed());
        options.insert(QStringLiteral("userPassword"), password);
        break;
    case Kind::DeviceCode:
        options.insert(QStringLiteral("userCode"), userCode.trimmed());
        break;
    case Kind::Application:
        options.insert(QStringLiteral("applicationId"), applicationId.trimmed());
        options.insert(QStringLiteral("applicationCertificate"),
                       QString::fromLatin1(applicationCertificate.toBase64()));
        if (!applicationCertificatePassword.isEmpty())
            options.insert(QStringLiteral("applicationCertificatePassword"), applicationCertificatePassword);
        if (!impersonationAccountName.trimmed().isEmpty())
            options.insert(QStringLiteral("impersonationAccountName"), impersonationAccountName.trimmed());
        break;
    }
}

QList<SummaryLine> RestoreCredentials::summary(const QString &keyPrefix) const
{
    const auto key = [&](const char *name) { return joined(keyPrefix, QString::fromLatin1(name)); };
    switch (kind) {
    case Kind::Password:
        return {{key("userName"), QCoreApplication::translate("Actions", "Restore account"), userName.trimmed()},
                {key("password"), QCoreApplication::translate("Actions", "Password"), maskedSecret(), true}};
    case Kind::DeviceCode:
        // The code is single-use, but it grants access until it expires: masked like a password.
        return {{key("userCode"), QCoreApplication::translate("Actions", "Device code"), maskedSecret(), true}};
    case Kind::Application: {
        QList<SummaryLine> lines {{key("applicationId"), QCoreApplication::translate("Actions", "Application ID"), applicationId.trimmed()},
                                  {key("applicationCertificate"), QCoreApplication::translate("Actions", "Application certificate"), maskedSecret(), true}};
        if (!applicationCertificatePassword.isEmpty())
            lines.append({key("applicationCertificatePassword"), QCoreApplication::translate("Actions", "Certificate password"), maskedSecret(), true});
        if (!impersonationAccountName.trimmed().isEmpty())
            lines.append({key("impersonationAccountName"), QCoreApplication::translate("Actions", "Impersonation account"), impersonationAccountName.trimmed()});
        return lines;
    }
    }
    return {};
}

Validity UserPassword::validate(const QString &field) const
{
    if (userName.trimmed().isEmpty())
        return invalid(joined(field, QStringLiteral("userName")), QCoreApplication::translate("Actions", "Enter the on-premises account's user name."));
    if (password.isEmpty())
        return invalid(joined(field, QStringLiteral("password")), QCoreApplication::translate("Actions", "Enter the on-premises account's password."));
    return checkAccountLengths(field, userName, password);
}

Validity BulkCredentials::validate() const
{
    if (!office && !onPremises)
        return invalid(QStringLiteral("credentials"),
                       QCoreApplication::translate("Actions", "Enter the Microsoft 365 account, the on-premises account, or both."));
    if (office) {
        if (Validity valid = office->validate(QStringLiteral("office")); !valid)
            return valid;
    }
    if (onPremises)
        return onPremises->validate(QStringLiteral("onPremises"));
    return {};
}

void BulkCredentials::addTo(QJsonObject &options, Schema schema) const
{
    const bool oneDrives = schema == Schema::OneDrives;
    if (office) {
        if (office->kind == RestoreCredentials::Kind::Password) {
            options.insert(oneDrives ? QStringLiteral("officeUsername") : QStringLiteral("office365UserName"),
                           office->userName.trimmed());
            options.insert(oneDrives ? QStringLiteral("officeUserpassword") : QStringLiteral("office365UserPassword"),
                           office->password);
        } else {
            office->addTo(options); // userCode / application*: same names in both schemas
        }
    }
    if (onPremises) {
        options.insert(oneDrives ? QStringLiteral("onpremisesUsername") : QStringLiteral("onPremisesUserName"),
                       onPremises->userName.trimmed());
        options.insert(oneDrives ? QStringLiteral("onpremisesUserpassword") : QStringLiteral("onPremisesUserPassword"),
                       onPremises->password);
    }
}

QList<SummaryLine> BulkCredentials::summary() const
{
    QList<SummaryLine> lines;
    if (office)
        lines += office->summary(QStringLiteral("office"));
    if (onPremises) {
        lines.append({QStringLiteral("onPremises.userName"), QCoreApplication::translate("Actions", "On-premises account"), onPremises->userName.trimmed()});
        lines.append({QStringLiteral("onPremises.password"), QCoreApplication::translate("Actions", "On-premises password"), maskedSecret(), true});
    }
    return lines;
}

} // namespace re::actions
