#pragma once

// The help-desk story as synchronous steps over core (ApiClient, RestoreRunner, DownloadManager):
// log in, list organizations, explore, find a mail item, restore it in place, save it as .msg.
// Shared by the fault matrix and the secrets audit. Every step reports what the user would read.

#include "actions/requests.h"
#include "actions/restorelog.h"
#include "api/apierror.h"
#include "api/client/apiclient.h"
#include "common/result.h"
#include "transfer/downloadtypes.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace re::test {

// How one step ended, as the user sees it.
struct StepResult
{
    bool ok = false;
    ApiError error;                // kind and message of the failure (None when ok)
    QString text;                  // the sentence shown to the user (error message, or outcome text)
    bool waitedForServer = false;  // a "waiting for the server" state was shown
    QString savedPath;             // Save: the finished file
    int attempts = 0;              // Save: attempts the download made
};

struct MailItemRef
{
    QString sessionId;
    QString mailboxId;
    QString itemId;
};

class Story
{
public:
    explicit Story(ApiClient &client);

    StepResult login(const QString &user, const QString &password);
    // Lists organizations; ok only with at least one organization and no row errors (a list that
    // silently came back empty or half-parsed counts as a failure).
    StepResult listOrganizations(QString *firstOrganizationId = nullptr);
    StepResult explore(const QString &organizationId, QString *sessionId);
    // The first mail item in a top-level folder of the first mailbox that has one.
    Result<MailItemRef, ApiError> findMailItem(const QString &sessionId);
    StepResult restoreToOriginal(const MailItemRef &item, const actions::RestoreCredentials &credentials,
                                 const actions::RestoreLog *log = nullptr);
    StepResult saveAsMsg(const MailItemRef &item, const QString &directory, const DownloadPolicy &policy);
    StepResult listRestoreSessions();

    // Every file (recursively, relative paths) in `directory`.
    static QStringList filesIn(const QString &directory);

    static constexpr int kStepTimeoutMs = 60000;

private:
    ApiClient &m_client;
};

} // namespace re::test
