#include "documentformats.h"

#include "content.h"
#include "detrandom.h"
#include "wordpools.h"
#include "zipwriter.h"

#include <QBuffer>
#include <QStringList>

#include <zlib.h>

namespace vb365emu {
using namespace Qt::StringLiterals;

namespace {

quint64 versionKey(const DocumentContentSpec &spec)
{
    return entityKey(spec.key, "document-version", {quint64(spec.version)});
}

QStringList paragraphs(const DocumentContentSpec &spec, int minimum, int maximum)
{
    DetRandom random(versionKey(spec));
    QStringList lines;
    const qint64 count = random.between(minimum, maximum);
    for (qint64 i = 0; i < count; ++i)
        lines << random.pick(pools::sentences());
    return lines;
}

QString versionLine(const DocumentContentSpec &spec)
{
    return u"Version %1.0 by %2, %3"_s.arg(spec.version).arg(spec.author, spec.modified.toString(Qt::ISODate));
}

QByteArray textFile(const DocumentContentSpec &spec)
{
    QStringList lines{spec.title, QString(spec.title.size(), QLatin1Char('=')), QString()};
    lines << paragraphs(spec, 3, 12) << QString() << versionLine(spec) << QString();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

QByteArray markdownFile(const DocumentContentSpec &spec)
{
    QStringList lines{u"# "_s + spec.title, QString()};
    for (const QString &line : paragraphs(spec, 3, 8))
        lines << u"- "_s + line;
    lines << QString() << u"_"_s + versionLine(spec) + u"_"_s << QString();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

QByteArray csvFile(const DocumentContentSpec &spec)
{
    DetRandom random(versionKey(spec));
    QStringList lines{u"Name,Project,Amount"_s};
    const qint64 rows = random.between(5, 25);
    for (qint64 i = 0; i < rows; ++i) {
        lines << u"%1 %2,%3,%4.%5"_s.arg(random.pick(pools::firstNames()), random.pick(pools::lastNames()),
                                          random.pick(pools::projectNames()))
                     .arg(random.between(10, 99999))
                     .arg(random.between(0, 99), 2, 10, QLatin1Char('0'));
    }
    lines << QString();
    return lines.join(u"\r\n"_s).toUtf8();
}

// --- PNG: a small gradient with a seeded colour, stored RGB 8-bit, one zlib stream (a real, valid image).
void appendBigEndian32(QByteArray &out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char(quint8(value >> shift)));
}

void appendPngChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    appendBigEndian32(out, quint32(data.size()));
    QByteArray typed(type, 4);
    typed.append(data);
    out.append(typed);
    appendBigEndian32(out, quint32(crc32(0, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size()))));
}

QByteArray pngFile(const DocumentContentSpec &spec)
{
    DetRandom random(versionKey(spec));
    const int width = int(random.between(24, 64));
    const int height = int(random.between(24, 64));
    const quint8 red = quint8(random.next());
    const quint8 green = quint8(random.next());
    const quint8 blue = quint8(random.next());
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append(char(0)); // filter type None
        for (int x = 0; x < width; ++x) {
            raw.append(char(quint8(red + x * 4)));
            raw.append(char(quint8(green + y * 4)));
            raw.append(char(quint8(blue ^ quint8(x * y))));
        }
    }
    uLongf compressedSize = compressBound(uLong(raw.size()));
    QByteArray compressed(qsizetype(compressedSize), Qt::Uninitialized);
    compress2(reinterpret_cast<Bytef *>(compressed.data()), &compressedSize,
              reinterpret_cast<const Bytef *>(raw.constData()), uLong(raw.size()), 9);
    compressed.truncate(qsizetype(compressedSize));

    QByteArray header;
    appendBigEndian32(header, quint32(width));
    appendBigEndian32(header, quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type RGB
    header.append(3, char(0)); // compression, filter, interlace

    QByteArray png = QByteArray::fromHex("89504e470d0a1a0a");
    appendPngChunk(png, "IHDR", header);
    appendPngChunk(png, "IDAT", compressed);
    appendPngChunk(png, "IEND", {});
    return png;
}

// --- Office Open XML: the minimal parts Word/Excel/LibreOffice need to open the package.
QByteArray xmlPart(const QString &body)
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"_s + body).toUtf8();
}

QByteArray officePackage(const DocumentContentSpec &spec, const QList<std::pair<QString, QByteArray>> &parts)
{
    QBuffer buffer;
    ZipWriter zip(&buffer, false);
    bool ok = zip.open();
    for (const auto &[name, data] : parts)
        ok = ok && zip.add(name, data, spec.modified);
    ok = ok && zip.close();
    // Writing into a QBuffer cannot fail short of running out of memory.
    Q_ASSERT(ok);
    return buffer.data();
}

QByteArray docxFile(const DocumentContentSpec &spec)
{
    QString body;
    body += u"<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>%1</w:t></w:r></w:p>"_s.arg(
        spec.title.toHtmlEscaped());
    for (const QString &line : paragraphs(spec, 3, 10))
        body += u"<w:p><w:r><w:t>%1</w:t></w:r></w:p>"_s.arg(line.toHtmlEscaped());
    body += u"<w:p><w:r><w:t>%1</w:t></w:r></w:p>"_s.arg(versionLine(spec).toHtmlEscaped());
    return officePackage(
        spec,
        {{u"[Content_Types].xml"_s,
          xmlPart(u"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  "<Override PartName=\"/word/document.xml\" "
                  "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                  "</Types>"_s)},
         {u"_rels/.rels"_s,
          xmlPart(u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" "
                  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                  "Target=\"word/document.xml\"/></Relationships>"_s)},
         {u"word/document.xml"_s,
          xmlPart(u"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  "<w:body>%1</w:body></w:document>"_s.arg(body))}});
}

QByteArray xlsxFile(const DocumentContentSpec &spec)
{
    DetRandom random(versionKey(spec));
    auto cell = [](const QString &ref, const QString &text) {
        return u"<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>"_s.arg(ref, text.toHtmlEscaped());
    };
    QString rows = u"<row r=\"1\">%1%2</row>"_s.arg(cell(u"A1"_s, spec.title), cell(u"B1"_s, versionLine(spec)));
    const qint64 count = random.between(4, 20);
    for (qint64 r = 2; r < count + 2; ++r) {
        rows += u"<row r=\"%1\">%2<c r=\"B%1\"><v>%3</v></c></row>"_s.arg(r)
                    .arg(cell(u"A%1"_s.arg(r), random.pick(pools::projectNames())))
                    .arg(random.between(1, 100000));
    }
    return officePackage(
        spec,
        {{u"[Content_Types].xml"_s,
          xmlPart(u"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  "<Override PartName=\"/xl/workbook.xml\" "
                  "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                  "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
                  "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                  "</Types>"_s)},
         {u"_rels/.rels"_s,
          xmlPart(u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" "
                  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                  "Target=\"xl/workbook.xml\"/></Relationships>"_s)},
         {u"xl/workbook.xml"_s,
          xmlPart(u"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                  "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"_s)},
         {u"xl/_rels/workbook.xml.rels"_s,
          xmlPart(u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" "
                  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                  "Target=\"worksheets/sheet1.xml\"/></Relationships>"_s)},
         {u"xl/worksheets/sheet1.xml"_s,
          xmlPart(u"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  "<sheetData>%1</sheetData></worksheet>"_s.arg(rows))}});
}

// --- PDF 1.4 with one page of Helvetica text and a correct cross-reference table.
QByteArray pdfEscaped(const QString &text)
{
    // Standard 14 fonts use WinAnsi-like Latin-1 here; parentheses and backslashes must be escaped.
    QByteArray latin = text.toLatin1();
    latin.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return latin;
}

QByteArray pdfFile(const DocumentContentSpec &spec)
{
    QByteArray stream = "BT /F1 18 Tf 72 760 Td (" + pdfEscaped(spec.title) + ") Tj ET\n";
    int y = 730;
    for (const QString &line : paragraphs(spec, 3, 10)) {
        stream += "BT /F1 11 Tf 72 " + QByteArray::number(y) + " Td (" + pdfEscaped(line) + ") Tj ET\n";
        y -= 16;
    }
    stream += "BT /F1 9 Tf 72 " + QByteArray::number(y - 10) + " Td (" + pdfEscaped(versionLine(spec)) + ") Tj ET\n";

    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

QString extensionOf(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Text: return u"txt"_s;
    case DocumentFormat::Markdown: return u"md"_s;
    case DocumentFormat::Csv: return u"csv"_s;
    case DocumentFormat::Png: return u"png"_s;
    case DocumentFormat::Docx: return u"docx"_s;
    case DocumentFormat::Xlsx: return u"xlsx"_s;
    case DocumentFormat::Pdf: return u"pdf"_s;
    case DocumentFormat::Video: return u"mp4"_s;
    }
    return u"bin"_s;
}

QByteArray smallDocumentBytes(const DocumentContentSpec &spec)
{
    switch (spec.format) {
    case DocumentFormat::Text: return textFile(spec);
    case DocumentFormat::Markdown: return markdownFile(spec);
    case DocumentFormat::Csv: return csvFile(spec);
    case DocumentFormat::Png: return pngFile(spec);
    case DocumentFormat::Docx: return docxFile(spec);
    case DocumentFormat::Xlsx: return xlsxFile(spec);
    case DocumentFormat::Pdf: return pdfFile(spec);
    case DocumentFormat::Video: break;
    }
    return {};
}

std::unique_ptr<QIODevice> openDocumentContent(const DocumentContentSpec &spec)
{
    if (spec.format == DocumentFormat::Video)
        return std::make_unique<GeneratedBytesDevice>(versionKey(spec), spec.binarySize);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(smallDocumentBytes(spec));
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

qint64 documentContentSize(const DocumentContentSpec &spec)
{
    if (spec.format == DocumentFormat::Video)
        return spec.binarySize;
    return smallDocumentBytes(spec).size();
}

} // namespace vb365emu
