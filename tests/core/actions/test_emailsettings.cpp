// The e-mail settings check before a send: both field spellings, quoted values, what is missing, and
// the resource each dialect reads (api-reference §10).
#include "actions/emailsettings.h"
#include "api/dialect.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace re;
using namespace re::actions;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

TEST(EmailSettings, ReadsTheV5ShapeWithQuotedValues)
{
    // The v3 PUT page quotes numbers and booleans; v2-v5 call the host smtpServer.
    const EmailSettings settings = EmailSettings::fromJson(
        json(R"({"enableNotification": "true", "smtpServer": " smtp.contoso.com ", "port": "587",
                 "from": "restores@contoso.com", "useSSL": "true", "useAuthentication": "false"})"));
    EXPECT_TRUE(settings.enableNotification);
    EXPECT_EQ(settings.server, QStringLiteral("smtp.contoso.com"));
    EXPECT_EQ(settings.port, 587);
    EXPECT_EQ(settings.from, QStringLiteral("restores@contoso.com"));
    EXPECT_TRUE(settings.missing(false).isEmpty());
    EXPECT_TRUE(settings.notes().isEmpty());
}

TEST(EmailSettings, SaysWhatIsMissing)
{
    const EmailSettings empty = EmailSettings::fromJson(json(R"({"enableNotification": false, "server": "", "port": 25})"));
    EXPECT_EQ(empty.missing(false), (QStringList {QStringLiteral("No SMTP server is set."),
                                                  QStringLiteral("No sender address is set.")}));
    // A request that names its own sender needs no default one.
    EXPECT_EQ(empty.missing(true), QStringList {QStringLiteral("No SMTP server is set.")});
    EXPECT_FALSE(empty.notes().isEmpty()) << "switched-off notifications are mentioned, not blocking";

    const EmailSettings noAccount = EmailSettings::fromJson(
        json(R"({"server": "smtp.contoso.com", "from": "a@contoso.com", "useAuthentication": true, "username": ""})"));
    EXPECT_EQ(noAccount.missing(false),
              QStringList {QStringLiteral("The SMTP server needs authentication, but no account is set.")});
}

TEST(EmailSettings, V8OAuthMailboxMustBeSignedIn)
{
    const EmailSettings oauth = EmailSettings::fromJson(
        json(R"({"enableNotification": true, "authenticationType": "Microsoft365", "isAuthenticated": false,
                 "from": "a@contoso.com"})"));
    EXPECT_EQ(oauth.missing(false),
              QStringList {QStringLiteral("The server is not signed in to its Microsoft365 mail account.")});
    const EmailSettings signedIn = EmailSettings::fromJson(
        json(R"({"authenticationType": "Microsoft365", "isAuthenticated": true, "from": "a@contoso.com"})"));
    EXPECT_TRUE(signedIn.missing(false).isEmpty()) << "OAuth sending needs no SMTP host";
}

TEST(EmailSettings, EachDialectReadsItsOwnSpelling)
{
    const auto v5 = Dialect::create(ApiVersion::V5);
    EXPECT_EQ(v5->emailSettings(Dialect::EmailSettings::Exchange).pathSegments,
              (QStringList {QStringLiteral("v5"), QStringLiteral("VEXEmailSettings")}));
    EXPECT_EQ(v5->emailSettings(Dialect::EmailSettings::SharePoint).pathSegments,
              (QStringList {QStringLiteral("v5"), QStringLiteral("VESPEmailSettings")}));
    for (ApiVersion version : {ApiVersion::V6, ApiVersion::V7, ApiVersion::V8}) {
        const auto dialect = Dialect::create(version);
        const RequestSpec spec = dialect->emailSettings(Dialect::EmailSettings::OneDrive);
        EXPECT_EQ(spec.method, QByteArray("GET"));
        EXPECT_EQ(spec.pathSegments, (QStringList {toString(version), QStringLiteral("VeodEmailSettings")}));
    }
}
