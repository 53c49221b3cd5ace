// restore-cli save/export: parsing of -o/--zip and the progress line (no server needed).
#include "cli/clidownloads.h"
#include "cli/commandline.h"
#include "qt_printers.h"

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

} // namespace

TEST(CliSaveCommandLine, takesSeveralPathsAnOutputFolderAndZip)
{
    const CliResult<Invocation> parsed =
        parse({u"save"_s, u"S1"_s, u"OneDrives/A/x.docx"_s, u"OneDrives/A/y.docx"_s, u"-o"_s, u"/tmp/out"_s, u"--zip"_s});
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->command, CommandKind::Save);
    EXPECT_EQ(parsed->target, u"S1"_s);
    EXPECT_EQ(parsed->paths, (QStringList{u"OneDrives/A/x.docx"_s, u"OneDrives/A/y.docx"_s}));
    EXPECT_EQ(parsed->outputDirectory, u"/tmp/out"_s);
    EXPECT_TRUE(parsed->asZip);

    const CliResult<Invocation> exported = parse({u"export"_s, u"S1"_s, u"Mailboxes"_s, u"--output"_s, u"dir"_s});
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    EXPECT_EQ(exported->command, CommandKind::Export);
    EXPECT_EQ(exported->outputDirectory, u"dir"_s);
    EXPECT_FALSE(exported->asZip);

    const CliResult<Invocation> here = parse({u"save"_s, u"S1"_s, u"Mailboxes/a"_s});
    ASSERT_TRUE(here);
    EXPECT_EQ(here->outputDirectory, u"."_s); // the current folder
}

TEST(CliSaveCommandLine, refusesMisplacedOptionsAndMissingPaths)
{
    const auto usage = [](const QStringList &arguments, const QString &mentions) {
        const CliResult<Invocation> parsed = parse(arguments);
        ASSERT_FALSE(parsed) << arguments.join(u' ').toStdString();
        EXPECT_EQ(parsed.error().code, ExitCode::Usage);
        EXPECT_TRUE(parsed.error().message.contains(mentions)) << parsed.error().message.toStdString();
    };
    usage({u"save"_s, u"S1"_s}, u"save"_s);                                       // no PATH
    usage({u"export"_s, u"S1"_s, u"Mailboxes"_s, u"--zip"_s}, u"--zip"_s);          // ZIP is for save
    usage({u"ls"_s, u"S1"_s, u"-o"_s, u"dir"_s}, u"--output"_s);                    // -o belongs to save/export
    usage({u"save"_s, u"S1"_s, u"Mailboxes/a"_s, u"-o"_s, u"  "_s}, u"-o"_s);       // empty folder
}

TEST(CliProgressLine, showsWhatMattersInEachState)
{
    DownloadSnapshot s;
    s.name = u"Mailbox.pst"_s;
    s.state = DownloadState::Downloading;
    s.receivedBytes = 50 * 1000 * 1000;
    s.totalBytes = 100 * 1000 * 1000;
    s.bytesPerSecond = 2.0 * 1000 * 1000;
    s.etaSeconds = 25;
    const QString line = progressLine(s, 1, 2);
    EXPECT_TRUE(line.startsWith(u"[1/2]  Mailbox.pst"_s)) << line.toStdString();
    EXPECT_TRUE(line.contains(u"50%"_s)) << line.toStdString();
    EXPECT_TRUE(line.contains(u"/s"_s)) << line.toStdString();
    EXPECT_TRUE(line.contains(u"ETA 0:25"_s)) << line.toStdString();
    EXPECT_TRUE(line.endsWith(u"Downloading"_s)) << line.toStdString();

    const QString cut = progressLine(s, 1, 2, 20);
    EXPECT_EQ(cut.size(), 19);
    EXPECT_TRUE(cut.endsWith(QChar(0x2026)));

    DownloadSnapshot preparing;
    preparing.name = u"Big.pst"_s;
    preparing.state = DownloadState::Preparing;
    preparing.waitingMs = 62000;
    EXPECT_EQ(progressLine(preparing, 1, 1), u"Big.pst  Preparing on server (1:02)"_s);

    DownloadSnapshot retrying = preparing;
    retrying.state = DownloadState::Retrying;
    retrying.attempt = 1;
    retrying.maxAttempts = 5;
    retrying.retryInMs = 1500;
    retrying.error.message = u"The connection to the server was lost."_s;
    EXPECT_TRUE(progressLine(retrying, 1, 1).contains(u"Retrying in 2 s (attempt 2 of 5): The connection to the server was lost."_s))
        << progressLine(retrying, 1, 1).toStdString();
}
