#pragma once

#include "lenientjson.h"
#include "reply.h"
#include "request.h"
#include "result.h"
#include "routecontext.h"
#include "router.h"

#include "restores.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace vb365emu {

// What the command line decides about actions (--restore-duration-ms, --mail-configured, --no-outlook).
struct ActionSettings
{
    int restoreDurationMs = 300; // how long a v8 restore session stays Working
    bool mailConfigured = false; // the explorers' SMTP settings start filled in
    bool outlookInstalled = true; // false: PST exports fail like a server without 64-bit Outlook
};

inline bool restoresAreAsync(ApiVersion v) { return v == ApiVersion::V8; }       // {"sessionId"} + /Statistics
inline bool sendAnswersNoContent(ApiVersion v) { return v == ApiVersion::V8; }   // 204 instead of 200

// What one finished restore/copy reports, independent of the wire: the v5-v7 statistics object of its family
// (built by the caller) plus the neutral counters and per-item details the v8 /Statistics answer needs.
struct RestoreReport
{
    QString title;   // event title, e.g. "Restore OneDrive to the original location"
    QString target;  // what was restored (event itemName)
    QJsonObject statistics; // v5-v7 answer
    qint64 total = 0;
    qint64 restored = 0;
    qint64 skipped = 0;
    QJsonArray items; // RESTItemRestoreDetailsComposed (v8)
};

// The parts every restore/copy/send route shares: the restore account check (user name and password, a
// device code this emulator issued, or an application certificate), finishing a restore in the dialect's
// way (v5-v7: statistics at once and an event in the browsing session; v8: a separate restore session that
// works for a while, then stops, with /Statistics and /Events), the device-code endpoint, the v8 statistics
// endpoint and the test-only inspection endpoint.
class RestoreService
{
public:
    RestoreService(RouteContext &context, int restoreDurationMs)
        : m_context(context), m_restoreDurationMs(restoreDurationMs)
    {
    }
    void install(Router &router);

    // The account a restore runs as, or the 400 reply naming what is missing. `userKeys`: pairs of
    // (user name key, password key) in order of preference (several spellings for bulk restores).
    Result<QString, Reply> restoreAccount(const JsonOptions &options,
                                          const QList<std::pair<QString, QString>> &userKeys) const;
    Reply finish(const Request &request, const RestoreSession &session, RestoreReport report);
    // Sends: the Send event in the browsing session and 200 (v5-v7) / 204 (v8).
    Reply finishSend(const Request &request, const RestoreSession &session, const SentMessage &message);

private:
    Reply deviceCode(const Request &request, const RouteParams &params, const JsonOptions &options);
    Reply statistics(const Request &request, const RouteParams &params) const;
    Reply inspect() const;

    RouteContext &m_context;
    int m_restoreDurationMs;
    QHash<QString, QDateTime> m_deviceCodes; // user code → expiry (UTC)
    QHash<QString, RestoreReport> m_reports; // v8 restore session id (lower case) → its report
    quint64 m_codeCounter = 0;
};

// Statistics objects of the two families (v5-v7 answers), from the tenant's counters.
QJsonObject documentStatisticsJson(const DocumentRestoreStatistics &statistics);
QJsonObject mailStatisticsJson(const MailRestoreStatistics &statistics, bool withFolders);
// Per-target details of bulk restores: RESTCommonRestoreStatistics (mailboxes) and
// RESTSharePointCommonRestoreStatistics (OneDrives, which the OpenAPI gives no counters but restrictions).
QJsonObject commonStatisticsJson(const MailRestoreStatistics &statistics);
QJsonObject bulkDocumentStatisticsJson(const DocumentRestoreStatistics &statistics);
// v8 item details of the two families.
QJsonArray documentDetailsJson(const DocumentRestoreStatistics &statistics);
QJsonArray mailDetailsJson(const MailRestoreStatistics &statistics);

} // namespace vb365emu
