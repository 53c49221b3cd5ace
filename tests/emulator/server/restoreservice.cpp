#include "restoreservice.h"

#include "routehelpers.h"

#include <QCryptographicHash>
#include <QTimer>

namespace vb365emu {

using namespace routes;

namespace {

constexpr int kDeviceCodeLifetimeSeconds = 900;
constexpr int kMaxListedDetails = 1000; // v8 item details: enough for tests, bounded for the large tenant

QString optionText(const JsonOptions &options, const QString &key)
{
    const Result<std::optional<QString>> value = options.string(key);
    return value && *value ? **value : QString();
}

QString countsMessage(const RestoreReport &report)
{
    return QStringLiteral("%1 of %2 items restored, %3 skipped.").arg(report.restored).arg(report.total).arg(report.skipped);
}

QJsonObject detail(const QString &id, const QString &name, const QString &path, const QString &itemType,
                   const QString &status)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("itemRestoreDetailsType"), QStringLiteral("Item")},
            {QStringLiteral("title"), name},
            {QStringLiteral("name"), name},
            {QStringLiteral("itemType"), itemType},
            {QStringLiteral("status"), status},
            {QStringLiteral("path"), path},
            {QStringLiteral("warnings"), QJsonArray()}};
}

} // namespace

QJsonObject documentStatisticsJson(const DocumentRestoreStatistics &s)
{
    return {{QStringLiteral("totalItemsCount"), s.totalItemsCount},
            {QStringLiteral("restoredItemsCount"), s.restoredItemsCount},
            {QStringLiteral("failedItemsCount"), s.failedItemsCount},
            {QStringLiteral("skippedItemsByErrorCount"), s.skippedItemsByErrorCount},
            {QStringLiteral("skippedItemsByNoChangesCount"), s.skippedItemsByNoChangesCount},
            {QStringLiteral("failedRestrictionsCount"), s.failedRestrictionsCount},
            {QStringLiteral("restoreIssues"), QJsonArray()}};
}

QJsonObject mailStatisticsJson(const MailRestoreStatistics &s, bool withFolders)
{
    QJsonObject json{{QStringLiteral("createdItemsCount"), s.createdItemsCount},
                     {QStringLiteral("mergedItemsCount"), s.mergedItemsCount},
                     {QStringLiteral("failedItemsCount"), s.failedItemsCount},
                     {QStringLiteral("skippedItemsCount"), s.skippedItemsCount},
                     {QStringLiteral("exceptions"), QJsonArray()},
                     {QStringLiteral("warnings"), QJsonArray()}};
    if (withFolders)
        json.insert(QStringLiteral("failedFoldersCount"), s.failedFoldersCount);
    return json;
}

QJsonObject commonStatisticsJson(const MailRestoreStatistics &s)
{
    return {{QStringLiteral("createdItemsCount"), s.createdItemsCount},
            {QStringLiteral("mergedItemsCount"), s.mergedItemsCount},
            {QStringLiteral("failedItemsCount"), s.failedItemsCount},
            {QStringLiteral("skippedItemsCount"), s.skippedItemsCount},
            {QStringLiteral("warnings"), QJsonArray()}};
}

QJsonObject bulkDocumentStatisticsJson(const DocumentRestoreStatistics &s)
{
    return {{QStringLiteral("failedRestrictionsCount"), s.failedRestrictionsCount}, {QStringLiteral("restoreIssues"), QJsonArray()}};
}

QJsonArray documentDetailsJson(const DocumentRestoreStatistics &s)
{
    QJsonArray details;
    for (const DocumentRestore &d : s.documents) {
        if (details.size() >= kMaxListedDetails)
            break;
        const QString path = d.path.isEmpty() ? d.writtenName : d.path + QLatin1Char('/') + d.writtenName;
        details.append(detail(d.documentId, d.writtenName, path, QStringLiteral("OneDriveItem"),
                              d.outcome == DocumentRestoreOutcome::SkippedNoChanges ? QStringLiteral("Skipped")
                                                                                    : QStringLiteral("Success")));
    }
    return details;
}

QJsonArray mailDetailsJson(const MailRestoreStatistics &s)
{
    QJsonArray details;
    for (const MailRestore &m : s.items) {
        if (details.size() >= kMaxListedDetails)
            break;
        details.append(detail(m.itemId, m.itemId, m.folderPath, QStringLiteral("ExchangeMailbox"), QStringLiteral("Success")));
    }
    return details;
}

void RestoreService::install(Router &router)
{
    // Lower-case "organization" as in the v6+ OpenAPI; paths match case-insensitively anyway.
    router.addPost(QStringLiteral("RestoreSessions/{}/organization/restoreDeviceCode"),
                   [this](const Request &request, const RouteParams &params) {
                       if (request.body.trimmed().isEmpty())
                           return deviceCode(request, params, JsonOptions({}, request.strict));
                       Result<QJsonValue> body = parseLenientJson(request.body);
                       if (!body || (request.strict && request.body != stripTrailingCommas(request.body)))
                           return malformedBodyReply(request.version);
                       return deviceCode(request, params, JsonOptions(body->toObject(), request.strict));
                   });
    router.addGet(QStringLiteral("RestoreSessions/{}/Statistics"), names({}),
                  [this](const Request &r, const RouteParams &p) { return statistics(r, p); }, {ApiVersion::V8});
    // Test-only: not part of any VB365 API. What restores, copies and sends changed in "production".
    router.addGet(QStringLiteral("_emulator/Production"), names({}),
                  [this](const Request &, const RouteParams &) { return inspect(); });
}

Reply RestoreService::deviceCode(const Request &request, const RouteParams &params, const JsonOptions &options)
{
    Result<RouteContext::Browse, Reply> context = m_context.browse(params[0], std::nullopt);
    if (!context)
        return std::move(context.error());
    QStringList documented{QStringLiteral("targetApplicationId")};
    if (request.version >= ApiVersion::V6)
        documented << QStringLiteral("targetRegion") << QStringLiteral("targetOrganizationName");
    if (const QStringList unknown = options.unknownKeys(documented); request.strict && !unknown.isEmpty())
        return Reply::message(400, QStringLiteral("Unknown body key(s): %1").arg(unknown.join(QStringLiteral(", "))));
    for (const QString &key : documented) {
        if (!options.string(key))
            return Reply::message(400, QStringLiteral("The value of '%1' is not a string.").arg(key));
    }
    // Letters and digits that cannot be mistaken for each other, like Microsoft's device codes.
    static const QByteArray alphabet = QByteArrayLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    const QByteArray digest = QCryptographicHash::hash((params[0] + QString::number(++m_codeCounter)).toUtf8(),
                                                       QCryptographicHash::Sha256);
    QString code;
    for (int i = 0; i < 9; ++i)
        code.append(QLatin1Char(alphabet.at(quint8(digest.at(i)) % alphabet.size())));
    m_deviceCodes.insert(code, m_context.sessions().currentTime().addSecs(kDeviceCodeLifetimeSeconds));
    const QString url = QStringLiteral("https://microsoft.com/devicelogin");
    return Reply::json(QJsonObject{
        {QStringLiteral("userCode"), code},
        {QStringLiteral("verificationUrl"), url},
        {QStringLiteral("expiresIn"), kDeviceCodeLifetimeSeconds},
        {QStringLiteral("message"),
         QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.").arg(url, code)}});
}

Result<QString, Reply> RestoreService::restoreAccount(const JsonOptions &options,
                                                      const QList<std::pair<QString, QString>> &userKeys) const
{
    const QString userCode = optionText(options, QStringLiteral("userCode"));
    if (!userCode.isEmpty()) {
        const QDateTime expires = m_deviceCodes.value(userCode.toUpper());
        if (!expires.isValid() || expires < m_context.sessions().currentTime())
            return fail(Reply::message(400, QStringLiteral("The device code '%1' is unknown or has expired; request a new "
                                                           "one with restoreDeviceCode.").arg(userCode)));
        return QStringLiteral("device code %1").arg(userCode.toUpper());
    }
    const QString applicationId = optionText(options, QStringLiteral("applicationId"));
    if (!applicationId.isEmpty()) {
        if (optionText(options, QStringLiteral("applicationCertificate")).isEmpty())
            return fail(Reply::message(400, QStringLiteral("applicationId needs applicationCertificate (a base64 PFX).")));
        return applicationId;
    }
    // A user name key may pair with several password spellings (bulk restores): the first complete pair wins.
    QString incomplete;
    for (const auto &[userKey, passwordKey] : userKeys) {
        const QString user = optionText(options, userKey);
        if (user.isEmpty())
            continue;
        if (!optionText(options, passwordKey).isEmpty())
            return user;
        if (incomplete.isEmpty())
            incomplete = QStringLiteral("The password of the restore account '%1' is missing (%2).").arg(user, passwordKey);
    }
    if (!incomplete.isEmpty())
        return fail(Reply::message(400, incomplete));
    return fail(Reply::message(400, QStringLiteral("Restore credentials are missing: give %1 and %2, a userCode from "
                                                   "restoreDeviceCode, or applicationId and applicationCertificate.")
                                        .arg(userKeys.value(0).first, userKeys.value(0).second)));
}

Reply RestoreService::finish(const Request &request, const RestoreSession &session, RestoreReport report)
{
    RestoreSessionStore &store = m_context.sessions();
    const QString message = countsMessage(report);
    if (!restoresAreAsync(request.version)) {
        store.appendEvent(session.id, {EventType::Restore, EventStatus::Success, report.title, message, report.target,
                                       QString(), 0, session.organizationName, report.target});
        return Reply::json(report.statistics);
    }
    // v8: the restore runs in a restore session of its own (api-reference §12), polled by the client.
    const std::optional<RestoreSession> restore = store.createRestore(session.id, report.title);
    if (!restore)
        return notFound(QStringLiteral("Restore session"), session.id);
    const std::optional<SessionEvent> running =
        store.appendEvent(restore->id, {EventType::Restore, EventStatus::Running, report.title,
                                        QStringLiteral("Restoring %1 items.").arg(report.total), report.target,
                                        QString(), 0, session.organizationName, report.target});
    m_reports.insert(restore->id.toLower(), report);
    const QString id = restore->id;
    const QString eventId = running->id;
    QTimer::singleShot(m_restoreDurationMs, [&store, id, eventId, message] {
        const std::optional<RestoreSession> now = store.find(id);
        if (!now || now->state != SessionState::Working)
            return; // stopped by the client meanwhile: its events already say Cancelled
        store.finishEvent(id, eventId, EventStatus::Success, message);
        store.complete(id, SessionResult::Success);
    });
    return Reply::json(QJsonObject{{QStringLiteral("sessionId"), id}});
}

Reply RestoreService::finishSend(const Request &request, const RestoreSession &session, const SentMessage &message)
{
    m_context.sessions().production().recordSent(message);
    m_context.sessions().appendEvent(
        session.id, {EventType::Send, EventStatus::Success, QStringLiteral("Send %1 item(s) by e-mail").arg(message.attachmentCount),
                     QStringLiteral("Sent to %1.").arg(message.to), message.subject, QString(), 0, message.from, message.to});
    return Reply::empty(sendAnswersNoContent(request.version) ? 204 : 200);
}

Reply RestoreService::statistics(const Request &, const RouteParams &params) const
{
    const std::optional<RestoreSession> session = m_context.sessions().find(params[0]);
    if (!session)
        return notFound(QStringLiteral("Restore session"), params[0]);
    const auto report = m_reports.constFind(session->id.toLower());
    const bool done = session->state != SessionState::Working;
    const bool known = report != m_reports.cend();
    return Reply::json(QJsonObject{
        {QStringLiteral("totalItemsCount"), known ? report->total : 0},
        {QStringLiteral("restoredItemsCount"), known && done ? report->restored : 0},
        {QStringLiteral("failedItemsCount"), 0},
        {QStringLiteral("skippedItemsCount"), known && done ? report->skipped : 0},
        {QStringLiteral("warnings"), QJsonArray()},
        {QStringLiteral("errors"), QJsonArray()},
        {QStringLiteral("items"), known && done ? report->items : QJsonArray()}});
}

Reply RestoreService::inspect() const
{
    const ProductionState &production = m_context.sessions().production();
    QJsonArray changes;
    for (const LiveChange &c : production.changes())
        changes.append(QJsonObject{{QStringLiteral("oneDriveId"), c.oneDriveId},
                                   {QStringLiteral("documentId"), c.documentId},
                                   {QStringLiteral("versionId"), c.versionId},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("path"), c.path},
                                   {QStringLiteral("outcome"), wireName(c.outcome)},
                                   {QStringLiteral("time"), Wire::date(c.time)},
                                   {QStringLiteral("restoredBy"), c.restoredBy}});
    QJsonArray mailRestores;
    for (const MailRestore &m : production.mailRestores())
        mailRestores.append(QJsonObject{{QStringLiteral("itemId"), m.itemId},
                                        {QStringLiteral("folderPath"), m.folderPath},
                                        {QStringLiteral("outcome"), wireName(m.outcome)}});
    QJsonArray deliveries;
    for (const MailDelivery &d : production.mailDeliveries())
        deliveries.append(QJsonObject{{QStringLiteral("mailbox"), d.mailbox},
                                      {QStringLiteral("folderPath"), d.folderPath},
                                      {QStringLiteral("sourceMailboxId"), d.sourceMailboxId},
                                      {QStringLiteral("itemId"), d.itemId},
                                      {QStringLiteral("subject"), d.subject},
                                      {QStringLiteral("unread"), d.unread},
                                      {QStringLiteral("time"), Wire::date(d.time)},
                                      {QStringLiteral("restoredBy"), d.restoredBy}});
    QJsonArray sent;
    for (const SentMessage &s : production.sentMessages())
        sent.append(QJsonObject{{QStringLiteral("explorer"), s.explorer},
                                {QStringLiteral("from"), s.from},
                                {QStringLiteral("to"), s.to},
                                {QStringLiteral("subject"), s.subject},
                                {QStringLiteral("text"), s.text},
                                {QStringLiteral("attachments"), QJsonArray::fromStringList(s.attachments)},
                                {QStringLiteral("attachmentCount"), s.attachmentCount},
                                {QStringLiteral("time"), Wire::date(s.time)},
                                {QStringLiteral("sentBy"), s.sentBy}});
    return Reply::json(QJsonObject{{QStringLiteral("oneDriveChanges"), changes},
                                   {QStringLiteral("mailRestores"), mailRestores},
                                   {QStringLiteral("mailDeliveries"), deliveries},
                                   {QStringLiteral("sentMessages"), sent}});
}

} // namespace vb365emu
