#include "resources/exchange.h"

#include "resources/lenientjson.h"
#include "resources/parsing.h"
#include "resources/textpool.h"

#include <QJsonArray>

#include <limits>

namespace re {

namespace {

QString firstString(const LenientObject &json, std::initializer_list<QStringView> keys)
{
    return lenientString(json.firstOf(keys)).value_or(QString());
}

QDateTime firstDateTime(const LenientObject &json, std::initializer_list<QStringView> keys)
{
    for (QStringView key : keys) {
        if (std::optional<QDateTime> t = json.dateTime(key))
            return *t;
    }
    return {};
}

constexpr std::array<std::pair<QStringView, Importance>, 3> kImportance = {{
    {u"Normal", Importance::Normal},
    {u"Low", Importance::Low},
    {u"High", Importance::High},
}};

} // namespace

Result<Mailbox, QString> Mailbox::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(missingIdMessage(QCoreApplication::translate("Resources", "mailbox")));
    Mailbox mailbox;
    mailbox.id = *id;
    mailbox.name = json.stringOr(u"name");
    mailbox.email = json.stringOr(u"email");
    mailbox.isArchive = json.boolean(u"isArchive").value_or(false);
    mailbox.isPublic = json.boolean(u"isPublic").value_or(false);
    mailbox.actions = ActionSet::fromJson(json.value(u"_actions"));
    return mailbox;
}

Result<MailFolder, QString> MailFolder::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(
            missingIdMessage(QCoreApplication::translate("Resources", "mail folder")));
    MailFolder folder;
    folder.id = *id;
    folder.name = json.stringOr(u"name");
    folder.type = json.stringOr(u"type");
    folder.category = json.stringOr(u"category");
    folder.description = json.stringOr(u"description");
    folder.actions = ActionSet::fromJson(json.value(u"_actions"));
    return folder;
}

Result<MailItem, QString> MailItem::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(missingIdMessage(QCoreApplication::translate("Resources", "mail item")));
    MailItem item;
    item.id = *id;
    item.itemClass = pooledText(json.stringOr(u"itemClass"));
    item.subject = firstString(json, {u"subject", u"fullName", u"name", u"displayAs"});
    item.from = pooledText(firstString(json, {u"from", u"organizer", u"owner"}));
    item.to = pooledText(json.stringOr(u"to"));
    item.received
        = firstDateTime(json, {u"received", u"postedOn", u"startTime", u"date", u"startDate"});
    item.sent = firstDateTime(json, {u"sent"});
    item.containerId = pooledText(containerIdOf(json, u"mailboxId", u"mailbox"));
    const QJsonValue attachments = json.value(u"attachments");
    if (attachments.isArray()) {
        const qsizetype count = attachments.toArray().size();
        item.attachmentCount
            = static_cast<qint32>(std::min<qsizetype>(count, std::numeric_limits<qint32>::max()));
    }
    item.hasAttachments = json.boolean(u"hasAttachments").value_or(item.attachmentCount > 0);
    item.importance = enumFromText(QStringView(json.stringOr(u"importance")).trimmed(), kImportance)
                          .value_or(Importance::Normal);
    item.deleted = lenientBool(json.firstOf({u"isDeleted", u"deleted"})).value_or(false);
    item.actions = ActionSet::fromJson(json.value(u"_actions"));
    return item;
}

} // namespace re
