#pragma once

// The local restore log: one JSON line per action in the app's data directory
// (QStandardPaths::AppDataLocation/restore-log.jsonl), append-only, readable back into rows and
// exportable as CSV. It never holds a secret: options come from the masking summary and every key
// that names a secret is masked again on the way in.

#include "actions/requests.h"
#include "actions/restoreoutcome.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace re::actions {

// Who did it where, and why: what the caller knows beyond the request.
struct JournalContext
{
    QString user;         // the account logged in to the backup server
    QString server;       // server URL (no user info)
    QString organization; // organization name
    QString reason;       // free text from the wizard's last page
};

struct RestoreLogEntry
{
    QDateTime started;
    QDateTime finished;
    QString user;
    QString server;
    QString organization;
    QString sessionId;        // the browsing restore session
    QString restoreSessionId; // v8: the restore session that ran the action
    QString action;           // actionName(): restoreToOriginal, copyToOneDrive, …
    QString target;           // describeTarget()
    QJsonObject options;      // summaryToJson(): secrets masked
    QString reason;
    QString outcome;          // outcomeKey(): success, warning, failed, cancelled
    QJsonObject counters;     // countersToJson()
    QString message;          // plain-words failure or note

    static RestoreLogEntry make(const JournalContext &context, const ActionRequest &request,
                                const RestoreOutcome &outcome);
    QJsonObject toJson() const;
    // Lenient: unknown keys ignored, missing ones empty. Fails only for a line without action.
    static Result<RestoreLogEntry, QString> fromJson(const QJsonObject &json);
};

class RestoreLog
{
public:
    explicit RestoreLog(QString filePath = defaultPath());

    // <AppDataLocation>/restore-log.jsonl
    static QString defaultPath();
    QString filePath() const { return m_path; }

    // Appends one line (creates the file and its directory, owner-only permissions).
    Result<void, QString> append(const RestoreLogEntry &entry) const;

    struct Contents
    {
        QList<RestoreLogEntry> entries; // oldest first
        int skippedLines = 0;           // corrupt or unreadable lines
    };
    // A missing file is an empty log, not an error.
    Result<Contents, QString> read() const;

    static QString toCsv(const QList<RestoreLogEntry> &entries);
    Result<void, QString> exportCsv(const QString &csvPath) const;

private:
    QString m_path;
};

// Masks the value of every key (at any depth) that names a secret: *password*, *secret*,
// *token*, *certificate*, userCode.
QJsonObject withoutSecrets(const QJsonObject &json);

} // namespace re::actions
