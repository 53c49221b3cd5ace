// restore-cli save / export: resolves the PATHs to things to download, plans as few downloads as the
// API allows (core/transfer/saveplan.h) and runs them through DownloadManager into -o DIR.
#include "cli/clidownloads.h"
#include "cli/commands.h"
#include "cli/connection.h"
#include "cli/pathresolver.h"
#include "transfer/apidownload.h"
#include "transfer/downloadmanager.h"
#include "transfer/saveplan.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace re::cli {

namespace {

QString kindName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix.isEmpty() ? Cli::tr("file") : suffix;
}

} // namespace

CliResult<Report> CommandRunner::save(const Invocation &invocation)
{
    // Checked before asking the server for anything: a typo in -o should not cost a PST export.
    const QFileInfo folder(invocation.outputDirectory);
    if (!folder.isDir())
        return fail(ExitCode::Local, Cli::tr("-o %1: no such folder").arg(QDir::toNativeSeparators(invocation.outputDirectory)));
    if (!folder.isWritable())
        return fail(ExitCode::Local, Cli::tr("-o %1: the folder is not writable").arg(QDir::toNativeSeparators(invocation.outputDirectory)));

    CliResult<RestoreSession> session = resolveSession(invocation.target);
    if (!session)
        return unexpected(session.error());
    if (session->state == SessionState::Stopped)
        return fail(ExitCode::ServerError,
                    Cli::tr("restore session %1 is stopped; start a new one with explore").arg(session->id));

    QList<SaveSubject> subjects;
    for (const QString &path : invocation.paths) {
        // "Mailboxes" alone is the organization: an org-wide PST export.
        CliResult<PathSubject> subject = resolvePath(m_connection, session.value(), path, CollectionRoot::Organization);
        if (!subject)
            return unexpected(subject.error());
        subjects.append(SaveSubject{subject->ref, subject->name});
    }

    ApiClient &client = m_connection.client();
    SavePlanOptions options;
    options.format = invocation.command == CommandKind::Export ? SaveFormat::Pst : SaveFormat::Native;
    options.documentsAsZip = invocation.asZip;
    Result<QList<SavePlanEntry>, ApiError> plan = planSave(*client.dialect(), subjects, options);
    if (!plan)
        return fail(exitCodeFor(plan.error().kind), oneLine(plan.error().message));

    DownloadManager manager;
    const QString directory = folder.absoluteFilePath();
    for (const SavePlanEntry &entry : plan.value()) {
        Result<DownloadRequest, ApiError> request =
            downloadRequestFor(&client, entry.target, entry.verb, entry.options, directory, entry.suggestedName);
        if (!request)
            return fail(exitCodeFor(request.error().kind), oneLine(request.error().message));
        manager.enqueue(std::move(request).value());
    }
    CliResult<QList<DownloadSnapshot>> done = waitForDownloads(manager, m_notes, progressStyleForStderr());
    if (!done)
        return unexpected(done.error());

    Section saved;
    saved.columns = {Cli::tr("Size"), Cli::tr("Type"), Cli::tr("Path")};
    saved.rightAligned = {0};
    for (const DownloadSnapshot &snapshot : done.value()) {
        const QString path = QDir::toNativeSeparators(snapshot.finalPath);
        saved.addRow({QLocale().formattedDataSize(snapshot.receivedBytes), kindName(path), path},
                     {{QStringLiteral("path"), path},
                      {QStringLiteral("name"), snapshot.name},
                      {QStringLiteral("bytes"), static_cast<double>(snapshot.receivedBytes)}});
    }
    return Report::list(std::move(saved));
}

} // namespace re::cli
