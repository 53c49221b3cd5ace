#include "resources/restoresession.h"

#include "resources/lenientjson.h"
#include "resources/parsing.h"

namespace re {

namespace {

constexpr std::array<std::pair<QStringView, SessionType>, 4> kSessionTypes = {{
    {u"Vex", SessionType::Exchange},
    {u"Veod", SessionType::OneDrive},
    {u"Vesp", SessionType::SharePoint},
    {u"Vet", SessionType::Teams},
}};

constexpr std::array<std::pair<QStringView, SessionState>, 5> kStates = {{
    {u"Starting", SessionState::Starting},
    {u"Working", SessionState::Working},
    {u"Running", SessionState::Working}, // PowerShell vocabulary, seen in hand-made bodies
    {u"Stopping", SessionState::Stopping},
    {u"Stopped", SessionState::Stopped},
}};

constexpr std::array<std::pair<QStringView, Outcome>, 7> kOutcomes = {{
    {u"Running", Outcome::Running},
    {u"Success", Outcome::Success},
    {u"Warning", Outcome::Warning},
    {u"Failed", Outcome::Failed},
    {u"Cancelled", Outcome::Cancelled},
    {u"Skipped", Outcome::Skipped},
    {u"None", Outcome::Unknown},
}};

} // namespace

std::optional<SessionType> sessionTypeFromText(QStringView text)
{
    return enumFromText(text.trimmed(), kSessionTypes);
}

QString sessionTypeToText(SessionType type, bool lowerCase)
{
    const QString text = enumToText(type, kSessionTypes);
    return lowerCase ? text.toLower() : text;
}

Outcome outcomeFromText(QStringView text)
{
    return enumFromText(text.trimmed(), kOutcomes).value_or(Outcome::Unknown);
}

Result<RestoreSession, QString> RestoreSession::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(
            missingIdMessage(QCoreApplication::translate("Resources", "restore session")));
    RestoreSession session;
    session.id = *id;
    session.name = json.stringOr(u"name");
    session.organization = json.stringOr(u"organization");
    session.type = sessionTypeFromText(json.stringOr(u"type"));
    session.creationTime = json.dateTime(u"creationTime").value_or(QDateTime());
    session.endTime = json.dateTime(u"endTime");
    session.state = enumFromText(QStringView(json.stringOr(u"state")).trimmed(), kStates)
                        .value_or(SessionState::Unknown);
    session.result = outcomeFromText(json.stringOr(u"result"));
    session.initiatedBy = json.stringOr(u"initiatedBy");
    session.details = json.stringOr(u"details");
    session.reason = json.stringOr(u"reason");
    return session;
}

Result<SessionEvent, QString> SessionEvent::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(
            missingIdMessage(QCoreApplication::translate("Resources", "session event")));
    SessionEvent event;
    event.id = *id;
    event.type = json.stringOr(u"type");
    event.status = outcomeFromText(json.stringOr(u"status"));
    event.startTime = json.dateTime(u"startTime");
    event.endTime = json.dateTime(u"endTime");
    event.duration = json.stringOr(u"duration");
    event.title = json.stringOr(u"title");
    event.message = json.stringOr(u"message");
    event.order = json.integer(u"order").value_or(0);
    event.itemName = json.stringOr(u"itemName");
    event.itemType = json.stringOr(u"itemType");
    event.itemSizeBytes = json.integer(u"itemSizeBytes");
    event.source = json.stringOr(u"source");
    event.target = json.stringOr(u"target");
    return event;
}

Result<AsyncRestoreResponse, QString> AsyncRestoreResponse::fromJson(const QJsonObject &object)
{
    const std::optional<QString> id = LenientObject(object).string(u"sessionId");
    if (!id || id->isEmpty())
        return unexpected(QCoreApplication::translate("Resources",
            "The server accepted the restore but did not say which session to follow."));
    return AsyncRestoreResponse {*id};
}

} // namespace re
