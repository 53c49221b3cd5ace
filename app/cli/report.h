#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace re::cli {

// One table of a command's output: text cells for people, the same rows as JSON records (with ids
// and typed values) for --json.
struct Section
{
    QString key;   // JSON key when a report has several sections ("folders", "items", …)
    QString title; // heading above the table when a report has several sections
    QStringList columns;
    QList<int> rightAligned; // column indexes (numbers, sizes)
    QList<QStringList> rows;
    QJsonArray records;

    void addRow(QStringList cells, QJsonObject record)
    {
        rows.append(std::move(cells));
        records.append(std::move(record));
    }
};

// What a command prints, in a shape that decides both renderings:
//   List    — one table; JSON: the array of records
//   Record  — one row as "Column: value" lines; JSON: the record object
//   Listing — titled tables; JSON: {"<key>": [records], … } plus `extra` (e.g. the resolved path)
struct Report
{
    enum class Shape { List, Record, Listing };
    Shape shape = Shape::List;
    QList<Section> sections;
    QJsonObject extra;

    static Report list(Section section) { return {Shape::List, {std::move(section)}, {}}; }
    static Report record(Section section) { return {Shape::Record, {std::move(section)}, {}}; }
    static Report listing(QList<Section> sections, QJsonObject extra = {})
    {
        return {Shape::Listing, std::move(sections), std::move(extra)};
    }
};

// Human-readable text: aligned columns separated by two spaces, "(none)" for an empty table.
QString renderText(const Report &report);
// Indented JSON (UTF-8), ending in a newline.
QByteArray renderJson(const Report &report);

} // namespace re::cli
