#include "actions/restoreoutcome.h"

#include <QCoreApplication>

namespace re::actions {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Actions", text);
}

void add(QList<Counter> &counters, const char *key, const char *label, const std::optional<qint64> &value)
{
    if (value)
        counters.append({QString::fromLatin1(key), translate(label), *value});
}

} // namespace

QList<Counter> countersOf(const RestoreStatistics &s)
{
    QList<Counter> counters;
    switch (s.family) {
    case RestoreStatistics::Family::Exchange:
        add(counters, "created", QT_TRANSLATE_NOOP("Actions", "Created"), s.createdItemsCount);
        add(counters, "merged", QT_TRANSLATE_NOOP("Actions", "Merged"), s.mergedItemsCount);
        add(counters, "skipped", QT_TRANSLATE_NOOP("Actions", "Skipped"), s.skippedItemsCount);
        add(counters, "failed", QT_TRANSLATE_NOOP("Actions", "Failed"), s.failedItemsCount);
        add(counters, "failedFolders", QT_TRANSLATE_NOOP("Actions", "Failed folders"), s.failedFoldersCount);
        break;
    case RestoreStatistics::Family::OneDrive:
        add(counters, "total", QT_TRANSLATE_NOOP("Actions", "Total"), s.totalItemsCount);
        add(counters, "restored", QT_TRANSLATE_NOOP("Actions", "Restored"), s.restoredItemsCount);
        add(counters, "skippedNoChanges", QT_TRANSLATE_NOOP("Actions", "Skipped (unchanged)"),
            s.skippedItemsByNoChangesCount);
        add(counters, "skippedByError", QT_TRANSLATE_NOOP("Actions", "Skipped (error)"), s.skippedItemsByErrorCount);
        add(counters, "failed", QT_TRANSLATE_NOOP("Actions", "Failed"), s.failedItemsCount);
        add(counters, "failedRestrictions", QT_TRANSLATE_NOOP("Actions", "Permissions not restored"),
            s.failedRestrictionsCount);
        break;
    case RestoreStatistics::Family::Session:
        add(counters, "total", QT_TRANSLATE_NOOP("Actions", "Total"), s.totalItemsCount);
        add(counters, "restored", QT_TRANSLATE_NOOP("Actions", "Restored"), s.restoredItemsCount);
        add(counters, "skipped", QT_TRANSLATE_NOOP("Actions", "Skipped"), s.skippedItemsCount);
        add(counters, "failed", QT_TRANSLATE_NOOP("Actions", "Failed"), s.failedItemsCount);
        break;
    case RestoreStatistics::Family::Bulk: {
        qint64 succeeded = 0;
        qint64 warnings = 0;
        qint64 failed = 0;
        for (const BulkRestoreDetail &detail : s.details) {
            succeeded += detail.status == Outcome::Success ? 1 : 0;
            warnings += detail.status == Outcome::Warning ? 1 : 0;
            failed += detail.status == Outcome::Failed ? 1 : 0;
        }
        add(counters, "targets", QT_TRANSLATE_NOOP("Actions", "Mailboxes/OneDrives"), s.details.size());
        add(counters, "succeeded", QT_TRANSLATE_NOOP("Actions", "Succeeded"), succeeded);
        add(counters, "warnings", QT_TRANSLATE_NOOP("Actions", "With warnings"), warnings);
        add(counters, "failed", QT_TRANSLATE_NOOP("Actions", "Failed"), failed);
        break;
    }
    }
    return counters;
}

QJsonObject countersToJson(const QList<Counter> &counters)
{
    QJsonObject json;
    for (const Counter &counter : counters)
        json.insert(counter.key, static_cast<double>(counter.value));
    return json;
}

QStringList problemsOf(const RestoreStatistics &s)
{
    QStringList problems;
    const auto addText = [&problems](const QString &text) {
        if (!text.trimmed().isEmpty() && !problems.contains(text.trimmed()))
            problems.append(text.trimmed());
    };
    addText(s.cannotContinueError);
    addText(s.error);
    for (const QString &text : s.errors)
        addText(text);
    for (const QString &text : s.exceptions)
        addText(text);
    for (const RestoreIssue &issue : s.restoreIssues) {
        if (!issue.error.isEmpty())
            addText(issue.path.isEmpty() ? issue.error : issue.path + QStringLiteral(": ") + issue.error);
    }
    for (const BulkRestoreDetail &detail : s.details) {
        if (!detail.error.isEmpty())
            addText(detail.targetName + QStringLiteral(": ") + detail.error);
    }
    for (const QString &text : s.warnings)
        addText(text);
    return problems;
}

Outcome judge(const RestoreStatistics &s)
{
    if (s.family == RestoreStatistics::Family::Bulk && s.status != Outcome::Unknown)
        return s.status;
    if (s.hasFailures()) {
        const qint64 written = s.createdItemsCount.value_or(0) + s.mergedItemsCount.value_or(0)
                               + s.restoredItemsCount.value_or(0);
        return written > 0 && s.cannotContinueError.isEmpty() ? Outcome::Warning : Outcome::Failed;
    }
    bool warned = !s.warnings.isEmpty() || s.failedRestrictionsCount.value_or(0) > 0;
    for (const RestoreIssue &issue : s.restoreIssues)
        warned = warned || !issue.warnings.isEmpty();
    return warned ? Outcome::Warning : Outcome::Success;
}

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success: return QStringLiteral("success");
    case Outcome::Warning: return QStringLiteral("warning");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    case Outcome::Running: return QStringLiteral("running");
    case Outcome::Skipped: return QStringLiteral("skipped");
    case Outcome::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success: return translate("Succeeded");
    case Outcome::Warning: return translate("Completed with warnings");
    case Outcome::Failed: return translate("Failed");
    case Outcome::Cancelled: return translate("Cancelled");
    case Outcome::Running: return translate("Running");
    case Outcome::Skipped: return translate("Skipped");
    case Outcome::Unknown: break;
    }
    return translate("Unknown");
}

} // namespace re::actions
