#include "transfer/filenames.h"

#include <QChar>
#include <QStringList>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace re {

namespace {

bool isWindowsForbidden(QChar c)
{
    switch (c.unicode()) {
    case u'<': case u'>': case u':': case u'"': case u'/': case u'\\': case u'|': case u'?': case u'*':
        return true;
    default:
        return false;
    }
}

bool isInvisible(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Other_NotAssigned || category == QChar::Other_Surrogate
        || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

// Per code point, so a surrogate pair is kept or dropped as a whole.
QString replaceUnsafeCharacters(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (char32_t c : name.toUcs4()) {
        if (isInvisible(c))
            continue;
        if (c < 0x10000 && isWindowsForbidden(QChar(static_cast<char16_t>(c))))
            out += u'_';
        else if (QChar::isSpace(c))
            out += u' '; // tabs, no-break spaces and the like: one plain space
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString collapseDotRuns(QString name)
{
    qsizetype i = 0;
    while ((i = name.indexOf(u".."_s, i)) >= 0)
        name.remove(i, 1);
    return name;
}

QString trimmedOf(QString name, QStringView leading, QStringView trailing)
{
    qsizetype begin = 0;
    while (begin < name.size() && leading.contains(name.at(begin)))
        ++begin;
    qsizetype end = name.size();
    while (end > begin && trailing.contains(name.at(end - 1)))
        --end;
    return name.mid(begin, end - begin);
}

bool isReservedDeviceName(QStringView name)
{
    static constexpr std::array<QStringView, 4> kPlain = {u"CON", u"PRN", u"AUX", u"NUL"};
    // Windows takes the part before the first dot, ignoring trailing spaces: "con .txt" is CON.
    QStringView base = name.left(name.indexOf(u'.') < 0 ? name.size() : name.indexOf(u'.'));
    base = base.trimmed();
    for (QStringView reserved : kPlain) {
        if (base.compare(reserved, Qt::CaseInsensitive) == 0)
            return true;
    }
    if (base.size() == 4
        && (base.left(3).compare(u"COM", Qt::CaseInsensitive) == 0
            || base.left(3).compare(u"LPT", Qt::CaseInsensitive) == 0)) {
        const QChar digit = base.at(3);
        // COM0/LPT0 are not devices; the superscripts ¹²³ are (Windows treats them as digits).
        return (digit >= u'1' && digit <= u'9') || digit == u'\u00B9' || digit == u'\u00B2'
            || digit == u'\u00B3';
    }
    return false;
}

// Index of the extension's dot, or -1: a leading dot is not an extension, nor is an overlong tail.
qsizetype extensionDot(QStringView name)
{
    constexpr qsizetype kMaxExtensionChars = 16;
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || name.size() - dot > kMaxExtensionChars + 1)
        return -1;
    return dot;
}

// Longest prefix of text with at most maxBytes of UTF-8, never splitting a surrogate pair.
QString utf8Prefix(QStringView text, qsizetype maxBytes)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate();
        const qsizetype units = pair ? 2 : 1;
        const qsizetype charBytes = text.mid(i, units).toUtf8().size();
        if (bytes + charBytes > maxBytes)
            break;
        bytes += charBytes;
        i += units;
    }
    return text.left(i).toString();
}

QString fitToBytes(const QString &name, qsizetype maxBytes)
{
    if (name.toUtf8().size() <= maxBytes)
        return name;
    const qsizetype dot = extensionDot(name);
    const QString extension = dot < 0 ? QString() : name.mid(dot);
    const qsizetype extensionBytes = extension.toUtf8().size();
    if (extensionBytes >= maxBytes / 2) // a pathological "extension": cut the whole name instead
        return trimmedOf(utf8Prefix(name, maxBytes), {}, u". "); // the cut may end on a dot or space
    QString stem = utf8Prefix(QStringView(name).left(dot < 0 ? name.size() : dot),
                              maxBytes - extensionBytes);
    // The cut may leave a trailing dot or space the cleaning step had removed.
    stem = trimmedOf(stem, {}, u". ");
    return stem + extension;
}

QString sanitizeOnce(QStringView name, qsizetype maxBytes)
{
    QString clean = replaceUnsafeCharacters(name).normalized(QString::NormalizationForm_C);
    clean = collapseDotRuns(clean);
    clean = trimmedOf(clean, u". ", u". ");
    if (clean.isEmpty())
        return clean;
    if (isReservedDeviceName(clean))
        clean.prepend(u'_');
    clean = fitToBytes(clean, maxBytes);
    // Cutting can make a device name ("CON      x.txt" → "CON.txt"); a leading '_' can never be one.
    if (isReservedDeviceName(clean))
        clean = fitToBytes(u'_' + clean, maxBytes);
    return clean;
}

} // namespace

QString sanitizeFileName(QStringView name, QStringView fallback, qsizetype maxUtf8Bytes)
{
    const qsizetype maxBytes = qMax<qsizetype>(maxUtf8Bytes, 16);
    QString clean = sanitizeOnce(name, maxBytes);
    if (clean.isEmpty())
        clean = sanitizeOnce(fallback, maxBytes);
    if (clean.isEmpty())
        clean = u"download"_s;
    return clean;
}

QString numberedFileName(const QString &fileName, int n)
{
    if (n <= 0)
        return fileName;
    const qsizetype dot = extensionDot(fileName);
    const QString suffix = u" (%1)"_s.arg(n);
    if (dot < 0)
        return fileName + suffix;
    return fileName.left(dot) + suffix + fileName.mid(dot);
}

namespace {

// Reads a quoted-string (RFC 7230) starting at the opening quote; returns its unescaped content.
QByteArray readQuoted(QByteArrayView text, qsizetype &pos)
{
    QByteArray value;
    ++pos; // opening quote
    while (pos < text.size() && text.at(pos) != '"') {
        if (text.at(pos) == '\\' && pos + 1 < text.size())
            ++pos;
        value += text.at(pos);
        ++pos;
    }
    ++pos; // closing quote
    return value;
}

QString decodeBytes(const QByteArray &bytes, QByteArrayView charset)
{
    if (charset.compare("iso-8859-1", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(bytes);
    return QString::fromUtf8(bytes);
}

// filename*=UTF-8'lang'%E2%82%AC.zip
QString decodeExtendedValue(const QByteArray &value)
{
    const qsizetype firstQuote = value.indexOf('\'');
    const qsizetype secondQuote = firstQuote < 0 ? -1 : value.indexOf('\'', firstQuote + 1);
    if (secondQuote < 0)
        return {};
    const QByteArray charset = value.left(firstQuote).trimmed();
    return decodeBytes(QByteArray::fromPercentEncoding(value.mid(secondQuote + 1)), charset);
}

} // namespace

QString fileNameFromContentDisposition(QByteArrayView headerValue)
{
    QString plain;
    QString extended;
    qsizetype pos = 0;
    const qsizetype size = headerValue.size();
    while (pos < size) {
        // parameter name up to '=' or ';'
        const qsizetype nameStart = pos;
        while (pos < size && headerValue.at(pos) != '=' && headerValue.at(pos) != ';')
            ++pos;
        const QByteArray parameter = headerValue.sliced(nameStart, pos - nameStart).toByteArray().trimmed();
        if (pos >= size || headerValue.at(pos) == ';') {
            ++pos; // a bare token such as "attachment"
            continue;
        }
        ++pos; // '='
        while (pos < size && headerValue.at(pos) == ' ')
            ++pos;
        QByteArray value;
        if (pos < size && headerValue.at(pos) == '"') {
            value = readQuoted(headerValue, pos);
        } else {
            const qsizetype valueStart = pos;
            while (pos < size && headerValue.at(pos) != ';')
                ++pos;
            value = headerValue.sliced(valueStart, pos - valueStart).toByteArray().trimmed();
        }
        while (pos < size && headerValue.at(pos) != ';')
            ++pos;
        ++pos; // ';'
        if (parameter.compare("filename*", Qt::CaseInsensitive) == 0)
            extended = decodeExtendedValue(value);
        else if (parameter.compare("filename", Qt::CaseInsensitive) == 0)
            plain = QString::fromUtf8(value); // servers send raw UTF-8 more often than Latin-1
    }
    return extended.isEmpty() ? plain : extended;
}

bool isAsciiFallbackOf(QStringView served, QStringView original)
{
    if (served.size() != original.size())
        return false;
    bool replaced = false;
    for (qsizetype i = 0; i < original.size(); ++i) {
        const char16_t c = original.at(i).unicode();
        if (c >= 0x20 && c < 0x7f && c != u'"') {
            if (served.at(i) != original.at(i))
                return false;
        } else if (served.at(i) != u'_') {
            return false;
        } else {
            replaced = true;
        }
    }
    return replaced;
}

} // namespace re
