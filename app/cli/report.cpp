#include "cli/report.h"

#include "cli/clierror.h"

#include <QJsonDocument>

#include <algorithm>

namespace re::cli {

namespace {

QString renderTable(const Section &section)
{
    QList<qsizetype> widths;
    for (const QString &column : section.columns)
        widths.append(column.size());
    for (const QStringList &row : section.rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }

    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            const int width = static_cast<int>(widths.value(i));
            if (section.rightAligned.contains(static_cast<int>(i)))
                text += cells.at(i).rightJustified(width);
            else
                text += last ? cells.at(i) : cells.at(i).leftJustified(width);
            if (!last)
                text += QStringLiteral("  ");
        }
        // trailing blanks of a left-aligned last column would make diffs noisy
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };

    QString text = line(section.columns);
    if (section.rows.isEmpty())
        text += Cli::tr("(none)") + u'\n';
    for (const QStringList &row : section.rows)
        text += line(row);
    return text;
}

QString renderRecord(const Section &section)
{
    if (section.rows.isEmpty())
        return {};
    qsizetype width = 0;
    for (const QString &column : section.columns)
        width = std::max(width, column.size() + 1);
    QString text;
    const QStringList &row = section.rows.constFirst();
    for (qsizetype i = 0; i < section.columns.size(); ++i)
        text += ((section.columns.at(i) + u':').leftJustified(width + 1) + row.value(i)).trimmed() + u'\n';
    return text;
}

} // namespace

QString renderText(const Report &report)
{
    switch (report.shape) {
    case Report::Shape::List:
        return report.sections.isEmpty() ? QString() : renderTable(report.sections.constFirst());
    case Report::Shape::Record:
        return report.sections.isEmpty() ? QString() : renderRecord(report.sections.constFirst());
    case Report::Shape::Listing: {
        QStringList parts;
        for (const Section &section : report.sections)
            parts.append(section.title + u'\n' + renderTable(section));
        return parts.join(u'\n');
    }
    }
    return {};
}

QByteArray renderJson(const Report &report)
{
    QJsonDocument document;
    switch (report.shape) {
    case Report::Shape::List:
        document.setArray(report.sections.isEmpty() ? QJsonArray() : report.sections.constFirst().records);
        break;
    case Report::Shape::Record:
        document.setObject(report.sections.isEmpty() || report.sections.constFirst().records.isEmpty()
                               ? QJsonObject()
                               : report.sections.constFirst().records.first().toObject());
        break;
    case Report::Shape::Listing: {
        QJsonObject object = report.extra;
        for (const Section &section : report.sections)
            object.insert(section.key, section.records);
        document.setObject(object);
        break;
    }
    }
    return document.toJson(QJsonDocument::Indented);
}

} // namespace re::cli
