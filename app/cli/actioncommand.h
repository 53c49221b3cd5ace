#pragma once

// restore-cli restore | copy | send (docs/cli.md): the same requests as the app's wizards
// (core/actions/requests.h), validated by core, run by core's RestoreRunner and written to the
// restore log. This header holds the command-line side; the run lives in actioncommand.cpp.

#include "cli/clierror.h"
#include "cli/pathresolver.h" // resolvePathRef (search)

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>

namespace re::cli {

enum class ActionCommand { Restore, Copy, Send };

// The options of restore, copy and send, as typed (checked against the request types by core).
struct ActionArguments
{
    ActionCommand command = ActionCommand::Restore;
    QStringList paths; // every PATH after SESSION

    // Restore credentials: --restore-user with --restore-password-stdin (the line after the login
    // password) or $RESTORE_CLI_RESTORE_PASSWORD; or --device-code (modern auth).
    QString restoreUser;
    bool restorePasswordFromStdin = false;
    bool deviceCode = false;
    // Bulk OneDrive restores of hybrid organizations (seed 000): the on-premises account, its password
    // on the next stdin line (--on-premises-password-stdin) or in $RESTORE_CLI_ON_PREMISES_PASSWORD.
    QString onPremisesUser;
    bool onPremisesPasswordFromStdin = false;

    QString reason;       // --reason, into the restore log
    QString logPath;      // --restore-log FILE; empty = core's default
    int pollIntervalMs = 2000; // v8 progress polling

    // restore (in place)
    QString documentAction = QStringLiteral("keep"); // keep | overwrite
    QString documentVersion = QStringLiteral("last"); // last | all (v5 in-place, copy)
    std::optional<QString> versionId;                 // an earlier version of one document
    // restore --to-mailbox (restoreTo)
    QString toMailbox;
    QString casServer;
    QString folder; // restoreTo and copy: target folder
    bool noChangedItems = false; // changed items (all versions) are restored unless this is set
    bool deletedItems = false;
    bool markUnread = false;
    bool excludeDrafts = false;
    bool excludeDeletedItems = false;
    bool includeHoldItems = false;
    QStringList mailOptions; // which of the five above were given (they need --to-mailbox or several mailboxes)
    // copy
    QString toOneDrive;
    QString lastVersionAction = QStringLiteral("merge"); // merge | overwrite
    bool noPermissions = false;
    bool notifySharedLinks = false;
    // send
    QString from;
    QString to;
    QString subject;
    QString text;
    bool defaultAddress = false;
};

// Every option of the three commands (parseCommandLine adds them to its parser).
QList<QCommandLineOption> actionCommandOptions();
// The options of these commands that were given (other commands refuse them).
QStringList actionOptionsSet(const QCommandLineParser &parser);
CliResult<ActionArguments> parseActionArguments(const QCommandLineParser &parser, ActionCommand command);
// The --help part for restore, copy and send.
QString actionUsageText();


} // namespace re::cli
