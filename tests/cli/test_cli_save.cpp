// restore-cli save / export against vb365-emulator --strict (v5 and v8): what lands on disk (magic
// bytes, names, sizes, collisions), failures as one line with their exit code, retries after a
// dropped connection, and an interrupted download that leaves nothing behind.
#include "cli_process.h"
#include "emulator_process.h"
#include "qt_printers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace re::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kZipMagic = QByteArrayLiteral("PK\x03\x04");
const QByteArray kPstMagic = QByteArrayLiteral("!BDN");
const QByteArray kOleMagic = QByteArray::fromHex("d0cf11e0a1b11ae1");

QByteArray headOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

class CliSave : public ::testing::TestWithParam<QString>
{
protected:
    void start(const QStringList &more = {})
    {
        EmulatorProcess::Options options;
        options.arguments = QStringList{u"--api"_s, GetParam(), u"--strict"_s} + more;
        emulator = std::make_unique<EmulatorProcess>(options);
        ASSERT_TRUE(emulator->start()) << emulator->errorString().toStdString();
        mailSession = explore({});
        driveSession = explore({u"--type"_s, u"onedrive"_s});
        ASSERT_FALSE(mailSession.isEmpty());
        ASSERT_FALSE(driveSession.isEmpty());
    }

    CliRun cli(const QStringList &command) const
    {
        return runCli(connectArguments(emulator->url(), emulator->user(), GetParam()) + command,
                      emulator->password().toUtf8() + '\n', 120000);
    }

    QString explore(const QStringList &options) const
    {
        const CliRun run = cli(QStringList{u"--json"_s, u"explore"_s, u"contoso.onmicrosoft.com"_s} + options);
        EXPECT_EQ(run.exitCode, 0) << run.describe();
        return run.json().object().value(u"id"_s).toString();
    }

    QJsonObject ls(const QString &session, const QString &path) const
    {
        const CliRun run = cli({u"--json"_s, u"ls"_s, session, path});
        EXPECT_EQ(run.exitCode, 0) << run.describe();
        return run.json().object();
    }

    // The saved files a successful run reports (--json).
    QStringList savedPaths(const CliRun &run) const
    {
        QStringList paths;
        for (const QJsonValue &record : run.json().array())
            paths << record.toObject().value(u"path"_s).toString();
        return paths;
    }

    int saveRequests() const
    {
        int count = 0;
        for (const QString &line : emulator->logLines()) {
            const QString path = QJsonDocument::fromJson(line.toUtf8()).object().value(u"path"_s).toString();
            // v5: …/Organization/…/Action; explore and stop use other Action paths.
            if (path.endsWith(u"/save"_s, Qt::CaseInsensitive) || path.endsWith(u"/exportToPst"_s, Qt::CaseInsensitive)
                || (path.contains(u"/Organization/"_s, Qt::CaseInsensitive) && path.endsWith(u"/Action"_s, Qt::CaseInsensitive)))
                ++count;
        }
        return count;
    }

    static void expectOneLineFailure(const CliRun &run, int exitCode, const QString &mentions)
    {
        EXPECT_EQ(run.exitCode, exitCode) << run.describe();
        EXPECT_TRUE(run.out.isEmpty()) << run.describe();
        EXPECT_TRUE(run.err.startsWith(u"restore-cli: "_s)) << run.describe();
        EXPECT_EQ(run.err.trimmed().count(u'\n'), 0) << run.describe();
        EXPECT_TRUE(run.err.contains(mentions, Qt::CaseInsensitive)) << "should mention " << mentions.toStdString()
                                                                     << "\n" << run.describe();
    }

    std::unique_ptr<EmulatorProcess> emulator;
    QString mailSession;
    QString driveSession;
    QTemporaryDir dir;
};

TEST_P(CliSave, EachKindOfSaveLandsOnDiskWithItsType)
{
    ASSERT_NO_FATAL_FAILURE(start());
    const QString mailbox = u"Mailboxes/Grady Bowen"_s;
    const QJsonArray items = ls(mailSession, mailbox + u"/Inbox"_s).value(u"items"_s).toArray();
    ASSERT_GE(items.size(), 2);
    const QString item1 = mailbox + u"/Inbox/"_s + items.at(0).toObject().value(u"id"_s).toString();
    const QString item2 = mailbox + u"/Inbox/"_s + items.at(1).toObject().value(u"id"_s).toString();

    struct Case
    {
        QStringList command;
        QByteArray magic;
        QString fileName;
    };
    const QList<Case> cases = {
        {{u"save"_s, mailSession, item1}, kOleMagic, {}},
        {{u"save"_s, mailSession, item1, item2}, kZipMagic, {}},       // one archive of .msg files
        {{u"export"_s, mailSession, item1, item2}, kPstMagic, {}},     // one PST of both
        {{u"export"_s, mailSession, mailbox}, kPstMagic, u"Grady Bowen.pst"_s},
        {{u"save"_s, mailSession, mailbox + u"/Inbox"_s}, kPstMagic, u"Inbox.pst"_s},
        {{u"save"_s, driveSession, u"OneDrives/Grady Bowen/Documents"_s}, kZipMagic, u"Documents.zip"_s},
        {{u"save"_s, driveSession, u"OneDrives/Grady Bowen/Résumé.docx"_s, u"OneDrives/Grady Bowen/Ideas.docx"_s},
         kZipMagic, {}},
    };
    for (const Case &c : cases) {
        const CliRun run = cli(QStringList{u"--json"_s} + c.command + QStringList{u"-o"_s, dir.path()});
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        const QStringList paths = savedPaths(run);
        ASSERT_EQ(paths.size(), 1) << run.describe(); // a selection travels as one download
        EXPECT_TRUE(headOf(paths.constFirst()).startsWith(c.magic)) << run.describe();
        if (!c.fileName.isEmpty()) {
            EXPECT_EQ(QFileInfo(paths.constFirst()).fileName(), c.fileName);
        }
        EXPECT_EQ(QFileInfo(paths.constFirst()).absolutePath(), QDir(dir.path()).absolutePath());
    }

    // A document arrives as itself, byte for byte its listed size, under its real (non-ASCII) name.
    const QJsonArray documents = ls(driveSession, u"OneDrives/Grady Bowen"_s).value(u"documents"_s).toArray();
    QJsonObject resume;
    for (const QJsonValue &d : documents) {
        if (d.toObject().value(u"name"_s).toString() == u"Résumé.docx"_s)
            resume = d.toObject();
    }
    ASSERT_FALSE(resume.isEmpty());
    const CliRun plain = cli({u"save"_s, driveSession, u"OneDrives/Grady Bowen/Résumé.docx"_s, u"-o"_s, dir.path()});
    ASSERT_EQ(plain.exitCode, 0) << plain.describe();
    const QString plainPath = dir.filePath(u"Résumé.docx"_s);
    EXPECT_TRUE(plain.out.contains(plainPath)) << plain.describe(); // the final path is printed
    EXPECT_EQ(QFileInfo(plainPath).size(), resume.value(u"sizeBytes"_s).toInteger());
    EXPECT_TRUE(headOf(plainPath).startsWith(kZipMagic)); // .docx is a ZIP container: name kept
    EXPECT_TRUE(plain.err.isEmpty()) << plain.describe();  // quick and not a terminal: no progress noise

    for (const QString &file : filesIn(dir.path()))
        EXPECT_FALSE(file.endsWith(u".part"_s)) << file.toStdString();
}

TEST_P(CliSave, AnExistingFileIsNeverOverwritten)
{
    ASSERT_NO_FATAL_FAILURE(start());
    QFile existing(dir.filePath(u"Documents.zip"_s));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    for (const QString &expected : {u"Documents (1).zip"_s, u"Documents (2).zip"_s}) {
        const CliRun run = cli({u"save"_s, driveSession, u"OneDrives/Grady Bowen/Documents"_s, u"-o"_s, dir.path()});
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        EXPECT_TRUE(run.out.contains(dir.filePath(expected))) << run.describe();
        EXPECT_TRUE(headOf(dir.filePath(expected)).startsWith(kZipMagic));
    }
    QFile mine(dir.filePath(u"Documents.zip"_s));
    ASSERT_TRUE(mine.open(QIODevice::ReadOnly));
    EXPECT_EQ(mine.readAll(), QByteArrayLiteral("mine"));
}

TEST_P(CliSave, FailuresEndWithOneLineAndTheirExitCode)
{
    ASSERT_NO_FATAL_FAILURE(start());
    const QString document = u"OneDrives/Grady Bowen/Ideas.docx"_s;
    expectOneLineFailure(cli({u"save"_s, driveSession, document, u"-o"_s, dir.filePath(u"missing"_s)}), 6, u"no such folder"_s);
    expectOneLineFailure(cli({u"save"_s, driveSession, document, u"-o"_s, u"/proc/self"_s}), 6, u"not writable"_s);
    expectOneLineFailure(cli({u"export"_s, driveSession, document, u"-o"_s, dir.path()}), 2, u"PST"_s);
    expectOneLineFailure(cli({u"save"_s, driveSession, u"OneDrives/Grady Bowen/Nope.docx"_s, u"-o"_s, dir.path()}), 5,
                         u"Nope.docx"_s);
    expectOneLineFailure(cli({u"save"_s, driveSession, document + u"/below"_s, u"-o"_s, dir.path()}), 5, u"item"_s);
    expectOneLineFailure(cli({u"ls"_s, driveSession, u"OneDrives"_s, u"-o"_s, dir.path()}), 2, u"--output"_s);
    EXPECT_EQ(saveRequests(), 0); // none of these reached the server's save
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());
}

TEST_P(CliSave, ServerRefusalIsOneLineAndLeavesNothing)
{
    ASSERT_NO_FATAL_FAILURE(start({u"--fail"_s, u"POST /*/Organization/Mailboxes/*=500:Outlook 64-bit is not installed"_s}));
    const CliRun run = cli({u"export"_s, mailSession, u"Mailboxes/Grady Bowen"_s, u"-o"_s, dir.path()});
    expectOneLineFailure(run, 1, u"Outlook 64-bit is not installed"_s);
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());
}

TEST_P(CliSave, DroppedConnectionIsRetriedAndTheBytesAreIdentical)
{
    ASSERT_NO_FATAL_FAILURE(start({u"--drop-after"_s, u"20000"_s}));
    const QString drive = u"OneDrives/Grady Bowen"_s;
    const CliRun dropped = cli({u"--json"_s, u"save"_s, driveSession, drive, u"-o"_s, dir.path()});
    ASSERT_EQ(dropped.exitCode, 0) << dropped.describe();
    EXPECT_TRUE(dropped.err.contains(u"Retrying"_s)) << dropped.describe(); // the retry is reported
    const CliRun again = cli({u"--json"_s, u"save"_s, driveSession, drive, u"-o"_s, dir.path()});
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    const QString first = savedPaths(dropped).value(0);
    const QString second = savedPaths(again).value(0);
    ASSERT_NE(first, second);
    EXPECT_GT(QFileInfo(first).size(), 20000);
    EXPECT_EQ(sha256Of(first), sha256Of(second));
    EXPECT_EQ(filesIn(dir.path()).size(), 2);
}

TEST_P(CliSave, InterruptedWhilePreparingLeavesNoFile)
{
    ASSERT_NO_FATAL_FAILURE(start({u"--first-byte-delay-ms"_s, u"60000"_s}));
    QProcess process;
    process.start(QStringLiteral(RE_CLI_PATH),
                  connectArguments(emulator->url(), emulator->user(), GetParam())
                      + QStringList{u"export"_s, mailSession, u"Mailboxes/Grady Bowen"_s, u"-o"_s, dir.path()});
    ASSERT_TRUE(process.waitForStarted(10000));
    process.write(emulator->password().toUtf8() + '\n');
    process.closeWriteChannel();
    // Wait until the export was asked for and its .part exists, then interrupt.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000 && !filesIn(dir.path()).join(u' ').contains(u".part"_s))
        process.waitForFinished(100);
    ASSERT_TRUE(filesIn(dir.path()).join(u' ').contains(u".part"_s)) << process.readAllStandardError().toStdString();
    process.terminate(); // SIGTERM, handled like Ctrl+C
    ASSERT_TRUE(process.waitForFinished(20000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 130);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(err.contains(u"interrupted"_s)) << err.toStdString();
    EXPECT_TRUE(filesIn(dir.path()).isEmpty()) << filesIn(dir.path()).join(u", "_s).toStdString();
}

TEST_P(CliSave, HostileServerNamesStayInTheFolder)
{
    const QString folder = dir.filePath(u"inner/deeper"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    struct Case
    {
        QString served;
        QString expected;
    };
    const QList<Case> cases = {
        {u"../../etc/CON.zip"_s, u"_._etc_CON.zip"_s},   // no climbing out, no Windows device name
        {u"..\\..\\boot.ini"_s, u"boot.ini.zip"_s},   // quoted-pair backslashes; the content is a ZIP
        {u"  .hidden.zip. "_s, u"hidden.zip"_s},         // no hidden file, no trailing dot or space
    };
    for (const Case &c : cases) {
        ASSERT_NO_FATAL_FAILURE(start({u"--download-name"_s, c.served}));
        const CliRun run = cli({u"--json"_s, u"save"_s, driveSession, u"OneDrives/Grady Bowen/Documents"_s, u"-o"_s, folder});
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        const QString saved = savedPaths(run).value(0);
        EXPECT_EQ(QFileInfo(saved).absolutePath(), QDir(folder).absolutePath()) << saved.toStdString();
        EXPECT_EQ(QFileInfo(saved).fileName(), c.expected) << c.served.toStdString();
        EXPECT_TRUE(headOf(saved).startsWith(kZipMagic));
    }
    EXPECT_EQ(filesIn(folder).size(), cases.size());
    EXPECT_TRUE(filesIn(dir.filePath(u"inner"_s)).isEmpty()); // nothing one level up
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());
}

// Runs restore-cli in a private mount namespace with a 256 KiB tmpfs on `folder` (unshare -rm: no
// privileges needed where user namespaces are allowed), then lists what is left in it into `listing`.
CliRun runOnTinyDisk(const QStringList &arguments, const QByteArray &stdinText, const QString &folder,
                     const QString &listing)
{
    const QString script = u"dir=$1; listing=$2; shift 2; "
                           "mount -t tmpfs -o size=256k tmpfs \"$dir\" || exit 99; "
                           "\"$@\"; rc=$?; ls -A \"$dir\" > \"$listing\"; exit $rc"_s;
    QProcess process;
    process.start(u"unshare"_s, QStringList{u"-rm"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, folder, listing,
                                            QStringLiteral(RE_CLI_PATH)}
                                    + arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(stdinText);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool canMountPrivateTmpfs()
{
    QProcess probe;
    probe.start(u"unshare"_s, {u"-rm"_s, u"sh"_s, u"-c"_s, u"mount -t tmpfs -o size=64k tmpfs /tmp"_s});
    return probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

TEST_P(CliSave, FullDiskIsAClearErrorAndLeavesNothing)
{
    if (!canMountPrivateTmpfs())
        GTEST_SKIP() << "unshare -rm with a tmpfs is not allowed here";
    const QString folder = dir.filePath(u"tiny"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString listing = dir.filePath(u"left.txt"_s);
    const QString drive = u"OneDrives/Grady Bowen"_s; // a ZIP of about 1 MB

    // Size announced: the free-space check refuses before writing.
    ASSERT_NO_FATAL_FAILURE(start());
    const QStringList save{u"save"_s, driveSession, drive, u"-o"_s, folder};
    const CliRun known = runOnTinyDisk(connectArguments(emulator->url(), emulator->user(), GetParam()) + save,
                                       emulator->password().toUtf8() + '\n', folder, listing);
    expectOneLineFailure(known, 6, u"Not enough free disk space"_s);
    QFile left(listing);
    ASSERT_TRUE(left.open(QIODevice::ReadOnly));
    EXPECT_TRUE(left.readAll().trimmed().isEmpty());
    left.close();

    // No Content-Length: the disk fills up while writing.
    ASSERT_NO_FATAL_FAILURE(start({u"--no-content-length"_s}));
    const QStringList saveAgain{u"save"_s, driveSession, drive, u"-o"_s, folder};
    const CliRun unknown = runOnTinyDisk(connectArguments(emulator->url(), emulator->user(), GetParam()) + saveAgain,
                                         emulator->password().toUtf8() + '\n', folder, listing);
    expectOneLineFailure(unknown, 6, u"disk is full"_s);
    ASSERT_TRUE(left.open(QIODevice::ReadOnly));
    EXPECT_TRUE(left.readAll().trimmed().isEmpty()); // the .part is gone too
}

INSTANTIATE_TEST_SUITE_P(Dialects, CliSave, ::testing::Values(u"v5"_s, u"v8"_s),
                         [](const auto &param) { return param.param.toStdString(); });

} // namespace
