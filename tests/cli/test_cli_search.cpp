// restore-cli search against vb365-emulator --strict in every dialect: the same query finds the same items
// in v5–v8 on every scope, pages are followed to the end, a query the server refuses ends with its message.
#include "cli_process.h"
#include "emulator_process.h"
#include "qt_printers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <memory>

using namespace re::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kDialects = {u"v5"_s, u"v6"_s, u"v7"_s, u"v8"_s};

CliRun cli(const EmulatorProcess &emulator, const QString &api, const QStringList &command)
{
    return runCli(connectArguments(emulator.url(), emulator.user(), api) + command, emulator.password().toUtf8() + '\n');
}

QString explore(const EmulatorProcess &emulator, const QString &api, const QString &type)
{
    const CliRun run = cli(emulator, api, {u"--json"_s, u"explore"_s, u"contoso.onmicrosoft.com"_s, u"--type"_s, type});
    EXPECT_EQ(run.exitCode, 0) << run.describe();
    return run.json().object().value(u"id"_s).toString();
}

QStringList ids(const CliRun &run, const QString &section)
{
    QStringList list;
    for (const QJsonValue &v : run.json().object().value(section).toArray())
        list << v.toObject().value(u"id"_s).toString();
    return list;
}

} // namespace

TEST(CliSearch, theSameQueryFindsTheSameItemsInEveryDialectAndScope)
{
    EmulatorProcess::Options options;
    options.arguments = {u"--api"_s, kDialects.join(u','), u"--strict"_s};
    EmulatorProcess emulator(options);
    ASSERT_TRUE(emulator.start()) << emulator.errorString().toStdString();

    QStringList wholeFirst;
    for (const QString &api : kDialects) {
        SCOPED_TRACE(api.toStdString());
        const QString session = explore(emulator, api, u"exchange"_s);
        // --page-size 4: several pages, all followed.
        const CliRun whole = cli(emulator, api, {u"--json"_s, u"--page-size"_s, u"4"_s, u"search"_s, session, u"subject:budget"_s});
        ASSERT_EQ(whole.exitCode, 0) << whole.describe();
        const QStringList found = ids(whole, u"items"_s);
        EXPECT_GT(found.size(), 8);
        QSet<QString> mailboxes;
        for (const QJsonValue &v : whole.json().object().value(u"items"_s).toArray()) {
            EXPECT_TRUE(v.toObject().value(u"subject"_s).toString().contains(u"budget"_s, Qt::CaseInsensitive));
            mailboxes.insert(v.toObject().value(u"mailboxId"_s).toString());
        }
        EXPECT_GT(mailboxes.size(), 1) << "each record names its own mailbox";
        EXPECT_FALSE(mailboxes.contains(QString()));
        EXPECT_EQ(whole.json().object().value(u"query"_s).toString(), u"subject:budget"_s);
        if (wholeFirst.isEmpty())
            wholeFirst = found;
        EXPECT_EQ(found, wholeFirst) << "every dialect finds the same items in the same order";

        const CliRun inbox = cli(emulator, api, {u"--json"_s, u"search"_s, session, u"Mailboxes/Grady Bowen/Inbox"_s, u"NOT kind:contacts"_s});
        ASSERT_EQ(inbox.exitCode, 0) << inbox.describe();
        EXPECT_GT(ids(inbox, u"items"_s).size(), 20);
        const CliRun text = cli(emulator, api, {u"search"_s, session, u"Mailboxes/lidia.rossi@contoso.onmicrosoft.com"_s, u"kind:contacts"_s});
        ASSERT_EQ(text.exitCode, 0) << text.describe();
        EXPECT_TRUE(text.out.startsWith(u"Items"_s)) << text.describe();

        const CliRun none = cli(emulator, api, {u"--json"_s, u"search"_s, session, u"subject:\"nothing like this\""_s});
        ASSERT_EQ(none.exitCode, 0) << none.describe();
        EXPECT_TRUE(ids(none, u"items"_s).isEmpty());

        const CliRun bad = cli(emulator, api, {u"search"_s, session, u"subject:(unclosed"_s});
        EXPECT_EQ(bad.exitCode, 1) << bad.describe();
        EXPECT_TRUE(bad.err.contains(u"Invalid search query"_s)) << "the server's own message\n" << bad.describe();
        EXPECT_TRUE(bad.out.isEmpty());

        const QString drives = explore(emulator, api, u"onedrive"_s);
        const CliRun docs = cli(emulator, api, {u"--json"_s, u"search"_s, drives, u"ext:pdf"_s});
        ASSERT_EQ(docs.exitCode, 0) << docs.describe();
        const QJsonArray documents = docs.json().object().value(u"documents"_s).toArray();
        ASSERT_FALSE(documents.isEmpty()) << docs.describe();
        for (const QJsonValue &v : documents)
            EXPECT_TRUE(v.toObject().value(u"name"_s).toString().endsWith(u".pdf"_s));
    }
}

TEST(CliSearch, usageErrors)
{
    EmulatorProcess::Options options;
    options.arguments = {u"--api"_s, u"v8"_s, u"--strict"_s};
    EmulatorProcess emulator(options);
    ASSERT_TRUE(emulator.start()) << emulator.errorString().toStdString();
    const QString session = explore(emulator, u"v8"_s, u"exchange"_s);
    const CliRun empty = cli(emulator, u"v8"_s, {u"search"_s, session, u"  "_s});
    EXPECT_EQ(empty.exitCode, 2) << empty.describe();
    const CliRun tooFew = cli(emulator, u"v8"_s, {u"search"_s, session});
    EXPECT_EQ(tooFew.exitCode, 2) << tooFew.describe();
    const CliRun unknownMailbox = cli(emulator, u"v8"_s, {u"search"_s, session, u"Mailboxes/Nobody Here"_s, u"x"_s});
    EXPECT_NE(unknownMailbox.exitCode, 0) << unknownMailbox.describe();
    EXPECT_TRUE(unknownMailbox.err.contains(u"Nobody Here"_s)) << unknownMailbox.describe();
}
