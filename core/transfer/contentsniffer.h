#pragma once

#include <QByteArrayView>
#include <QString>

namespace re {

// What a downloaded file really is, decided from its first bytes (api-reference.md §11): the payload
// of a save/export depends on options and data (PST or a ZIP of PST parts, a file or a ZIP), so the
// extension follows the content, not the request.
enum class SniffedKind {
    Unknown,     // none of the containers below: keep the server's or caller's name
    Zip,         // "PK\x03\x04" (also an empty archive "PK\x05\x06")
    Pst,         // "!BDN"
    OleCompound, // D0 CF 11 E0 A1 B1 1A E1: an Outlook .msg (or .doc/.xls, which share the format)
};

// How many leading bytes sniffKind() looks at.
inline constexpr qsizetype kSniffBytes = 8;

SniffedKind sniffKind(QByteArrayView head);

// The extension (without dot) used when the name has none that fits the content: zip, pst, msg.
QString defaultExtension(SniffedKind kind);

// Gives `fileName` an extension that matches the content:
//  - an extension that already fits (report.docx for a ZIP, budget.xls for OLE) is kept;
//  - a nominal download extension that does not (Mailbox.pst for a ZIP of PST parts) is replaced;
//  - any other extension gets the right one appended (photo.jpg saved as ZIP → photo.jpg.zip);
//  - Unknown content keeps the name as it is.
QString withExtensionFor(const QString &fileName, SniffedKind kind);

} // namespace re
