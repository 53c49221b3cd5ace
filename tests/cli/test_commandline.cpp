#include "cli/commandline.h"
#include "qt_printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace re;
using namespace re::cli;
using namespace Qt::StringLiterals;

namespace {

const QStringList kConnect = {u"--server"_s, u"https://vbo.example.com:4443"_s, u"--user"_s, u"admin"_s,
                              u"--password-stdin"_s};

CliResult<Invocation> parse(const QStringList &arguments)
{
    return parseCommandLine(QStringList{u"restore-cli"_s} + arguments);
}

ExitCode usageCodeOf(const QStringList &arguments)
{
    const CliResult<Invocation> parsed = parse(arguments);
    return parsed ? ExitCode::Ok : parsed.error().code;
}

} // namespace

TEST(CliCommandLine, parsesGlobalOptionsAndACommand)
{
    const CliResult<Invocation> parsed =
        parse(kConnect + QStringList{u"--api"_s, u"v7"_s, u"--json"_s, u"--page-size"_s, u"3"_s, u"orgs"_s});
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->action, Invocation::Action::Run);
    EXPECT_EQ(parsed->command, CommandKind::Organizations);
    EXPECT_EQ(parsed->global.server, QUrl(u"https://vbo.example.com:4443"_s));
    EXPECT_EQ(parsed->global.api, ApiVersion::V7);
    EXPECT_EQ(parsed->global.user, u"admin"_s);
    EXPECT_TRUE(parsed->global.passwordFromStdin);
    EXPECT_TRUE(parsed->global.json);
    EXPECT_EQ(parsed->global.pageSize, 3);
}

TEST(CliCommandLine, apiAutoMeansDetect)
{
    const CliResult<Invocation> parsed = parse(kConnect + QStringList{u"--api"_s, u"auto"_s, u"sessions"_s});
    ASSERT_TRUE(parsed);
    EXPECT_FALSE(parsed->global.api.has_value());
    EXPECT_EQ(parsed->command, CommandKind::Sessions);
}

TEST(CliCommandLine, exploreTakesItsOptionsAfterTheOrganization)
{
    const CliResult<Invocation> parsed =
        parse(kConnect + QStringList{u"explore"_s, u"Contoso"_s, u"--at"_s, u"2026-01-31T18:00:00+01:00"_s,
                                     u"--type"_s, u"OneDrive"_s, u"--show-deleted"_s, u"--show-all-versions"_s});
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->command, CommandKind::Explore);
    EXPECT_EQ(parsed->target, u"Contoso"_s);
    EXPECT_EQ(parsed->explore.type, SessionType::OneDrive);
    EXPECT_TRUE(parsed->explore.showDeleted);
    EXPECT_TRUE(parsed->explore.showAllVersions);
    EXPECT_EQ(parsed->explore.pointInTime, QDateTime(QDate(2026, 1, 31), QTime(17, 0), QTimeZone::utc()));
}

TEST(CliCommandLine, lsTakesASessionAndAnOptionalPath)
{
    CliResult<Invocation> parsed = parse(kConnect + QStringList{u"ls"_s, u"s1"_s});
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->target, u"s1"_s);
    EXPECT_TRUE(parsed->path.isEmpty());
    parsed = parse(kConnect + QStringList{u"ls"_s, u"s1"_s, u"Mailboxes/Grady Bowen/Inbox"_s});
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->path, u"Mailboxes/Grady Bowen/Inbox"_s);
}

TEST(CliCommandLine, helpAndVersionNeedNoServer)
{
    CliResult<Invocation> parsed = parse({u"--help"_s});
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->action, Invocation::Action::ShowHelp);
    parsed = parse({u"--version"_s});
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->action, Invocation::Action::ShowVersion);
    EXPECT_TRUE(usageText().contains(u"--trust-fingerprint"_s));
}

TEST(CliCommandLine, mistakesAreUsageErrorsThatNameTheArgument)
{
    struct Case
    {
        QStringList arguments;
        QString mentions;
    };
    const QList<Case> cases = {
        {{u"orgs"_s}, u"--server"_s},
        {kConnect, u"no command"_s},
        {kConnect + QStringList{u"list"_s}, u"list"_s},
        {kConnect + QStringList{u"orgs"_s, u"extra"_s}, u"orgs"_s},
        {kConnect + QStringList{u"stop"_s}, u"stop"_s},
        {kConnect + QStringList{u"--api"_s, u"v4"_s, u"orgs"_s}, u"v4"_s},
        {kConnect + QStringList{u"--page-size"_s, u"0"_s, u"orgs"_s}, u"--page-size"_s},
        {kConnect + QStringList{u"--page-size"_s, u"10001"_s, u"orgs"_s}, u"--page-size"_s},
        {kConnect + QStringList{u"--trust-fingerprint"_s, u"abc"_s, u"orgs"_s}, u"--trust-fingerprint"_s},
        {kConnect + QStringList{u"--bogus"_s, u"orgs"_s}, u"bogus"_s},
        {kConnect + QStringList{u"ls"_s, u"s"_s, u"--at"_s, u"latest"_s}, u"--at"_s},
        {kConnect + QStringList{u"explore"_s, u"c"_s, u"--type"_s, u"exchnage"_s}, u"exchnage"_s},
        {kConnect + QStringList{u"explore"_s, u"c"_s, u"--at"_s, u"yesterday"_s}, u"yesterday"_s},
        {{u"--server"_s, u"vbo"_s, u"--password-stdin"_s, u"orgs"_s}, u"--user"_s},
        {{u"--server"_s, u"vbo"_s, u"--user"_s, u"u"_s, u"orgs"_s}, u"--password-stdin"_s},
    };
    for (const Case &c : cases) {
        const CliResult<Invocation> parsed = parse(c.arguments);
        ASSERT_FALSE(parsed) << c.arguments.join(u' ').toStdString();
        EXPECT_EQ(parsed.error().code, ExitCode::Usage) << c.arguments.join(u' ').toStdString();
        EXPECT_TRUE(parsed.error().message.contains(c.mentions))
            << parsed.error().message.toStdString() << " should mention " << c.mentions.toStdString();
        EXPECT_FALSE(parsed.error().message.contains(u'\n')) << parsed.error().message.toStdString();
    }
    EXPECT_EQ(usageCodeOf(kConnect + QStringList{u"orgs"_s}), ExitCode::Ok);
}

TEST(CliCommandLine, serverAddressesAreNormalised)
{
    EXPECT_EQ(parseServerUrl(u"vbo.example.com"_s).value(), QUrl(u"https://vbo.example.com:4443"_s));
    EXPECT_EQ(parseServerUrl(u"vbo.example.com:9443"_s).value(), QUrl(u"https://vbo.example.com:9443"_s));
    EXPECT_EQ(parseServerUrl(u"http://127.0.0.1:8080/"_s).value(), QUrl(u"http://127.0.0.1:8080"_s));
    EXPECT_EQ(parseServerUrl(u"https://vbo.example.com"_s).value(), QUrl(u"https://vbo.example.com"_s));
    EXPECT_FALSE(parseServerUrl(u"https://vbo.example.com:4443/v8"_s));
    EXPECT_FALSE(parseServerUrl(u"ftp://vbo.example.com"_s));
    EXPECT_FALSE(parseServerUrl(u"https://"_s));
    EXPECT_FALSE(parseServerUrl(u"https://user:pw@vbo"_s));
}

TEST(CliCommandLine, pointsInTime)
{
    EXPECT_FALSE(parsePointInTime(u"latest"_s).value().isValid());
    EXPECT_FALSE(parsePointInTime(u"LATEST"_s).value().isValid());
    const QDateTime noon(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    EXPECT_EQ(parsePointInTime(u"2026-03-01T12:00:00Z"_s).value(), noon);
    EXPECT_EQ(parsePointInTime(u"2026-03-01T12:00:00"_s).value(), noon); // no zone: UTC
    EXPECT_EQ(parsePointInTime(u"2026-03-01T13:00:00.000+01:00"_s).value(), noon);
    EXPECT_EQ(parsePointInTime(u"2026-03-01"_s).value(), QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()));
    EXPECT_FALSE(parsePointInTime(u"2026-13-01"_s));
    EXPECT_FALSE(parsePointInTime(u"01.03.2026"_s));
}

TEST(CliCommandLine, sessionTypeNames)
{
    for (const SessionType type : {SessionType::Exchange, SessionType::OneDrive, SessionType::SharePoint,
                                   SessionType::Teams})
        EXPECT_EQ(sessionTypeFromName(sessionTypeName(type)), type);
    EXPECT_EQ(sessionTypeFromName(u"TEAMS"), SessionType::Teams);
    EXPECT_FALSE(sessionTypeFromName(u"vex"));
}
