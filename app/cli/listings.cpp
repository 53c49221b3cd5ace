#include "cli/listings.h"

#include "cli/clierror.h"
#include "cli/commandline.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace re::cli {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString timeText(const std::optional<QDateTime> &time)
{
    return time ? timeText(*time) : QString();
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeJson(const std::optional<QDateTime> &time)
{
    return time ? timeJson(*time) : QJsonValue(QJsonValue::Null);
}

QString sizeText(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QJsonValue sizeJson(qint64 bytes)
{
    return bytes < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(bytes);
}

QString flagText(bool set)
{
    return set ? Cli::tr("yes") : QString();
}

QString flagText(std::optional<bool> set)
{
    if (!set)
        return {};
    return *set ? Cli::tr("yes") : Cli::tr("no");
}

QJsonValue flagJson(std::optional<bool> set)
{
    return set ? QJsonValue(*set) : QJsonValue(QJsonValue::Null);
}

QString typeName(const std::optional<SessionType> &type)
{
    return type ? sessionTypeName(*type) : QString();
}

Section makeSection(const QString &key, const QString &title, QStringList columns, QList<int> rightAligned = {})
{
    Section section;
    section.key = key;
    section.title = title;
    section.columns = std::move(columns);
    section.rightAligned = std::move(rightAligned);
    return section;
}

QStringList sessionCells(const RestoreSession &session)
{
    return {session.id,
            timeText(session.creationTime),
            typeName(session.type),
            sessionStateText(session.state),
            outcomeText(session.result),
            session.name};
}

QJsonObject sessionJson(const RestoreSession &session)
{
    return {{QStringLiteral("id"), session.id},
            {QStringLiteral("name"), session.name},
            {QStringLiteral("organization"), session.organization},
            {QStringLiteral("type"), typeName(session.type)},
            {QStringLiteral("state"), sessionStateText(session.state)},
            {QStringLiteral("result"), outcomeText(session.result)},
            {QStringLiteral("creationTime"), timeJson(session.creationTime)},
            {QStringLiteral("endTime"), timeJson(session.endTime)}};
}

} // namespace

QString sessionStateText(SessionState state)
{
    switch (state) {
    case SessionState::Unknown:
        return {};
    case SessionState::Starting:
        return QStringLiteral("Starting");
    case SessionState::Working:
        return QStringLiteral("Working");
    case SessionState::Stopping:
        return QStringLiteral("Stopping");
    case SessionState::Stopped:
        return QStringLiteral("Stopped");
    }
    return {};
}

QString outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unknown:
        return {};
    case Outcome::Running:
        return QStringLiteral("Running");
    case Outcome::Success:
        return QStringLiteral("Success");
    case Outcome::Warning:
        return QStringLiteral("Warning");
    case Outcome::Failed:
        return QStringLiteral("Failed");
    case Outcome::Cancelled:
        return QStringLiteral("Cancelled");
    case Outcome::Skipped:
        return QStringLiteral("Skipped");
    }
    return {};
}

Section organizationsSection(const QList<Organization> &organizations)
{
    Section section = makeSection(QStringLiteral("organizations"), Cli::tr("Organizations"),
                                  {Cli::tr("Name"), Cli::tr("Type"), Cli::tr("Region"), Cli::tr("Backed up"),
                                   Cli::tr("First backup"), Cli::tr("Last backup")});
    for (const Organization &org : organizations) {
        section.addRow({org.name, org.type, org.region, flagText(org.isBackedUp), timeText(org.firstBackupTime),
                        timeText(org.lastBackupTime)},
                       {{QStringLiteral("id"), org.id},
                        {QStringLiteral("name"), org.name},
                        {QStringLiteral("officeName"), org.officeName},
                        {QStringLiteral("type"), org.type},
                        {QStringLiteral("region"), org.region},
                        {QStringLiteral("isBackedUp"), flagJson(org.isBackedUp)},
                        {QStringLiteral("firstBackupTime"), timeJson(org.firstBackupTime)},
                        {QStringLiteral("lastBackupTime"), timeJson(org.lastBackupTime)}});
    }
    return section;
}

Section sessionsSection(const QList<RestoreSession> &sessions)
{
    Section section = makeSection(QStringLiteral("sessions"), Cli::tr("Restore sessions"),
                                  {Cli::tr("Id"), Cli::tr("Created"), Cli::tr("Type"), Cli::tr("State"),
                                   Cli::tr("Result"), Cli::tr("Name")});
    for (const RestoreSession &session : sessions)
        section.addRow(sessionCells(session), sessionJson(session));
    return section;
}

Section sessionSection(const RestoreSession &session)
{
    Section section = makeSection(QStringLiteral("session"), Cli::tr("Restore session"),
                                  {Cli::tr("Id"), Cli::tr("Name"), Cli::tr("Organization"), Cli::tr("Type"),
                                   Cli::tr("State"), Cli::tr("Result"), Cli::tr("Created"), Cli::tr("Ended")});
    section.addRow({session.id, session.name, session.organization, typeName(session.type),
                    sessionStateText(session.state), outcomeText(session.result), timeText(session.creationTime),
                    timeText(session.endTime)},
                   sessionJson(session));
    return section;
}

Section eventsSection(const QList<SessionEvent> &events)
{
    Section section = makeSection(QStringLiteral("events"), Cli::tr("Events"),
                                  {Cli::tr("Started"), Cli::tr("Type"), Cli::tr("Status"), Cli::tr("Title")});
    for (const SessionEvent &event : events) {
        section.addRow({timeText(event.startTime), event.type, outcomeText(event.status), event.title},
                       {{QStringLiteral("id"), event.id},
                        {QStringLiteral("order"), event.order},
                        {QStringLiteral("type"), event.type},
                        {QStringLiteral("status"), outcomeText(event.status)},
                        {QStringLiteral("startTime"), timeJson(event.startTime)},
                        {QStringLiteral("endTime"), timeJson(event.endTime)},
                        {QStringLiteral("duration"), event.duration},
                        {QStringLiteral("title"), event.title},
                        {QStringLiteral("message"), event.message}});
    }
    return section;
}

Section collectionsSection(const QStringList &names)
{
    Section section = makeSection(QStringLiteral("collections"), Cli::tr("Contents"), {Cli::tr("Name")});
    for (const QString &name : names)
        section.addRow({name + u'/'}, {{QStringLiteral("name"), name}});
    return section;
}

Section mailboxesSection(const QList<Mailbox> &mailboxes)
{
    Section section = makeSection(QStringLiteral("mailboxes"), Cli::tr("Mailboxes"),
                                  {Cli::tr("Name"), Cli::tr("E-mail"), Cli::tr("Archive")});
    for (const Mailbox &mailbox : mailboxes) {
        section.addRow({mailbox.name, mailbox.email, flagText(mailbox.isArchive)},
                       {{QStringLiteral("id"), mailbox.id},
                        {QStringLiteral("name"), mailbox.name},
                        {QStringLiteral("email"), mailbox.email},
                        {QStringLiteral("isArchive"), mailbox.isArchive}});
    }
    return section;
}

Section mailFoldersSection(const QList<MailFolder> &folders)
{
    Section section = makeSection(QStringLiteral("folders"), Cli::tr("Folders"), {Cli::tr("Name"), Cli::tr("Type")});
    for (const MailFolder &folder : folders) {
        section.addRow({folder.name + u'/', folder.type},
                       {{QStringLiteral("id"), folder.id},
                        {QStringLiteral("name"), folder.name},
                        {QStringLiteral("type"), folder.type}});
    }
    return section;
}

Section mailItemsSection(const QList<MailItem> &items)
{
    Section section = makeSection(QStringLiteral("items"), Cli::tr("Items"),
                                  {Cli::tr("Received"), Cli::tr("From"), Cli::tr("Subject"), Cli::tr("Attachments"),
                                   Cli::tr("Deleted")},
                                  {3});
    for (const MailItem &item : items) {
        const int attachments = item.attachmentCount > 0 ? item.attachmentCount : (item.hasAttachments ? 1 : 0);
        section.addRow({timeText(item.received), item.from, item.subject,
                        attachments > 0 ? QString::number(attachments) : QString(), flagText(item.deleted)},
                       {{QStringLiteral("id"), item.id},
                        {QStringLiteral("itemClass"), item.itemClass},
                        {QStringLiteral("received"), timeJson(item.received)},
                        {QStringLiteral("sent"), timeJson(item.sent)},
                        {QStringLiteral("from"), item.from},
                        {QStringLiteral("to"), item.to},
                        {QStringLiteral("subject"), item.subject},
                        {QStringLiteral("attachments"), attachments},
                        {QStringLiteral("deleted"), item.deleted}});
    }
    return section;
}

Section oneDrivesSection(const QList<OneDrive> &oneDrives)
{
    Section section = makeSection(QStringLiteral("oneDrives"), Cli::tr("OneDrives"), {Cli::tr("Name"), Cli::tr("URL")});
    for (const OneDrive &oneDrive : oneDrives) {
        section.addRow({oneDrive.name, oneDrive.url},
                       {{QStringLiteral("id"), oneDrive.id},
                        {QStringLiteral("name"), oneDrive.name},
                        {QStringLiteral("url"), oneDrive.url}});
    }
    return section;
}

Section oneDriveFoldersSection(const QList<OneDriveFolder> &folders)
{
    Section section = makeSection(QStringLiteral("folders"), Cli::tr("Folders"), {Cli::tr("Name")});
    for (const OneDriveFolder &folder : folders)
        section.addRow({folder.name + u'/'}, {{QStringLiteral("id"), folder.id}, {QStringLiteral("name"), folder.name}});
    return section;
}

Section documentsSection(const QList<OneDriveDocument> &documents)
{
    Section section = makeSection(QStringLiteral("documents"), Cli::tr("Documents"),
                                  {Cli::tr("Name"), Cli::tr("Size"), Cli::tr("Modified"), Cli::tr("Version"),
                                   Cli::tr("Deleted")},
                                  {1});
    for (const OneDriveDocument &document : documents) {
        section.addRow({document.name, sizeText(document.sizeBytes), timeText(document.modified), document.version,
                        flagText(document.deleted)},
                       {{QStringLiteral("id"), document.id},
                        {QStringLiteral("name"), document.name},
                        {QStringLiteral("sizeBytes"), sizeJson(document.sizeBytes)},
                        {QStringLiteral("modified"), timeJson(document.modified)},
                        {QStringLiteral("modifiedBy"), document.modifiedBy},
                        {QStringLiteral("version"), document.version},
                        {QStringLiteral("deleted"), document.deleted}});
    }
    return section;
}

void sortOrganizations(QList<Organization> &organizations)
{
    std::stable_sort(organizations.begin(), organizations.end(), [](const Organization &a, const Organization &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
}

void sortSessions(QList<RestoreSession> &sessions)
{
    std::stable_sort(sessions.begin(), sessions.end(), [](const RestoreSession &a, const RestoreSession &b) {
        if (a.creationTime != b.creationTime)
            return a.creationTime > b.creationTime;
        return a.id < b.id;
    });
}

void sortEvents(QList<SessionEvent> &events)
{
    std::stable_sort(events.begin(), events.end(), [](const SessionEvent &a, const SessionEvent &b) {
        const QDateTime aStart = a.startTime.value_or(QDateTime());
        const QDateTime bStart = b.startTime.value_or(QDateTime());
        if (aStart != bStart)
            return aStart < bStart;
        return a.order < b.order;
    });
}

} // namespace re::cli
