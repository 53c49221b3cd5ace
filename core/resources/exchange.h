#pragma once

#include "common/result.h"
#include "resources/actionset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace re {

struct Mailbox
{
    QString id;
    QString name;
    QString email;
    bool isArchive = false;
    bool isPublic = false;
    ActionSet actions;

    static Result<Mailbox, QString> fromJson(const QJsonObject &json);
};

struct MailFolder
{
    QString id; // opaque Exchange entry id with '+', '/', '='
    QString name;
    QString type; // None (mail) | Appointment | Contact | Task | Journal | StickyNote
    QString category; // Inbox | Sent | Deleted | … (v6+)
    QString description;
    ActionSet actions;

    static Result<MailFolder, QString> fromJson(const QJsonObject &json);
};

enum class Importance : quint8 { Normal, Low, High };

// One row of a mail folder listing. Only ids and the columns the item list shows are kept: folders
// with 100,000 items must stay small (see sizeof in docs/api-dialects.md). Items of every kind
// (message, appointment, contact, task, …) map onto the same columns.
struct MailItem
{
    QString id;
    QString itemClass; // IPM.Note, IPM.Appointment, IPM.Contact, …: dispatch on its prefix
    QString subject; // subject, or the display name of contacts and groups
    QString from; // from, organizer (appointments) or owner (tasks)
    QString to;
    QDateTime
        received; // received, postedOn, start or date: the item's primary time; invalid = none
    QDateTime sent;
    QString containerId; // the mailbox (mailboxId, or the `mailbox` link); search results span many
    qint32 attachmentCount = 0;
    Importance importance = Importance::Normal;
    bool hasAttachments = false;
    bool deleted = false;
    ActionSet actions;

    static Result<MailItem, QString> fromJson(const QJsonObject &json);
};

} // namespace re
