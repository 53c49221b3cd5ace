#include "cli/report.h"
#include "qt_printers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace re::cli;
using namespace Qt::StringLiterals;

namespace {

Section twoRows()
{
    Section section;
    section.key = u"documents"_s;
    section.title = u"Documents"_s;
    section.columns = {u"Name"_s, u"Size"_s, u"Note"_s};
    section.rightAligned = {1};
    section.addRow({u"a.txt"_s, u"5 bytes"_s, u""_s}, {{u"name"_s, u"a.txt"_s}, {u"sizeBytes"_s, 5}});
    section.addRow({u"longer name.docx"_s, u"1.1 KiB"_s, u"x"_s}, {{u"name"_s, u"longer name.docx"_s}, {u"sizeBytes"_s, 1126}});
    return section;
}

} // namespace

TEST(CliReport, tablesAlignColumnsAndTrimLineEnds)
{
    EXPECT_EQ(renderText(Report::list(twoRows())),
              u"Name                 Size  Note\n"
              u"a.txt             5 bytes\n"
              u"longer name.docx  1.1 KiB  x\n"_s);
}

TEST(CliReport, emptyTablesSayNone)
{
    Section section;
    section.columns = {u"Name"_s};
    EXPECT_EQ(renderText(Report::list(section)), u"Name\n(none)\n"_s);
}

TEST(CliReport, recordsPrintOneFieldPerLine)
{
    Section section;
    section.columns = {u"Id"_s, u"Ended"_s};
    section.addRow({u"42"_s, u""_s}, {{u"id"_s, u"42"_s}});
    EXPECT_EQ(renderText(Report::record(section)), u"Id:    42\nEnded:\n"_s);
    EXPECT_EQ(QJsonDocument::fromJson(renderJson(Report::record(section))).object(), QJsonObject({{u"id"_s, u"42"_s}}));
}

TEST(CliReport, jsonShapes)
{
    const QJsonDocument list = QJsonDocument::fromJson(renderJson(Report::list(twoRows())));
    ASSERT_TRUE(list.isArray());
    EXPECT_EQ(list.array().size(), 2);
    EXPECT_EQ(list.array().at(1).toObject().value(u"sizeBytes"_s).toInteger(), 1126);

    Section folders;
    folders.key = u"folders"_s;
    folders.title = u"Folders"_s;
    folders.columns = {u"Name"_s};
    const Report listing = Report::listing({folders, twoRows()}, {{u"session"_s, u"s1"_s}});
    const QJsonObject object = QJsonDocument::fromJson(renderJson(listing)).object();
    EXPECT_EQ(object.value(u"session"_s).toString(), u"s1"_s);
    EXPECT_TRUE(object.value(u"folders"_s).toArray().isEmpty());
    EXPECT_EQ(object.value(u"documents"_s).toArray().size(), 2);
    EXPECT_EQ(renderText(listing), u"Folders\nName\n(none)\n\nDocuments\n"_s + renderText(Report::list(twoRows())));
}
