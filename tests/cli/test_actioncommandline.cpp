// restore / copy / send on the command line: the options land in ActionArguments, options of another
// command and unusable combinations are usage errors naming the option. What a request needs (a
// mailbox, an address, credentials) is core's to say and tested against the emulator.
#include "cli/commandline.h"

#include <gtest/gtest.h>

using namespace re;
using namespace re::cli;
using namespace Qt::StringLiterals;

namespace {

const QStringList kConnect = {u"--server"_s, u"https://vbo.example.com:4443"_s, u"--user"_s, u"admin"_s,
                              u"--password-stdin"_s};

CliResult<Invocation> parse(const QStringList &arguments)
{
    return parseCommandLine(QStringList{u"restore-cli"_s} + kConnect + arguments);
}

void expectUsage(const QStringList &arguments, const QString &mentions)
{
    const CliResult<Invocation> parsed = parse(arguments);
    ASSERT_FALSE(parsed) << arguments.join(u' ').toStdString();
    EXPECT_EQ(parsed.error().code, ExitCode::Usage);
    EXPECT_TRUE(parsed.error().message.contains(mentions)) << parsed.error().message.toStdString();
}

} // namespace

TEST(CliActionCommandLine, restoreTakesSeveralPathsAndItsOptions)
{
    const CliResult<Invocation> parsed =
        parse({u"restore"_s, u"S1"_s, u"OneDrives/Adele"_s, u"OneDrives/Alex"_s, u"--document-action"_s, u"Overwrite"_s,
               u"--restore-user"_s, u"admin@contoso.com"_s, u"--restore-password-stdin"_s, u"--reason"_s, u"INC-1"_s});
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->command, CommandKind::Restore);
    EXPECT_EQ(parsed->target, u"S1"_s);
    const ActionArguments &a = parsed->actionArguments;
    EXPECT_EQ(a.command, ActionCommand::Restore);
    EXPECT_EQ(a.paths, (QStringList{u"OneDrives/Adele"_s, u"OneDrives/Alex"_s}));
    EXPECT_EQ(a.documentAction, u"overwrite"_s);
    EXPECT_EQ(a.documentVersion, u"last"_s);
    EXPECT_EQ(a.restoreUser, u"admin@contoso.com"_s);
    EXPECT_TRUE(a.restorePasswordFromStdin);
    EXPECT_EQ(a.reason, u"INC-1"_s);
    EXPECT_EQ(a.pollIntervalMs, 2000);
}

TEST(CliActionCommandLine, copyAndSendOptions)
{
    const CliResult<Invocation> copy = parse({u"copy"_s, u"S1"_s, u"OneDrives/Adele/Projects"_s, u"--to-onedrive"_s,
                                             u"Alex Wilber"_s, u"--folder"_s, u"pictures"_s, u"--last-version-action"_s,
                                             u"overwrite"_s, u"--no-permissions"_s, u"--device-code"_s});
    ASSERT_TRUE(copy) << copy.error().message.toStdString();
    EXPECT_EQ(copy->actionArguments.toOneDrive, u"Alex Wilber"_s);
    EXPECT_EQ(copy->actionArguments.folder, u"pictures"_s);
    EXPECT_EQ(copy->actionArguments.lastVersionAction, u"overwrite"_s);
    EXPECT_TRUE(copy->actionArguments.noPermissions);
    EXPECT_TRUE(copy->actionArguments.deviceCode);

    const CliResult<Invocation> send = parse({u"send"_s, u"S1"_s, u"Mailboxes/adele/Inbox/Hello"_s, u"--to"_s,
                                             u"a@contoso.com; b@contoso.com"_s, u"--subject"_s, u"Files"_s});
    ASSERT_TRUE(send) << send.error().message.toStdString();
    EXPECT_EQ(send->command, CommandKind::Send);
    EXPECT_EQ(send->actionArguments.to, u"a@contoso.com; b@contoso.com"_s);
    EXPECT_EQ(send->actionArguments.subject, u"Files"_s);
}

TEST(CliActionCommandLine, refusesWhatDoesNotFit)
{
    expectUsage({u"restore"_s, u"S1"_s}, u"restore"_s); // no PATH
    expectUsage({u"restore"_s, u"S1"_s, u"P"_s, u"--document-action"_s, u"replace"_s}, u"keep or overwrite"_s);
    expectUsage({u"restore"_s, u"S1"_s, u"P"_s, u"--document-version"_s, u"first"_s}, u"last or all"_s);
    expectUsage({u"copy"_s, u"S1"_s, u"P"_s}, u"--to-onedrive"_s);
    expectUsage({u"restore"_s, u"S1"_s, u"P"_s, u"--to"_s, u"a@b.example"_s}, u"send"_s);
    expectUsage({u"send"_s, u"S1"_s, u"P"_s, u"--document-action"_s, u"keep"_s}, u"restore"_s);
    expectUsage({u"send"_s, u"S1"_s, u"P"_s, u"--restore-user"_s, u"x"_s}, u"restore and copy"_s);
    expectUsage({u"restore"_s, u"S1"_s, u"P"_s, u"--to-onedrive"_s, u"X"_s}, u"copy"_s);
    expectUsage({u"ls"_s, u"S1"_s, u"--reason"_s, u"why"_s}, u"restore, copy and send"_s);
    // A reason goes to the restore log: a pasted document is refused by name, not logged.
    expectUsage({u"restore"_s, u"S1"_s, u"P"_s, u"--reason"_s, QString(100000, u'r')}, u"--reason: The reason is too long"_s);
    expectUsage({u"restore"_s, u"S1"_s, u"P"_s, u"--restore-password-stdin"_s}, u"--restore-user"_s);
    expectUsage({u"restore"_s, u"S1"_s, u"P"_s, u"--device-code"_s, u"--restore-user"_s, u"x"_s}, u"--device-code"_s);
    expectUsage({u"restore"_s, u"S1"_s, u"P"_s, u"--poll-interval"_s, u"10"_s}, u"--poll-interval"_s);
    expectUsage({u"copy"_s, u"S1"_s, u"P"_s, u"--to-onedrive"_s, u"X"_s, u"--cas-server"_s, u"h"_s}, u"restore"_s);
    expectUsage({u"send"_s, u"S1"_s, u"P"_s, u"--default-address"_s, u"--to"_s, u"a@b.example"_s}, u"--default-address"_s);
}
