// The download-name sanitiser against anything a server (or a Content-Disposition header) can send.
// Input: byte 0 picks the byte limit; the rest is "name\0fallback" (UTF-8) or, with the high bit of
// byte 0 set, a raw Content-Disposition header value. Every result must be a safe, non-empty name
// (filenames.h) — checked here, so a violation aborts like a crash.

#include "fuzz_support.h"

#include "transfer/filenames.h"

#include <QString>

namespace {

bool isDeviceName(const QString &name)
{
    static const QStringList plain{QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL")};
    const qsizetype dot = name.indexOf(u'.');
    const QString base = (dot < 0 ? name : name.left(dot)).trimmed().toUpper();
    if (plain.contains(base))
        return true;
    if (base.size() == 4 && (base.startsWith(QStringLiteral("COM")) || base.startsWith(QStringLiteral("LPT")))) {
        const QChar digit = base.at(3);
        return (digit >= u'1' && digit <= u'9') || digit == u'\u00B9' || digit == u'\u00B2' || digit == u'\u00B3';
    }
    return false;
}

void checkSafe(const QString &name, qsizetype maxBytes)
{
    RE_FUZZ_CHECK(!name.isEmpty());
    RE_FUZZ_CHECK(name.toUtf8().size() <= qMax<qsizetype>(maxBytes, 16));
    for (const QChar c : name) {
        RE_FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
        RE_FUZZ_CHECK(!QStringLiteral("<>:\"/\\|?*").contains(c));
    }
    RE_FUZZ_CHECK(!name.startsWith(u'.') && !name.startsWith(u' '));
    RE_FUZZ_CHECK(!name.endsWith(u'.') && !name.endsWith(u' '));
    RE_FUZZ_CHECK(!name.contains(QStringLiteral("..")));
    RE_FUZZ_CHECK(!isDeviceName(name));
    // A safe name stays as it is.
    RE_FUZZ_CHECK(re::sanitizeFileName(name, {}, maxBytes) == name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype maxBytes = 16 + (data[0] & 0x7f) * 2; // 16 … 270
    const QByteArray rest = re::fuzz::bytesOf(data + 1, size - 1);
    if (data[0] & 0x80) {
        const QString fromHeader = re::fileNameFromContentDisposition(rest);
        const QString safe = re::sanitizeFileName(fromHeader, QStringLiteral("download.bin"), maxBytes);
        checkSafe(safe, maxBytes);
        return 0;
    }
    const qsizetype zero = rest.indexOf('\0');
    const QString name = QString::fromUtf8(zero < 0 ? rest : rest.left(zero));
    const QString fallback = zero < 0 ? QString() : QString::fromUtf8(rest.mid(zero + 1));
    const QString safe = re::sanitizeFileName(name, fallback, maxBytes);
    checkSafe(safe, maxBytes);
    for (int n = 1; n <= 2; ++n) {
        const QString numbered = re::numberedFileName(safe, n);
        RE_FUZZ_CHECK(numbered.size() > safe.size());
        RE_FUZZ_CHECK(numbered.contains(QStringLiteral(" (%1)").arg(n)));
    }
    return 0;
}
