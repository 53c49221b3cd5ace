// The command-line options of restore, copy and send. Only the words are checked here (keep or
// overwrite, a number); what a request needs (a mailbox, an address, credentials) is checked by
// core's request types when the command runs, so the CLI and the wizards say the same things.
#include "cli/actioncommand.h"

#include "actions/validation.h"

#include <array>

namespace re::cli {

namespace {

struct ActionOptions
{
    QCommandLineOption restoreUser{QStringLiteral("restore-user"), QString(), QStringLiteral("NAME")};
    QCommandLineOption restorePasswordStdin{QStringLiteral("restore-password-stdin")};
    QCommandLineOption deviceCode{QStringLiteral("device-code")};
    QCommandLineOption onPremisesUser{QStringLiteral("on-premises-user"), QString(), QStringLiteral("NAME")};
    QCommandLineOption onPremisesPasswordStdin{QStringLiteral("on-premises-password-stdin")};
    QCommandLineOption notifySharedLinks{QStringLiteral("notify-shared-links")};
    QCommandLineOption reason{QStringLiteral("reason"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption restoreLog{QStringLiteral("restore-log"), QString(), QStringLiteral("FILE")};
    QCommandLineOption pollInterval{QStringLiteral("poll-interval"), QString(), QStringLiteral("MS")};
    QCommandLineOption documentAction{QStringLiteral("document-action"), QString(), QStringLiteral("keep|overwrite")};
    QCommandLineOption documentVersion{QStringLiteral("document-version"), QString(), QStringLiteral("last|all")};
    QCommandLineOption versionId{QStringLiteral("version-id"), QString(), QStringLiteral("ID")};
    QCommandLineOption toMailbox{QStringLiteral("to-mailbox"), QString(), QStringLiteral("ADDRESS")};
    QCommandLineOption casServer{QStringLiteral("cas-server"), QString(), QStringLiteral("HOST")};
    QCommandLineOption folder{QStringLiteral("folder"), QString(), QStringLiteral("PATH")};
    QCommandLineOption noChangedItems{QStringLiteral("no-changed-items")};
    QCommandLineOption deletedItems{QStringLiteral("deleted-items")};
    QCommandLineOption markUnread{QStringLiteral("mark-unread")};
    QCommandLineOption excludeDrafts{QStringLiteral("exclude-drafts")};
    QCommandLineOption excludeDeletedItems{QStringLiteral("exclude-deleted-items")};
    QCommandLineOption includeHoldItems{QStringLiteral("include-hold-items")};
    QCommandLineOption toOneDrive{QStringLiteral("to-onedrive"), QString(), QStringLiteral("ONEDRIVE")};
    QCommandLineOption lastVersionAction{QStringLiteral("last-version-action"), QString(), QStringLiteral("merge|overwrite")};
    QCommandLineOption noPermissions{QStringLiteral("no-permissions")};
    QCommandLineOption from{QStringLiteral("from"), QString(), QStringLiteral("ADDRESS")};
    QCommandLineOption to{QStringLiteral("to"), QString(), QStringLiteral("ADDRESSES")};
    QCommandLineOption subject{QStringLiteral("subject"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption text{QStringLiteral("text"), QString(), QStringLiteral("TEXT")};
    QCommandLineOption defaultAddress{QStringLiteral("default-address")};

    QList<QCommandLineOption> all() const
    {
        return {restoreUser, restorePasswordStdin, deviceCode, onPremisesUser, onPremisesPasswordStdin, notifySharedLinks, reason, restoreLog, pollInterval,
                documentAction, documentVersion, versionId, toMailbox, casServer, folder, noChangedItems,
                deletedItems, markUnread, excludeDrafts, excludeDeletedItems, includeHoldItems, toOneDrive,
                lastVersionAction, noPermissions, from, to, subject, text, defaultAddress};
    }
    // Options that belong to one command only (the rest are shared by all three).
    QList<QCommandLineOption> restoreOnly() const
    {
        return {documentAction, toMailbox, casServer, markUnread, excludeDrafts, excludeDeletedItems, includeHoldItems,
                onPremisesUser, onPremisesPasswordStdin};
    }
    QList<QCommandLineOption> copyOnly() const { return {toOneDrive, lastVersionAction, noPermissions, notifySharedLinks}; }
    QList<QCommandLineOption> sendOnly() const { return {from, to, subject, text, defaultAddress}; }
    QList<QCommandLineOption> notForSend() const
    {
        return {restoreUser, restorePasswordStdin, deviceCode, documentVersion, folder, noChangedItems, deletedItems};
    }
};

Unexpected<CliError> usage(const QString &message)
{
    return fail(ExitCode::Usage, message);
}

// A word out of a fixed set, any case; the error names the option and the choices.
CliResult<QString> choice(const QCommandLineParser &parser, const QCommandLineOption &option, const QStringList &words,
                          const QString &fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString value = parser.value(option).trimmed().toLower();
    if (!words.contains(value))
        return usage(Cli::tr("--%1 %2: use %3").arg(option.names().constFirst(), parser.value(option),
                                                   words.join(Cli::tr(" or "))));
    return value;
}

} // namespace

QList<QCommandLineOption> actionCommandOptions()
{
    return ActionOptions().all();
}

QStringList actionOptionsSet(const QCommandLineParser &parser)
{
    QStringList set;
    for (const QCommandLineOption &option : ActionOptions().all()) {
        if (parser.isSet(option))
            set << option.names().constFirst();
    }
    return set;
}

CliResult<ActionArguments> parseActionArguments(const QCommandLineParser &parser, ActionCommand command)
{
    const ActionOptions o;
    const auto refuse = [&](const QList<QCommandLineOption> &options, const QString &owner) -> std::optional<CliError> {
        for (const QCommandLineOption &option : options) {
            if (parser.isSet(option))
                return CliError{ExitCode::Usage, Cli::tr("--%1 belongs to the %2 command").arg(option.names().constFirst(), owner)};
        }
        return std::nullopt;
    };
    if (command != ActionCommand::Restore)
        if (const auto error = refuse(o.restoreOnly(), QStringLiteral("restore")))
            return unexpected(*error);
    if (command != ActionCommand::Copy)
        if (const auto error = refuse(o.copyOnly(), QStringLiteral("copy")))
            return unexpected(*error);
    if (command != ActionCommand::Send)
        if (const auto error = refuse(o.sendOnly(), QStringLiteral("send")))
            return unexpected(*error);
    if (command == ActionCommand::Send)
        if (const auto error = refuse(o.notForSend(), QStringLiteral("restore and copy")))
            return unexpected(*error);

    ActionArguments a;
    a.command = command;
    a.restoreUser = parser.value(o.restoreUser).trimmed();
    a.restorePasswordFromStdin = parser.isSet(o.restorePasswordStdin);
    a.deviceCode = parser.isSet(o.deviceCode);
    if (a.deviceCode && (parser.isSet(o.restoreUser) || a.restorePasswordFromStdin))
        return usage(Cli::tr("--device-code replaces --restore-user and --restore-password-stdin: use one way to sign in"));
    if (a.restorePasswordFromStdin && a.restoreUser.isEmpty())
        return usage(Cli::tr("--restore-password-stdin needs --restore-user"));
    a.onPremisesUser = parser.value(o.onPremisesUser).trimmed();
    a.onPremisesPasswordFromStdin = parser.isSet(o.onPremisesPasswordStdin);
    if (a.onPremisesPasswordFromStdin && a.onPremisesUser.isEmpty())
        return usage(Cli::tr("--on-premises-password-stdin needs --on-premises-user"));
    a.notifySharedLinks = parser.isSet(o.notifySharedLinks);
    a.reason = parser.value(o.reason);
    if (const actions::Validity reason = actions::validateReason(a.reason); !reason)
        return usage(QStringLiteral("--reason: ") + reason.error().message);
    a.logPath = parser.value(o.restoreLog);
    if (parser.isSet(o.pollInterval)) {
        bool ok = false;
        a.pollIntervalMs = parser.value(o.pollInterval).toInt(&ok);
        if (!ok || a.pollIntervalMs < 50 || a.pollIntervalMs > 600000)
            return usage(Cli::tr("--poll-interval %1: use a number of milliseconds from 50 to 600000").arg(parser.value(o.pollInterval)));
    }

    CliResult<QString> documentAction = choice(parser, o.documentAction, {QStringLiteral("keep"), QStringLiteral("overwrite")}, QStringLiteral("keep"));
    CliResult<QString> documentVersion = choice(parser, o.documentVersion, {QStringLiteral("last"), QStringLiteral("all")}, QStringLiteral("last"));
    CliResult<QString> lastVersion = choice(parser, o.lastVersionAction, {QStringLiteral("merge"), QStringLiteral("overwrite")}, QStringLiteral("merge"));
    for (const CliResult<QString> *word : {&documentAction, &documentVersion, &lastVersion}) {
        if (!*word)
            return unexpected(word->error());
    }
    a.documentAction = documentAction.value();
    a.documentVersion = documentVersion.value();
    a.lastVersionAction = lastVersion.value();
    if (parser.isSet(o.versionId)) {
        a.versionId = parser.value(o.versionId).trimmed();
        if (a.versionId->isEmpty())
            return usage(Cli::tr("--version-id: the version is empty"));
    }
    a.toMailbox = parser.value(o.toMailbox).trimmed();
    a.casServer = parser.value(o.casServer).trimmed();
    a.folder = parser.value(o.folder).trimmed();
    a.noChangedItems = parser.isSet(o.noChangedItems);
    a.deletedItems = parser.isSet(o.deletedItems);
    a.markUnread = parser.isSet(o.markUnread);
    a.excludeDrafts = parser.isSet(o.excludeDrafts);
    a.excludeDeletedItems = parser.isSet(o.excludeDeletedItems);
    a.includeHoldItems = parser.isSet(o.includeHoldItems);
    // Whether they fit (restore --to-mailbox, or several mailboxes at once) shows once the PATHs are known.
    for (const QCommandLineOption &option : {o.casServer, o.markUnread, o.excludeDrafts, o.excludeDeletedItems, o.includeHoldItems}) {
        if (parser.isSet(option))
            a.mailOptions << option.names().constFirst();
    }
    a.toOneDrive = parser.value(o.toOneDrive).trimmed();
    if (command == ActionCommand::Copy && a.toOneDrive.isEmpty())
        return usage(Cli::tr("copy needs --to-onedrive: the OneDrive (name or id) to copy into"));
    a.noPermissions = parser.isSet(o.noPermissions);
    a.from = parser.value(o.from).trimmed();
    a.to = parser.value(o.to).trimmed();
    a.subject = parser.value(o.subject);
    a.text = parser.value(o.text);
    a.defaultAddress = parser.isSet(o.defaultAddress);
    if (a.defaultAddress && parser.isSet(o.to))
        return usage(Cli::tr("--default-address sends to each item's own mailbox: leave out --to"));
    return a;
}

QString actionUsageText()
{
    return Cli::tr(
        "  restore SESSION PATH...   restore to the original location what PATH names (a mailbox, mail\n"
        "                            folder, mail items, a OneDrive, OneDrive folders or documents); several\n"
        "                            OneDrives (or mailboxes) at once are one bulk restore (hybrid: add or use\n"
        "                            --on-premises-user NAME, password on the next stdin line with\n"
        "                            --on-premises-password-stdin or in $RESTORE_CLI_ON_PREMISES_PASSWORD)\n"
        "      --document-action keep|overwrite  keep writes RESTORED-<name> beside a changed file (default)\n"
        "      --document-version last|all       which versions v5 writes back (default last)\n"
        "      --version-id ID       an earlier version of one document (v6+)\n"
        "      --to-mailbox ADDRESS  restore mail into another mailbox instead (below --folder PATH)\n"
        "      --cas-server HOST, --no-changed-items, --deleted-items, --mark-unread, --exclude-drafts,\n"
        "      --exclude-deleted-items, --include-hold-items: with --to-mailbox or several mailboxes\n"
        "  copy SESSION PATH...      copy OneDrive data into another OneDrive\n"
        "      --to-onedrive ONEDRIVE  target OneDrive (name or id); --folder PATH below its root\n"
        "      --document-version last|all, --last-version-action merge|overwrite,\n"
        "      --no-changed-items, --deleted-items, --no-permissions, --notify-shared-links\n"
        "  send SESSION PATH...      send OneDrive data or mail items by e-mail (the server's e-mail\n"
        "                            settings must name an SMTP server)\n"
        "      --to ADDRESSES --from ADDRESS --subject TEXT --text TEXT, or --default-address (mail\n"
        "                            items to their own mailbox, v6+)\n"
        "    restore and copy sign in to Microsoft 365 with --restore-user NAME and the password on the\n"
        "    line after the login password (--restore-password-stdin) or in $RESTORE_CLI_RESTORE_PASSWORD,\n"
        "    or with --device-code (prints a code to enter at Microsoft, then waits for Enter).\n"
        "    All three: --reason TEXT (kept in the restore log), --restore-log FILE, --poll-interval MS (v8)\n");
}

} // namespace re::cli
