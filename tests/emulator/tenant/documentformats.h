#pragma once

// Bytes of generated OneDrive documents: real small files (text, PNG, DOCX/XLSX as ZIP packages, PDF) and
// generated binary streams for big files. Deterministic for (key, version, title, author, time).

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>

#include <memory>

namespace vb365emu {

enum class DocumentFormat { Text, Markdown, Csv, Png, Docx, Xlsx, Pdf, Video };

QString extensionOf(DocumentFormat format); // without the dot

struct DocumentContentSpec
{
    DocumentFormat format = DocumentFormat::Text;
    quint64 key = 0;       // per document; the version is mixed in
    int version = 1;
    QString title;
    QString author;
    QDateTime modified;    // UTC
    qint64 binarySize = 0; // Video only: exact size of the generated stream
};

// Small formats are materialised; Video is a GeneratedBytesDevice. Open for reading, at position 0.
std::unique_ptr<QIODevice> openDocumentContent(const DocumentContentSpec &spec);
qint64 documentContentSize(const DocumentContentSpec &spec);
// Every format except Video: the complete file.
QByteArray smallDocumentBytes(const DocumentContentSpec &spec);

} // namespace vb365emu
