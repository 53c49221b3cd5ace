#pragma once

#include "actions/validation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace re::actions {

// How the backup server signs in to Microsoft 365 / Exchange to write restored data. The secrets
// (password, certificate and its password) live here and only go into the request body; every
// summary masks them.
struct RestoreCredentials
{
    enum class Kind {
        Password,    // userName + userPassword (basic auth, on-premises or legacy tenants)
        DeviceCode,  // userCode from restoreDeviceCode (modern auth, interactive)
        Application, // applicationId + certificate (modern auth, app-only)
    };

    Kind kind = Kind::Password;
    QString userName;
    QString password;
    QString userCode;
    QString applicationId;
    QByteArray applicationCertificate; // PFX bytes; base64 on the wire
    QString applicationCertificatePassword;
    QString impersonationAccountName; // Exchange app-only restores

    static RestoreCredentials withPassword(const QString &userName, const QString &password);
    static RestoreCredentials withDeviceCode(const QString &userCode);

    // `field` prefixes the field names of errors ("credentials" → "credentials.userName").
    Validity validate(const QString &field = QStringLiteral("credentials")) const;
    // v6+ option names (userName, userPassword, userCode, applicationId, …).
    void addTo(QJsonObject &options) const;
    QList<SummaryLine> summary(const QString &keyPrefix = QStringLiteral("credentials")) const;
};

// A user name and password pair on its own (the on-premises side of hybrid bulk restores).
struct UserPassword
{
    QString userName;
    QString password;

    Validity validate(const QString &field) const;
};

// Bulk restores name both sides of a hybrid organization: Microsoft 365 credentials (password,
// device code or application) and/or an on-premises account. Seed 000 sends only the on-premises
// pair, so either side may be absent, not both.
struct BulkCredentials
{
    std::optional<RestoreCredentials> office;
    std::optional<UserPassword> onPremises;

    Validity validate() const;
    // Option names differ per bulk schema: RESTBulkRestoreConfig (OneDrives: officeUsername,
    // officeUserpassword, onpremisesUsername, onpremisesUserpassword) vs RestBulkRestoreOptions
    // (mailboxes: office365UserName, …, onPremisesUserName, …). The dialect renames for v5.
    enum class Schema { OneDrives, Mailboxes };
    void addTo(QJsonObject &options, Schema schema) const;
    QList<SummaryLine> summary() const;
};

} // namespace re::actions
