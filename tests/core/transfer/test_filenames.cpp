#include "transfer/contentsniffer.h"
#include "transfer/filenames.h"
#include "transfer/ratemeter.h"

#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace re {
namespace {

// Properties every sanitised name has, whatever the input.
void expectSafe(const QString &name)
{
    EXPECT_FALSE(name.isEmpty());
    EXPECT_LE(name.toUtf8().size(), kMaxFileNameBytes) << name.toStdString();
    EXPECT_FALSE(name.contains(u'/')) << name.toStdString();
    EXPECT_FALSE(name.contains(u'\\')) << name.toStdString();
    EXPECT_FALSE(name.contains(u".."_s)) << name.toStdString();
    EXPECT_FALSE(name.startsWith(u'.')) << name.toStdString();
    EXPECT_FALSE(name.endsWith(u'.') || name.endsWith(u' ')) << name.toStdString();
    for (QChar c : name) {
        EXPECT_FALSE(c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            << "U+" << std::hex << int(c.unicode());
        EXPECT_FALSE(QStringView(u"<>:\"|?*").contains(c)) << name.toStdString();
    }
}

TEST(SanitizeFileName, KeepsOrdinaryNames)
{
    EXPECT_EQ(sanitizeFileName(u"Quarterly report 2024.xlsx"), u"Quarterly report 2024.xlsx"_s);
    EXPECT_EQ(sanitizeFileName(u"Müller, Jürgen – Posteingang.pst"), u"Müller, Jürgen – Posteingang.pst"_s);
    EXPECT_EQ(sanitizeFileName(u"v1.2.3.zip"), u"v1.2.3.zip"_s);
}

TEST(SanitizeFileName, PathTraversalCannotLeaveTheFolder)
{
    for (const QString &hostile : {u"../../etc/passwd"_s, u"..\\..\\Windows\\system32\\x.dll"_s,
                                   u"/etc/shadow"_s, u"a/../../b.zip"_s, u".."_s, u"."_s,
                                   u"C:\\evil.exe"_s, u"....//....//x"_s}) {
        const QString clean = sanitizeFileName(hostile);
        SCOPED_TRACE(hostile.toStdString());
        expectSafe(clean);
    }
    EXPECT_EQ(sanitizeFileName(u"../../etc/passwd"), u"_._etc_passwd"_s);
    EXPECT_EQ(sanitizeFileName(u".."), u"download"_s);
}

TEST(SanitizeFileName, DropsControlAndInvisibleFormatCharacters)
{
    EXPECT_EQ(sanitizeFileName(u"bad\nname\t\x01.zip"), u"badname.zip"_s);
    // U+202E RIGHT-TO-LEFT OVERRIDE would show "photo\u202Egpj.exe" as "photoexe.jpg".
    EXPECT_EQ(sanitizeFileName(u"photo\u202Egpj.exe"), u"photogpj.exe"_s);
    EXPECT_EQ(sanitizeFileName(u"zero\u200Bwidth.txt"), u"zerowidth.txt"_s);
    const QString withNul = u"\x7F\x1B[31mred"_s + QChar(u'\0') + u".txt"_s;
    EXPECT_EQ(sanitizeFileName(withNul), u"[31mred.txt"_s);
}

TEST(SanitizeFileName, ReplacesCharactersWindowsRefuses)
{
    EXPECT_EQ(sanitizeFileName(u"Re: what? <urgent> \"now\" a|b*c.msg"),
              u"Re_ what_ _urgent_ _now_ a_b_c.msg"_s);
}

TEST(SanitizeFileName, StripsLeadingAndTrailingDotsAndSpaces)
{
    EXPECT_EQ(sanitizeFileName(u"  .hidden.zip . . "), u"hidden.zip"_s);
    EXPECT_EQ(sanitizeFileName(u"name..."), u"name"_s);
}

TEST(SanitizeFileName, PrefixesWindowsDeviceNames)
{
    EXPECT_EQ(sanitizeFileName(u"CON"), u"_CON"_s);
    EXPECT_EQ(sanitizeFileName(u"con.txt"), u"_con.txt"_s);
    EXPECT_EQ(sanitizeFileName(u"Nul.tar.gz"), u"_Nul.tar.gz"_s);
    EXPECT_EQ(sanitizeFileName(u"lpt9.zip"), u"_lpt9.zip"_s);
    EXPECT_EQ(sanitizeFileName(u"COM1"), u"_COM1"_s);
    EXPECT_EQ(sanitizeFileName(u"com\u00B9.txt"), u"_com\u00B9.txt"_s);
    EXPECT_EQ(sanitizeFileName(u"COM0.txt"), u"COM0.txt"_s);   // not a device
    EXPECT_EQ(sanitizeFileName(u"CONSOLE.txt"), u"CONSOLE.txt"_s); // not a device
    EXPECT_EQ(sanitizeFileName(u"aux .txt"), u"_aux .txt"_s);
}

TEST(SanitizeFileName, LimitsToTwoHundredFiftyFiveBytesKeepingTheExtension)
{
    const QString longName = QString(300, u'é') + u".zip"_s; // 2 bytes each in UTF-8
    const QString clean = sanitizeFileName(longName);
    EXPECT_LE(clean.toUtf8().size(), 255);
    EXPECT_GE(clean.toUtf8().size(), 250);
    EXPECT_TRUE(clean.endsWith(u".zip"_s));

    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += u"\U0001F600"_s; // 4 bytes, a surrogate pair in UTF-16
    const QString cut = sanitizeFileName(emoji + u".pst"_s, {}, 50);
    EXPECT_LE(cut.toUtf8().size(), 50);
    EXPECT_TRUE(cut.endsWith(u".pst"_s));
    EXPECT_EQ(QString::fromUtf8(cut.toUtf8()), cut); // no broken surrogate
    for (qsizetype i = 0; i + 4 < cut.size(); i += 2)
        EXPECT_TRUE(cut.at(i).isHighSurrogate());
}

TEST(SanitizeFileName, NeverEmpty)
{
    EXPECT_EQ(sanitizeFileName(u""), u"download"_s);
    EXPECT_EQ(sanitizeFileName(u"   "), u"download"_s);
    EXPECT_EQ(sanitizeFileName(u"\x01\x02", u"Mailbox.pst"), u"Mailbox.pst"_s);
    EXPECT_EQ(sanitizeFileName(u"...", u" . "), u"download"_s);
    expectSafe(sanitizeFileName(u"../..")); // "_": odd, but harmless
}

TEST(NumberedFileName, InsertsTheNumberBeforeTheExtension)
{
    EXPECT_EQ(numberedFileName(u"a.zip"_s, 0), u"a.zip"_s);
    EXPECT_EQ(numberedFileName(u"a.zip"_s, 1), u"a (1).zip"_s);
    EXPECT_EQ(numberedFileName(u"archive"_s, 2), u"archive (2)"_s);
    EXPECT_EQ(numberedFileName(u"x.tar.gz"_s, 3), u"x.tar (3).gz"_s);
}

TEST(ContentDisposition, ReadsQuotedTokenAndExtendedForms)
{
    EXPECT_EQ(fileNameFromContentDisposition("attachment; filename=\"Mail box.pst\""), u"Mail box.pst"_s);
    EXPECT_EQ(fileNameFromContentDisposition("attachment; filename=plain.zip"), u"plain.zip"_s);
    EXPECT_EQ(fileNameFromContentDisposition("attachment;filename=\"a\\\"b;c.zip\"; size=3"), u"a\"b;c.zip"_s);
    EXPECT_EQ(fileNameFromContentDisposition(
                  "attachment; filename=\"fallback.zip\"; filename*=UTF-8''%E2%82%AC%20rates.zip"),
              u"€ rates.zip"_s);
    EXPECT_EQ(fileNameFromContentDisposition("attachment; FILENAME*=iso-8859-1'de'M%FCller.msg"),
              u"Müller.msg"_s);
    EXPECT_EQ(fileNameFromContentDisposition("attachment"), QString());
    EXPECT_EQ(fileNameFromContentDisposition(""), QString());
    EXPECT_EQ(fileNameFromContentDisposition("attachment; filename=\"unterminated"), u"unterminated"_s);
}

TEST(AsciiFallback, RecognisesTheUnderscoredRenderingOfTheOriginal)
{
    EXPECT_TRUE(isAsciiFallbackOf(u"R_sum_.docx", u"Résumé.docx"));
    EXPECT_TRUE(isAsciiFallbackOf(u"_ber uns.pdf", u"Über uns.pdf"));
    EXPECT_FALSE(isAsciiFallbackOf(u"Resume.docx", u"Résumé.docx"));    // a different name
    EXPECT_FALSE(isAsciiFallbackOf(u"report.docx", u"report.docx"));    // nothing was replaced
    EXPECT_FALSE(isAsciiFallbackOf(u"Mailbox.zip", u"Mailbox.pst"));    // the server knows better
    EXPECT_FALSE(isAsciiFallbackOf(u"a_b.txt", u"a_b.txt"));
    EXPECT_FALSE(isAsciiFallbackOf(u"R_sum_.docx", u"R_sum_.docx.zip"));
}

TEST(SniffKind, RecognisesTheThreeContainers)
{
    EXPECT_EQ(sniffKind(QByteArrayView("PK\x03\x04\x14\x00\x00\x00", 8)), SniffedKind::Zip);
    EXPECT_EQ(sniffKind(QByteArrayView("PK\x05\x06", 4)), SniffedKind::Zip);
    EXPECT_EQ(sniffKind("!BDN\x01\x02\x03\x04"), SniffedKind::Pst);
    EXPECT_EQ(sniffKind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), SniffedKind::OleCompound);
    EXPECT_EQ(sniffKind("\xD0\xCF\x11\xE0"), SniffedKind::Unknown); // too short to be sure
    EXPECT_EQ(sniffKind("%PDF-1.7"), SniffedKind::Unknown);
    EXPECT_EQ(sniffKind(""), SniffedKind::Unknown);
    EXPECT_EQ(sniffKind("PK"), SniffedKind::Unknown);
}

TEST(WithExtensionFor, FollowsTheContent)
{
    EXPECT_EQ(withExtensionFor(u"Mailbox.pst"_s, SniffedKind::Pst), u"Mailbox.pst"_s);
    EXPECT_EQ(withExtensionFor(u"Mailbox.pst"_s, SniffedKind::Zip), u"Mailbox.zip"_s); // PST parts
    EXPECT_EQ(withExtensionFor(u"Documents"_s, SniffedKind::Zip), u"Documents.zip"_s);
    EXPECT_EQ(withExtensionFor(u"report.docx"_s, SniffedKind::Zip), u"report.docx"_s);
    EXPECT_EQ(withExtensionFor(u"budget.XLS"_s, SniffedKind::OleCompound), u"budget.XLS"_s);
    EXPECT_EQ(withExtensionFor(u"photo.jpg"_s, SniffedKind::Zip), u"photo.jpg.zip"_s);
    EXPECT_EQ(withExtensionFor(u"Hello.zip"_s, SniffedKind::OleCompound), u"Hello.msg"_s);
    EXPECT_EQ(withExtensionFor(u"notes.txt"_s, SniffedKind::Unknown), u"notes.txt"_s);
}

TEST(RateMeter, AveragesOverTheWindowAndGivesAnEta)
{
    RateMeter meter(5000);
    EXPECT_EQ(meter.bytesPerSecond(), 0.0);
    EXPECT_FALSE(meter.secondsFor(100).has_value());
    meter.addSample(0, 0);
    meter.addSample(1000, 1000);
    EXPECT_DOUBLE_EQ(meter.bytesPerSecond(), 1000.0);
    EXPECT_EQ(meter.secondsFor(5000), 5);
    // A burst long ago falls out of the window.
    for (int t = 2000; t <= 20000; t += 1000)
        meter.addSample(t, 1000 + (t - 1000) / 1000 * 100);
    EXPECT_NEAR(meter.bytesPerSecond(), 100.0, 0.01);
    // Restart from zero clears old samples instead of producing a negative speed.
    meter.addSample(21000, 0);
    EXPECT_EQ(meter.bytesPerSecond(), 0.0);
}

} // namespace
} // namespace re

// Found by fuzz_filenames (docs/hardening.md): cutting a long name to the byte limit could make a
// Windows device name ("CON      x.txt" → "CON.txt") or end in a dot.
TEST(SanitizeFileName, CuttingNeverMakesADeviceNameOrATrailingDot)
{
    EXPECT_EQ(re::sanitizeFileName(u"CON                    x.txt", {}, 16), u"_CON.txt"_s);
    const QString cut = re::sanitizeFileName(u"abcdefghijklm. \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9.docx", {}, 16);
    EXPECT_FALSE(cut.endsWith(u'.') || cut.endsWith(u' ')) << cut.toStdString();
    EXPECT_LE(cut.toUtf8().size(), 16);
}
