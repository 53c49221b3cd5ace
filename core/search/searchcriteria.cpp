#include "search/searchcriteria.h"

#include "common/textlimits.h"

#include <QCoreApplication>
#include <QStringList>

namespace re {

namespace {

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString SearchCriteria::queryProblem(const QString &query)
{
    const qsizetype length = query.trimmed().size();
    if (length <= kMaxQueryLength)
        return {};
    return tooLongMessage(QCoreApplication::translate("SearchCriteria", "search"), length, kMaxQueryLength);
}

bool SearchCriteria::isEmpty() const
{
    return words.trimmed().isEmpty() && from.trimmed().isEmpty() && to.trimmed().isEmpty() && subject.trimmed().isEmpty()
           && !since.isValid() && !until.isValid() && !hasAttachments && fileName.trimmed().isEmpty()
           && fileType.trimmed().isEmpty();
}

QString SearchCriteria::quoted(const QString &value)
{
    QString plain = value.trimmed();
    plain.remove(QLatin1Char('"'));
    const bool needsQuotes = plain.contains(QLatin1Char(' ')) || plain.contains(QLatin1Char('(')) || plain.contains(QLatin1Char(')'))
                             || plain.contains(QLatin1Char(':'));
    return needsQuotes ? QLatin1Char('"') + plain + QLatin1Char('"') : plain;
}

Result<QString, QString> SearchCriteria::toQuery(Domain domain) const
{
    if (isEmpty())
        return unexpected(QCoreApplication::translate("SearchCriteria", "Enter at least one search criterion."));
    if (since.isValid() && until.isValid() && until < since)
        return unexpected(QCoreApplication::translate("SearchCriteria", "The end date %1 is before the start date %2.").arg(day(until), day(since)));
    const QList<std::pair<const char *, const QString *>> values {
        {QT_TRANSLATE_NOOP("SearchCriteria", "free-text search"), &words},
        {domain == Domain::Mail ? QT_TRANSLATE_NOOP("SearchCriteria", "sender") : QT_TRANSLATE_NOOP("SearchCriteria", "author"), &from},
        {QT_TRANSLATE_NOOP("SearchCriteria", "recipient"), &to},
        {QT_TRANSLATE_NOOP("SearchCriteria", "subject"), &subject},
        {QT_TRANSLATE_NOOP("SearchCriteria", "file name"), &fileName},
        {QT_TRANSLATE_NOOP("SearchCriteria", "file type"), &fileType}};
    for (const auto &[what, value] : values) {
        if (value->trimmed().size() > kMaxCriterionLength)
            return unexpected(tooLongMessage(QCoreApplication::translate("SearchCriteria", what), value->trimmed().size(),
                                             kMaxCriterionLength));
    }
    const bool mail = domain == Domain::Mail;
    if (!mail && (!to.trimmed().isEmpty() || !subject.trimmed().isEmpty() || hasAttachments))
        return unexpected(QCoreApplication::translate("SearchCriteria", "To, subject and attachments are criteria of mail; this search looks for documents."));
    if (mail && (!fileName.trimmed().isEmpty() || !fileType.trimmed().isEmpty()))
        return unexpected(QCoreApplication::translate("SearchCriteria", "File name and type are criteria of documents; this search looks for mail."));

    QStringList terms;
    const auto add = [&terms](const QString &property, const QString &value) {
        if (value.trimmed().isEmpty())
            return true;
        const QString text = quoted(value);
        if (text.isEmpty() || text == QLatin1String("\"\""))
            return false;
        terms << property + QLatin1Char(':') + text;
        return true;
    };
    bool ok = add(mail ? QStringLiteral("from") : QStringLiteral("author"), from);
    ok = ok && add(QStringLiteral("to"), to);
    ok = ok && add(QStringLiteral("subject"), subject);
    ok = ok && add(QStringLiteral("name"), fileName);
    QString type = fileType.trimmed();
    while (type.startsWith(QLatin1Char('.')) || type.startsWith(QLatin1Char('*')))
        type.remove(0, 1);
    ok = ok && add(QStringLiteral("ext"), type);
    if (!ok)
        return unexpected(QCoreApplication::translate("SearchCriteria", "A criterion holds only quotes; enter a value or clear it."));
    const QString dateProperty = mail ? QStringLiteral("received") : QStringLiteral("modified");
    if (since.isValid() && until.isValid())
        terms << dateProperty + QLatin1Char(':') + day(since) + QStringLiteral("..") + day(until);
    else if (since.isValid())
        terms << dateProperty + QStringLiteral(":>=") + day(since);
    else if (until.isValid())
        terms << dateProperty + QStringLiteral(":<=") + day(until);
    if (hasAttachments)
        terms << (*hasAttachments ? QStringLiteral("hasattachments:true") : QStringLiteral("hasattachments:false"));
    const QString free = words.trimmed();
    if (!free.isEmpty()) {
        // Free text may hold OR: keep it one operand of the AND chain.
        const bool compound = free.contains(QLatin1String(" OR ")) && !terms.isEmpty();
        terms << (compound ? QLatin1Char('(') + free + QLatin1Char(')') : free);
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace re
