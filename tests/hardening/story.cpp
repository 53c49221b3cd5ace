#include "story.h"

#include "actions/restorerunner.h"
#include "auth/tokenmanager.h"
#include "resources/exchange.h"
#include "resources/organization.h"
#include "resources/restoresession.h"
#include "transfer/apidownload.h"
#include "transfer/downloadmanager.h"
#include "wait.h"

#include <QDir>
#include <QDirIterator>

#include <optional>

namespace re::test {

namespace {

StepResult failedWith(const ApiError &error)
{
    StepResult result;
    result.error = error;
    result.text = error.message;
    return result;
}

ApiError gaveUp(const QString &what)
{
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.message = QStringLiteral("the test gave up waiting for %1").arg(what);
    return error;
}

// Runs a typed ApiClient call and waits for its callback.
template <typename T, typename Call>
Result<T, ApiError> await(const QString &what, Call &&call)
{
    std::optional<Result<T, ApiError>> result;
    QObject context;
    call(&context, [&result](Result<T, ApiError> r) { result.emplace(std::move(r)); });
    if (!waitUntil([&result] { return result.has_value(); }, Story::kStepTimeoutMs))
        return unexpected(gaveUp(what));
    return std::move(*result);
}

template <typename T>
Result<Page<T>, ApiError> page(ApiClient &client, const ListQuery &query)
{
    return await<Page<T>>(QStringLiteral("a list"), [&](QObject *context, auto done) {
        client.fetchPage<T>(query, context, std::move(done));
    });
}

ListQuery query(Collection collection, const QString &session = {}, const QString &container = {},
                const QString &parent = {})
{
    ListQuery q;
    q.collection = collection;
    q.sessionId = session;
    q.containerId = container;
    q.parentId = parent;
    return q;
}

} // namespace

Story::Story(ApiClient &client)
    : m_client(client)
{
}

StepResult Story::login(const QString &user, const QString &password)
{
    std::optional<ApiError> failure;
    QObject context;
    QObject::connect(m_client.tokens(), &TokenManager::loginFailed, &context,
                     [&failure](const ApiError &error) { failure = error; });
    m_client.login(user, password);
    TokenManager *tokens = m_client.tokens();
    if (!waitUntil([&] { return failure.has_value() || tokens->isLoggedIn(); }, kStepTimeoutMs))
        return failedWith(gaveUp(QStringLiteral("the login")));
    if (failure)
        return failedWith(*failure);
    StepResult result;
    result.ok = true;
    return result;
}

StepResult Story::listOrganizations(QString *firstOrganizationId)
{
    Result<Page<Organization>, ApiError> organizations = page<Organization>(m_client, query(Collection::Organizations));
    if (!organizations)
        return failedWith(organizations.error());
    StepResult result;
    if (!organizations->rowErrors.isEmpty()) {
        result.text = organizations->rowErrors.join(QLatin1Char(' '));
        return result;
    }
    if (organizations->items.isEmpty()) {
        result.text = QStringLiteral("(an empty list without an error)");
        return result;
    }
    if (firstOrganizationId)
        *firstOrganizationId = organizations->items.constFirst().id;
    result.ok = true;
    return result;
}

StepResult Story::explore(const QString &organizationId, QString *sessionId)
{
    Result<RestoreSession, ApiError> session =
        await<RestoreSession>(QStringLiteral("explore"), [&](QObject *context, auto done) {
            m_client.explore(organizationId, ExploreOptions{}, context, std::move(done));
        });
    if (!session)
        return failedWith(session.error());
    if (sessionId)
        *sessionId = session->id;
    StepResult result;
    result.ok = true;
    return result;
}

Result<MailItemRef, ApiError> Story::findMailItem(const QString &sessionId)
{
    Result<Page<Mailbox>, ApiError> mailboxes = page<Mailbox>(m_client, query(Collection::Mailboxes, sessionId));
    if (!mailboxes)
        return unexpected(mailboxes.error());
    for (const Mailbox &mailbox : mailboxes->items) {
        Result<Page<MailFolder>, ApiError> folders =
            page<MailFolder>(m_client, query(Collection::MailFolders, sessionId, mailbox.id));
        if (!folders)
            return unexpected(folders.error());
        for (const MailFolder &folder : folders->items) {
            Result<Page<MailItem>, ApiError> items =
                page<MailItem>(m_client, query(Collection::MailItems, sessionId, mailbox.id, folder.id));
            if (!items)
                return unexpected(items.error());
            if (!items->items.isEmpty())
                return MailItemRef{sessionId, mailbox.id, items->items.constFirst().id};
        }
    }
    ApiError none;
    none.kind = ApiError::Kind::NotFound;
    none.message = QStringLiteral("the tenant has no mail item in a top-level folder");
    return unexpected(none);
}

StepResult Story::restoreToOriginal(const MailItemRef &item, const actions::RestoreCredentials &credentials,
                                    const actions::RestoreLog *log)
{
    actions::RestoreToOriginal request;
    request.target.ref = {ResourceKind::MailItem, {}, item.sessionId, item.mailboxId, item.itemId, {}};
    request.credentials = credentials;

    actions::RestoreRunner runner(&m_client);
    runner.setPollInterval(std::chrono::milliseconds(200));
    if (log)
        runner.setJournal(log, actions::JournalContext{QStringLiteral("helpdesk"), m_client.serverRoot().toString(),
                                                       QStringLiteral("demo"), QStringLiteral("audit")});
    StepResult result;
    std::optional<actions::RestoreOutcome> outcome;
    QObject::connect(&runner, &actions::RestoreRunner::progressChanged, &runner,
                     [&result](const actions::RestoreProgress &progress) {
                         if (progress.stage == actions::RestoreProgress::Stage::WaitingForServer
                             || progress.stage == actions::RestoreProgress::Stage::Running)
                             result.waitedForServer = true;
                     });
    QObject::connect(&runner, &actions::RestoreRunner::finished, &runner,
                     [&outcome](const actions::RestoreOutcome &o) { outcome = o; });
    const actions::Validity valid = runner.start(request);
    if (!valid) {
        ApiError refused;
        refused.kind = ApiError::Kind::Validation;
        refused.message = valid.error().message;
        return failedWith(refused);
    }
    if (!waitUntil([&outcome] { return outcome.has_value(); }, kStepTimeoutMs)) {
        runner.cancel();
        return failedWith(gaveUp(QStringLiteral("the restore")));
    }
    result.error = outcome->error;
    result.ok = outcome->result == Outcome::Success || outcome->result == Outcome::Warning;
    result.text = outcome->error.isError() ? outcome->error.message : outcome->message;
    return result;
}

StepResult Story::saveAsMsg(const MailItemRef &item, const QString &directory, const DownloadPolicy &policy)
{
    ActionTarget target;
    target.ref = {ResourceKind::MailItem, {}, item.sessionId, item.mailboxId, item.itemId, {}};
    Result<DownloadRequest, ApiError> request =
        downloadRequestFor(&m_client, target, ActionVerb::SaveToMsg, {}, directory, QStringLiteral("item.msg"));
    if (!request)
        return failedWith(request.error());
    DownloadManager manager;
    manager.setDefaultPolicy(policy);
    DownloadJob *job = manager.enqueue(std::move(request).value());
    StepResult result;
    QObject::connect(job, &DownloadJob::stateChanged, job, [&result](DownloadState state) {
        if (state == DownloadState::Preparing)
            result.waitedForServer = true;
    });
    if (!waitUntil([job] { return isTerminal(job->state()); }, kStepTimeoutMs)) {
        manager.remove(job);
        return failedWith(gaveUp(QStringLiteral("the download")));
    }
    const DownloadSnapshot snapshot = job->snapshot();
    result.attempts = snapshot.attempt;
    result.ok = snapshot.state == DownloadState::Finished;
    result.error = snapshot.error;
    result.text = result.ok ? snapshot.finalPath : snapshot.error.message;
    result.savedPath = result.ok ? snapshot.finalPath : QString();
    return result;
}

StepResult Story::listRestoreSessions()
{
    Result<Page<RestoreSession>, ApiError> sessions = page<RestoreSession>(m_client, query(Collection::RestoreSessions));
    if (!sessions)
        return failedWith(sessions.error());
    StepResult result;
    result.ok = sessions->rowErrors.isEmpty();
    result.text = sessions->rowErrors.join(QLatin1Char(' '));
    return result;
}

QStringList Story::filesIn(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir base(directory);
    while (it.hasNext())
        files.append(base.relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace re::test
