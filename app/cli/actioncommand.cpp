// restore-cli restore | copy | send: resolves the PATHs to one target (or a selection, or several
// OneDrives for a bulk restore), builds the core request, lets core validate it and RestoreRunner
// run it (v5-v7: the statistics of the blocking call; v8: the restore session polled until it
// stops), and prints the outcome. RestoreRunner appends the run to the restore log.
#include "cli/actioncommand.h"

#include "actions/devicecode.h"
#include "actions/requests.h"
#include "actions/restorelog.h"
#include "actions/restorerunner.h"
#include "api/client/apiclient.h"
#include "cli/commands.h"
#include "cli/connection.h"
#include "cli/interruptwatch.h"
#include "cli/passwordinput.h"
#include "cli/pathresolver.h"
#include "cli/resolver.h"
#include "resources/onedrive.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QProcessEnvironment>

#include <utility>

namespace re::cli {

using namespace re::actions;

namespace {

ListQuery listOf(Collection collection, const QString &sessionId)
{
    ListQuery query;
    query.collection = collection;
    query.sessionId = sessionId;
    return query;
}

QJsonObject oneDriveObject(const OneDrive &drive)
{
    return {{QStringLiteral("id"), drive.id}, {QStringLiteral("name"), drive.name}, {QStringLiteral("url"), drive.url}};
}

// One target, or a selection of items, documents or folders of one mailbox or OneDrive. Several
// OneDrives are not a target: the caller turns them into a bulk restore.
CliResult<ActionTarget> selectionOf(const QList<PathSubject> &subjects)
{
    ActionTarget target;
    target.ref = subjects.constFirst().ref;
    if (subjects.size() == 1)
        return target;
    const ResourceKind kind = target.ref.kind;
    const auto selection = [&]() -> std::optional<Collection> {
        switch (kind) {
        case ResourceKind::MailItem: return Collection::MailItems;
        case ResourceKind::OneDriveDocument: return Collection::OneDriveDocuments;
        case ResourceKind::OneDriveFolder: return Collection::OneDriveFolders;
        default: return std::nullopt;
        }
    }();
    for (const PathSubject &subject : subjects) {
        if (!selection || subject.ref.kind != kind || subject.ref.containerId != target.ref.containerId)
            return fail(ExitCode::Usage, Cli::tr("several PATHs must be mail items of one mailbox, or documents or folders of one "
                                                 "OneDrive (or, for restore, whole OneDrives)"));
        target.selectedIds.append(subject.ref.id);
    }
    target.selectedIds.removeDuplicates();
    target.selectionKind = *selection;
    return target;
}

template <typename T>
Result<T, ApiError> waitFor(const std::function<void(std::function<void(Result<T, ApiError>)>)> &start)
{
    std::optional<Result<T, ApiError>> result;
    QEventLoop loop;
    start([&result, &loop](Result<T, ApiError> answer) {
        result.emplace(std::move(answer));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

// The app's restore log, so that its log viewer lists the CLI's runs too. RestoreLog::defaultPath()
// is AppDataLocation, which depends on the application name (and differs per platform), so it is
// asked under the app's name.
QString appRestoreLogPath()
{
    const QString own = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("restore-explorer"));
    const QString path = RestoreLog::defaultPath();
    QCoreApplication::setApplicationName(own);
    return path;
}

// A secret from the next line of standard input (`option` given) or from the environment variable.
CliResult<QString> secretFrom(bool fromStdin, const QString &option, const QString &variable)
{
    if (fromStdin)
        return readLineFromStdin(option, true, false);
    const QString secret = QProcessEnvironment::systemEnvironment().value(variable);
    if (secret.isEmpty())
        return fail(ExitCode::Usage, Cli::tr("no password: pass %1 (the next line of standard input) or set %2").arg(option, variable));
    return secret;
}

QString counterText(const QList<Counter> &counters)
{
    QStringList parts;
    for (const Counter &counter : counters)
        parts << QStringLiteral("%1 %2").arg(counter.value).arg(counter.label.toLower());
    return parts.join(QStringLiteral(", "));
}

// The restoreTo item options (--no-changed-items, --deleted-items, …) for one mailbox or many alike.
template <typename MailRestore>
void applyMailItemOptions(MailRestore &request, const ActionArguments &arguments)
{
    request.changedItems = !arguments.noChangedItems;
    request.deletedItems = arguments.deletedItems;
    request.markRestoredAsUnread = arguments.markUnread;
    request.excludeDrafts = arguments.excludeDrafts;
    request.excludeDeletedItems = arguments.excludeDeletedItems;
    request.excludeInPlaceHoldItems = request.excludeLitigationHoldItems = !arguments.includeHoldItems;
}

} // namespace

CliResult<RestoreCredentials> CommandRunner::restoreCredentials(const ActionArguments &arguments, const QString &sessionId)
{
    if (arguments.deviceCode) {
        DeviceCodeRequest request;
        request.sessionId = sessionId;
        ApiClient &client = m_connection.client();
        Result<DeviceCode, ApiError> code = waitFor<DeviceCode>([&](auto done) {
            requestDeviceCode(&client, request, &client, std::move(done));
        });
        if (!code)
            return fail(exitCodeFor(code.error().kind), oneLine(code.error().message));
        m_notes << Cli::tr("restore-cli: %1").arg(code->message.isEmpty()
                                                     ? Cli::tr("open %1 and enter the code %2").arg(code->verificationUrl, code->userCode)
                                                     : code->message)
                << Qt::endl
                << Cli::tr("restore-cli: press Enter once you have signed in") << Qt::endl;
        CliResult<QString> confirmed = readLineFromStdin(Cli::tr("--device-code"), false, true);
        if (!confirmed)
            return unexpected(confirmed.error());
        return RestoreCredentials::withDeviceCode(code->userCode);
    }
    if (arguments.restoreUser.isEmpty())
        return fail(ExitCode::Usage, Cli::tr("%1 needs restore credentials: --restore-user NAME with --restore-password-stdin "
                                             "(or $RESTORE_CLI_RESTORE_PASSWORD), or --device-code")
                                         .arg(arguments.command == ActionCommand::Copy ? QStringLiteral("copy") : QStringLiteral("restore")));
    CliResult<QString> password = secretFrom(arguments.restorePasswordFromStdin, QStringLiteral("--restore-password-stdin"),
                                             QStringLiteral("RESTORE_CLI_RESTORE_PASSWORD"));
    if (!password)
        return unexpected(password.error());
    return RestoreCredentials::withPassword(arguments.restoreUser, password.value());
}

CliResult<Report> CommandRunner::action(const Invocation &invocation)
{
    const ActionArguments &arguments = invocation.actionArguments;
    CliResult<RestoreSession> session = resolveSession(invocation.target);
    if (!session)
        return unexpected(session.error());
    if (session->state == SessionState::Stopped)
        return fail(ExitCode::ServerError, Cli::tr("restore session %1 is stopped; start a new one with explore").arg(session->id));

    QList<PathSubject> subjects;
    for (const QString &path : arguments.paths) {
        CliResult<PathSubject> subject = resolvePath(m_connection, session.value(), path);
        if (!subject)
            return unexpected(subject.error());
        subjects.append(std::move(subject).value());
    }
    const auto allOf = [&subjects](ResourceKind kind) {
        return subjects.size() > 1
               && std::all_of(subjects.cbegin(), subjects.cend(), [kind](const PathSubject &s) { return s.ref.kind == kind; });
    };
    const bool severalOneDrives = allOf(ResourceKind::OneDrive);
    const bool severalMailboxes = allOf(ResourceKind::Mailbox) && arguments.toMailbox.isEmpty();
    const bool bulk = severalOneDrives || severalMailboxes;
    if (bulk && arguments.command != ActionCommand::Restore)
        return fail(ExitCode::Usage, Cli::tr("copy and send take one mailbox or OneDrive at a time; several are a bulk restore"));
    // Options a restore in place has no use for are refused rather than silently dropped.
    QStringList mailOptions = arguments.mailOptions;
    if (arguments.command == ActionCommand::Restore) {
        if (arguments.noChangedItems)
            mailOptions << QStringLiteral("no-changed-items");
        if (arguments.deletedItems)
            mailOptions << QStringLiteral("deleted-items");
    }
    if (!mailOptions.isEmpty() && arguments.toMailbox.isEmpty() && !severalMailboxes)
        return fail(ExitCode::Usage, Cli::tr("--%1 goes with restore --to-mailbox or a restore of several mailboxes")
                                         .arg(mailOptions.constFirst()));
    if (arguments.command == ActionCommand::Restore && !arguments.folder.isEmpty() && arguments.toMailbox.isEmpty())
        return fail(ExitCode::Usage, Cli::tr("--folder goes with restore --to-mailbox (and copy)"));

    std::optional<ActionTarget> target;
    if (!bulk) {
        CliResult<ActionTarget> found = selectionOf(subjects);
        if (!found)
            return unexpected(found.error());
        target = found.value();
        if (arguments.versionId) {
            if (target->ref.kind != ResourceKind::OneDriveDocument || !target->selectedIds.isEmpty())
                return fail(ExitCode::Usage, Cli::tr("--version-id goes with one document"));
            target->ref.kind = ResourceKind::DocumentVersion;
            target->ref.versionId = *arguments.versionId;
        }
    }

    if (!arguments.onPremisesUser.isEmpty() && !bulk)
        return fail(ExitCode::Usage, Cli::tr("--on-premises-user goes with a bulk restore of several OneDrives or mailboxes"));
    // A hybrid bulk restore may name only the on-premises account (seed 000 does).
    const bool onPremisesOnly = bulk && !arguments.onPremisesUser.isEmpty() && arguments.restoreUser.isEmpty()
                                && !arguments.deviceCode;
    std::optional<RestoreCredentials> credentials;
    if (arguments.command != ActionCommand::Send && !onPremisesOnly) {
        CliResult<RestoreCredentials> given = restoreCredentials(arguments, session->id);
        if (!given)
            return unexpected(given.error());
        credentials = std::move(given).value();
    }
    std::optional<UserPassword> onPremises;
    if (!arguments.onPremisesUser.isEmpty()) {
        CliResult<QString> password = secretFrom(arguments.onPremisesPasswordFromStdin, QStringLiteral("--on-premises-password-stdin"),
                                                 QStringLiteral("RESTORE_CLI_ON_PREMISES_PASSWORD"));
        if (!password)
            return unexpected(password.error());
        onPremises = UserPassword{arguments.onPremisesUser, password.value()};
    }
    const DocumentVersionMode version = arguments.documentVersion == QLatin1String("all") ? DocumentVersionMode::All
                                                                                           : DocumentVersionMode::Last;
    const DocumentActionMode documentAction = arguments.documentAction == QLatin1String("overwrite") ? DocumentActionMode::Overwrite
                                                                                                      : DocumentActionMode::Keep;
    ActionRequest request;
    if (severalOneDrives) {
        BulkOneDriveRestore drives;
        drives.sessionId = session->id;
        for (const PathSubject &subject : subjects)
            drives.oneDrives.append(subject.oneDrive);
        drives.credentials.office = credentials;
        drives.credentials.onPremises = onPremises;
        drives.documentVersion = version;
        drives.documentAction = documentAction;
        request = drives;
    } else if (severalMailboxes) {
        BulkMailboxRestore mailboxes;
        mailboxes.sessionId = session->id;
        for (const PathSubject &subject : subjects) {
            mailboxes.mailboxIds.append(subject.ref.containerId);
            mailboxes.mailboxNames.append(subject.name);
        }
        mailboxes.credentials.office = credentials;
        mailboxes.credentials.onPremises = onPremises;
        if (!arguments.casServer.isEmpty())
            mailboxes.casServer = arguments.casServer;
        applyMailItemOptions(mailboxes, arguments);
        request = mailboxes;
    } else if (arguments.command == ActionCommand::Send) {
        SendByMail send;
        send.target = *target;
        send.toDefaultAddress = arguments.defaultAddress;
        send.from = arguments.from;
        send.to = arguments.to;
        send.subject = arguments.subject;
        send.text = arguments.text;
        request = send;
    } else if (arguments.command == ActionCommand::Copy) {
        CliResult<QList<OneDrive>> drives = m_connection.listAll<OneDrive>(listOf(Collection::OneDrives, session->id));
        if (!drives)
            return unexpected(drives.error());
        QList<Candidate> candidates;
        for (const OneDrive &drive : drives.value())
            candidates.append({drive.id, {drive.name}, drive.name});
        CliResult<qsizetype> chosen = resolveOne(candidates, arguments.toOneDrive, Cli::tr("OneDrives"));
        if (!chosen)
            return unexpected(chosen.error());
        CopyToOneDrive copy;
        copy.target = *target;
        copy.destinationOneDrive = oneDriveObject(drives->at(chosen.value()));
        copy.destinationFolder = arguments.folder;
        copy.credentials = *credentials;
        copy.documentVersion = version;
        copy.lastVersionAction = arguments.lastVersionAction == QLatin1String("overwrite") ? LastVersionActionMode::Overwrite
                                                                                           : LastVersionActionMode::Merge;
        copy.changedItems = !arguments.noChangedItems;
        copy.deletedItems = arguments.deletedItems;
        copy.restorePermissions = !arguments.noPermissions;
        copy.sendSharedLinksNotification = arguments.notifySharedLinks;
        request = copy;
    } else if (!arguments.toMailbox.isEmpty()) {
        RestoreToMailbox to;
        to.target = *target;
        if (!arguments.casServer.isEmpty())
            to.casServer = arguments.casServer;
        to.mailbox = arguments.toMailbox;
        to.folder = arguments.folder;
        to.credentials = *credentials;
        applyMailItemOptions(to, arguments);
        request = to;
    } else if (target->ref.kind == ResourceKind::DocumentVersion) {
        RestoreVersion restore;
        restore.target = *target;
        restore.credentials = *credentials;
        restore.documentAction = documentAction;
        request = restore;
    } else {
        RestoreToOriginal restore;
        restore.target = *target;
        restore.credentials = *credentials;
        restore.documentVersion = version;
        restore.documentAction = documentAction;
        request = restore;
    }
    // Core decides what is missing or wrong, in the same words as the wizards.
    if (Validity valid = validate(request); !valid)
        return fail(ExitCode::Usage, oneLine(valid.error().message));

    const RestoreLog log(arguments.logPath.isEmpty() ? appRestoreLogPath() : arguments.logPath);
    RestoreRunner runner(&m_connection.client());
    runner.setPollInterval(std::chrono::milliseconds(arguments.pollIntervalMs));
    runner.setJournal(&log, JournalContext{invocation.global.user, invocation.global.server.toDisplayString(), session->organization, arguments.reason});
    QString lastProgress;
    QObject::connect(&runner, &RestoreRunner::progressChanged, &runner, [this, &lastProgress](const RestoreProgress &progress) {
        // Only the v8 polling says something new; the steps before are instant or a blocking wait, and
        // a failure must stay one line.
        const bool polling = progress.stage == RestoreProgress::Stage::Running || progress.stage == RestoreProgress::Stage::Stopping;
        if (!polling || progress.text.isEmpty() || progress.text == lastProgress)
            return;
        lastProgress = progress.text;
        m_notes << QStringLiteral("restore-cli: ") << progress.text << Qt::endl;
    });
    std::optional<RestoreOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&runner, &RestoreRunner::finished, &loop, [&outcome, &loop](const RestoreOutcome &done) {
        outcome = done;
        loop.quit();
    });
    if (Validity started = runner.start(request); !started)
        return fail(ExitCode::Usage, oneLine(started.error().message));
    // Ctrl+C: v8 stops the restore session (and waits for it to stop); v5-v7 abandon the blocking call.
    bool interrupted = false;
    const InterruptWatch watch([&] {
        if (std::exchange(interrupted, true))
            return;
        m_notes << Cli::tr("restore-cli: stopping…") << Qt::endl;
        runner.cancel();
    });
    if (!outcome)
        loop.exec();

    if (!outcome->journalError.isEmpty())
        m_notes << Cli::tr("restore-cli: warning: the restore log was not written: %1").arg(oneLine(outcome->journalError)) << Qt::endl;
    const QList<Counter> counters = outcome->counters();
    if (interrupted || outcome->result == Outcome::Cancelled)
        return fail(ExitCode::Interrupted, outcome->mayStillComplete
                                               ? Cli::tr("interrupted; the server may still complete the restore (see its events)")
                                               : Cli::tr("interrupted; the restore session was stopped"));
    if (outcome->result != Outcome::Success && outcome->result != Outcome::Warning) {
        const QString why = !outcome->message.isEmpty() ? outcome->message : outcomeLabel(outcome->result);
        const ExitCode code = outcome->error.kind != ApiError::Kind::None ? exitCodeFor(outcome->error.kind) : ExitCode::ServerError;
        return fail(code, oneLine(why));
    }
    if (outcome->result == Outcome::Warning && !outcome->message.isEmpty())
        m_notes << Cli::tr("restore-cli: warning: %1").arg(oneLine(outcome->message)) << Qt::endl;

    Section section;
    section.columns = {Cli::tr("Action"), Cli::tr("Target"), Cli::tr("Outcome"), Cli::tr("Restore session"), Cli::tr("Counters")};
    QStringList targets;
    for (const PathSubject &subject : subjects)
        targets << subject.name;
    QJsonArray events;
    for (const SessionEvent &event : outcome->events)
        events.append(QJsonObject{{QStringLiteral("title"), event.title},
                                  {QStringLiteral("status"), outcomeKey(event.status)},
                                  {QStringLiteral("message"), event.message}});
    section.addRow({actionTitle(request), targets.join(QStringLiteral(", ")), outcomeLabel(outcome->result),
                    outcome->restoreSessionId.isEmpty() ? session->id : outcome->restoreSessionId, counterText(counters)},
                   QJsonObject{{QStringLiteral("action"), actionName(request)},
                               {QStringLiteral("target"), describeTarget(actions::targetOf(request))},
                               {QStringLiteral("outcome"), outcomeKey(outcome->result)},
                               {QStringLiteral("sessionId"), session->id},
                               {QStringLiteral("restoreSessionId"), outcome->restoreSessionId},
                               {QStringLiteral("counters"), countersToJson(counters)},
                               {QStringLiteral("events"), events}});
    return Report::record(std::move(section));
}

} // namespace re::cli
