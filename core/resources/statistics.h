#pragma once

#include "common/result.h"
#include "resources/restoresession.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace re {

// One entry of OneDrive `restoreIssues`.
struct RestoreIssue
{
    QString id;
    QString path;
    QString title;
    QString type; // Item | List | Site
    QString error;
    QStringList warnings;
};

struct RestoreStatistics;

// One mailbox / OneDrive of a bulk restore (v5-v7 `details`).
struct BulkRestoreDetail
{
    QString targetId; // mailbox.id or oneDrive.id
    QString targetName; // mailbox.name/email or oneDrive.name
    Outcome status = Outcome::Unknown;
    QString error;
    std::shared_ptr<const RestoreStatistics> statistics; // the nested counters, when sent
};

// One entry of v8 `items[]` (RESTItemRestoreDetailsComposed), nested through childItems.
struct ItemRestoreDetail
{
    QString id;
    QString detailsType; // Item | BulkMailbox | BulkOneDrive
    QString title;
    QString name;
    QString itemType;
    Outcome status = Outcome::Unknown;
    QString path;
    QString error;
    QStringList warnings;
    std::optional<qint64> createdMailboxItemsCount;
    std::optional<qint64> mergedMailboxItemsCount;
    std::optional<qint64> failedMailboxItemsCount;
    std::optional<qint64> skippedMailboxItemsCount;
    QString cannotContinueMailboxError;
    QString mailboxEmail;
    std::optional<bool> mailboxIsArchive;
    std::optional<bool> mailboxIsPublic;
    QString oneDriveWebId;
    QString oneDriveSiteId;
    QString oneDriveUrl;
    QList<ItemRestoreDetail> childItems;
};

// Every counter family the API returns after a restore: Exchange (v5-v7 item/folder/mailbox
// restores), OneDrive (v5-v7), bulk (v5-v7 many mailboxes/OneDrives) and the v8 session statistics.
// A counter the server did not send is nullopt, never 0.
struct RestoreStatistics
{
    enum class Family { Exchange, OneDrive, Bulk, Session };
    Family family = Family::Exchange;

    // Exchange
    std::optional<qint64> createdItemsCount;
    std::optional<qint64> mergedItemsCount;
    std::optional<qint64> failedFoldersCount;
    QStringList exceptions;
    QString cannotContinueError;
    // shared by Exchange (skipped), OneDrive and v8
    std::optional<qint64> failedItemsCount;
    std::optional<qint64> skippedItemsCount;
    QStringList warnings;
    // OneDrive (and v8 total/restored)
    std::optional<qint64> totalItemsCount;
    std::optional<qint64> restoredItemsCount;
    std::optional<qint64> skippedItemsByErrorCount;
    std::optional<qint64> skippedItemsByNoChangesCount;
    std::optional<qint64> failedRestrictionsCount;
    QList<RestoreIssue> restoreIssues;
    // Bulk
    Outcome status = Outcome::Unknown;
    QString error;
    QList<BulkRestoreDetail> details;
    // v8 session statistics
    QStringList errors;
    QList<ItemRestoreDetail> items;

    // Failed when the server reported any failure at all (failed counters, errors, a bulk status).
    bool hasFailures() const;

    // Recognises the family by the keys present; an object with none of the known keys is an error.
    static Result<RestoreStatistics, QString> fromJson(const QJsonObject &json);
};

} // namespace re
