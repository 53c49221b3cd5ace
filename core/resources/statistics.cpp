#include "resources/statistics.h"

#include "resources/lenientjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace re {

namespace {

constexpr int kMaxDetailDepth = 16; // childItems nest; a malicious body must not overflow the stack

RestoreIssue issueFromJson(const LenientObject &json)
{
    RestoreIssue issue;
    issue.id = json.stringOr(u"id");
    issue.path = json.stringOr(u"path");
    issue.title = json.stringOr(u"title");
    issue.type = json.stringOr(u"type");
    issue.error = json.stringOr(u"error");
    issue.warnings = json.stringList(u"warnings");
    return issue;
}

ItemRestoreDetail itemDetailFromJson(const LenientObject &json, int depth)
{
    ItemRestoreDetail d;
    d.id = json.stringOr(u"id");
    d.detailsType = json.stringOr(u"itemRestoreDetailsType");
    d.title = json.stringOr(u"title");
    d.name = json.stringOr(u"name");
    d.itemType = json.stringOr(u"itemType");
    d.status = outcomeFromText(json.stringOr(u"status"));
    d.path = json.stringOr(u"path");
    d.error = json.stringOr(u"error");
    d.warnings = json.stringList(u"warnings");
    d.createdMailboxItemsCount = json.integer(u"createdMailboxItemsCount");
    d.mergedMailboxItemsCount = json.integer(u"mergedMailboxItemsCount");
    d.failedMailboxItemsCount = json.integer(u"failedMailboxItemsCount");
    d.skippedMailboxItemsCount = json.integer(u"skippedMailboxItemsCount");
    d.cannotContinueMailboxError = json.stringOr(u"cannotContinueMailboxError");
    d.mailboxEmail = json.stringOr(u"mailboxEmail");
    d.mailboxIsArchive = json.boolean(u"mailboxIsArchive");
    d.mailboxIsPublic = json.boolean(u"mailboxIsPublic");
    d.oneDriveWebId = json.stringOr(u"oneDriveWebId");
    d.oneDriveSiteId = json.stringOr(u"oneDriveSiteId");
    d.oneDriveUrl = json.stringOr(u"oneDriveUrl");
    if (depth < kMaxDetailDepth) {
        const QJsonArray children = json.array(u"childItems");
        for (const QJsonValue &child : children)
            d.childItems.append(itemDetailFromJson(LenientObject(child.toObject()), depth + 1));
    }
    return d;
}

void readCounters(const LenientObject &json, RestoreStatistics &s)
{
    s.createdItemsCount = json.integer(u"createdItemsCount");
    s.mergedItemsCount = json.integer(u"mergedItemsCount");
    s.failedFoldersCount = json.integer(u"failedFoldersCount");
    s.exceptions = json.stringList(u"exceptions");
    s.cannotContinueError = json.stringOr(u"cannotContinueError");
    s.failedItemsCount = json.integer(u"failedItemsCount");
    s.skippedItemsCount = json.integer(u"skippedItemsCount");
    s.warnings = json.stringList(u"warnings");
    s.totalItemsCount = json.integer(u"totalItemsCount");
    s.restoredItemsCount = json.integer(u"restoredItemsCount");
    s.skippedItemsByErrorCount = json.integer(u"skippedItemsByErrorCount");
    s.skippedItemsByNoChangesCount = json.integer(u"skippedItemsByNoChangesCount");
    s.failedRestrictionsCount = json.integer(u"failedRestrictionsCount");
    const QJsonArray issues = json.array(u"restoreIssues");
    for (const QJsonValue &issue : issues)
        s.restoreIssues.append(issueFromJson(LenientObject(issue.toObject())));
    s.errors = json.stringList(u"errors");
}

Result<RestoreStatistics, QString> parseStatistics(const QJsonObject &object, int depth);

BulkRestoreDetail bulkDetailFromJson(const LenientObject &json, int depth)
{
    BulkRestoreDetail d;
    const LenientObject target(json.firstOf({u"mailbox", u"oneDrive"}).toObject());
    d.targetId = target.stringOr(u"id");
    d.targetName = target.stringOr(u"name", target.stringOr(u"email"));
    d.status = outcomeFromText(json.stringOr(u"status"));
    d.error = json.stringOr(u"error");
    const QJsonValue nested = json.value(u"details");
    if (nested.isObject() && depth < kMaxDetailDepth) {
        Result<RestoreStatistics, QString> stats = parseStatistics(nested.toObject(), depth + 1);
        if (stats)
            d.statistics = std::make_shared<const RestoreStatistics>(std::move(stats).value());
    }
    return d;
}

Result<RestoreStatistics, QString> parseStatistics(const QJsonObject &object, int depth)
{
    const LenientObject json(object);
    RestoreStatistics s;
    readCounters(json, s);
    const QJsonValue items = json.value(u"items");
    const QJsonValue details = json.value(u"details");
    if (items.isArray()) {
        s.family = RestoreStatistics::Family::Session;
        for (const QJsonValue &item : items.toArray())
            s.items.append(itemDetailFromJson(LenientObject(item.toObject()), depth));
    } else if (json.contains(u"status") || details.isArray()) {
        s.family = RestoreStatistics::Family::Bulk;
        s.status = outcomeFromText(json.stringOr(u"status"));
        s.error = json.stringOr(u"error");
        for (const QJsonValue &detail : details.toArray())
            s.details.append(bulkDetailFromJson(LenientObject(detail.toObject()), depth));
    } else if (s.totalItemsCount || s.restoredItemsCount || s.skippedItemsByErrorCount
        || s.skippedItemsByNoChangesCount || s.failedRestrictionsCount
        || !s.restoreIssues.isEmpty()) {
        s.family = RestoreStatistics::Family::OneDrive;
    } else if (s.createdItemsCount || s.mergedItemsCount || s.failedItemsCount
        || s.skippedItemsCount || s.failedFoldersCount || !s.exceptions.isEmpty()
        || !s.cannotContinueError.isEmpty() || !s.warnings.isEmpty()) {
        s.family = RestoreStatistics::Family::Exchange;
    } else {
        return unexpected(QCoreApplication::translate(
            "Resources", "The server's reply to the restore contains no result counters."));
    }
    return s;
}

} // namespace

bool RestoreStatistics::hasFailures() const
{
    const auto positive = [](const std::optional<qint64> &n) { return n.value_or(0) > 0; };
    return positive(failedItemsCount) || positive(failedFoldersCount)
        || positive(skippedItemsByErrorCount) || !exceptions.isEmpty() || !errors.isEmpty()
        || !cannotContinueError.isEmpty() || !error.isEmpty() || status == Outcome::Failed;
}

Result<RestoreStatistics, QString> RestoreStatistics::fromJson(const QJsonObject &json)
{
    return parseStatistics(json, 0);
}

} // namespace re
