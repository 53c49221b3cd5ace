#include "ids.h"

#include "detrandom.h"

namespace vb365emu::ids {
namespace {

constexpr int guidPayloadBytes = 7;
constexpr int exchangeBlobBytes = 46;     // 46 % 3 == 1: base64 ends with "=="
constexpr int exchangeMarkerOffset = 3;   // 3-byte aligned, so the marker encodes to exactly "++//"
constexpr int exchangePayloadOffset = 6;
constexpr int exchangeCheckOffset = exchangePayloadOffset + 8;
constexpr quint8 exchangeMarker[3] = {0xFB, 0xEF, 0xFF};

// Keystream that hides the payload. It is keyed by the id's own check bytes as well, so ids of neighbouring
// entities share no visible pattern; the decoder reads those bytes first, so it still needs no index.
Payload payloadMask(quint64 seed, std::string_view tag, quint64 scope, quint64 checkBits)
{
    DetRandom random(seed, tag, {scope, 0x6D61736BULL, checkBits});
    const quint64 bits = random.next();
    Payload mask{};
    for (int i = 0; i < 8; ++i)
        mask[size_t(i)] = quint8(bits >> (8 * i));
    return mask;
}

quint64 bitsOf(const QByteArray &bytes, int from)
{
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(bytes.at(from + i));
    return bits;
}

// Check bytes: depend on everything including the payload, so a forged payload never verifies.
DetRandom checkStream(quint64 seed, std::string_view tag, quint64 scope, const Payload &payload)
{
    quint64 packed = 0;
    for (const quint8 byte : payload)
        packed = (packed << 8) | byte;
    return DetRandom(seed, tag, {scope, packed});
}

Payload masked(const Payload &payload, const Payload &mask)
{
    Payload result{};
    for (size_t i = 0; i < result.size(); ++i)
        result[i] = payload[i] ^ mask[i];
    return result;
}

QByteArray guidBytes(quint64 seed, std::string_view tag, quint64 scope, const Payload &payload)
{
    DetRandom check = checkStream(seed, tag, scope, payload);
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 a = check.next();
    const quint64 b = check.next();
    for (int i = 0; i < 9; ++i)
        bytes[i] = char(quint8((i < 8 ? a : b) >> (8 * (i % 8))));
    bytes[6] = char(0x40 | (quint8(bytes[6]) & 0x0F)); // version 4
    bytes[8] = char(0x80 | (quint8(bytes[8]) & 0x3F)); // RFC 4122 variant
    const Payload hidden = masked(payload, payloadMask(seed, tag, scope, bitsOf(bytes, 0)));
    for (int i = 0; i < guidPayloadBytes; ++i)
        bytes[9 + i] = char(hidden[size_t(i)]);
    return bytes;
}

QString formatGuid(const QByteArray &bytes)
{
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
                               + hex.mid(20, 12));
}

std::optional<QByteArray> parseGuid(const QString &text)
{
    if (text.size() != 36)
        return std::nullopt;
    QString hex = text;
    for (const int dash : {8, 13, 18, 23}) {
        if (text.at(dash) != QLatin1Char('-'))
            return std::nullopt;
    }
    hex.remove(QLatin1Char('-'));
    for (const QChar c : hex) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QByteArray exchangeBlob(quint64 seed, std::string_view tag, quint64 scope, const Payload &payload)
{
    DetRandom check = checkStream(seed, tag, scope, payload);
    QByteArray blob(exchangeBlobBytes, Qt::Uninitialized);
    // A constant header like real entry ids ("AAMk…"), then the marker, the hidden payload, check bytes.
    blob[0] = 0x00;
    blob[1] = 0x03;
    blob[2] = 0x24;
    for (int i = 0; i < 3; ++i)
        blob[exchangeMarkerOffset + i] = char(exchangeMarker[i]);
    for (int i = exchangePayloadOffset + 8; i < exchangeBlobBytes; ++i)
        blob[i] = char(quint8(check.next()));
    const Payload hidden = masked(payload, payloadMask(seed, tag, scope, bitsOf(blob, exchangeCheckOffset)));
    for (int i = 0; i < 8; ++i)
        blob[exchangePayloadOffset + i] = char(hidden[size_t(i)]);
    return blob;
}

} // namespace

void put32(Payload &payload, int at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        payload[size_t(at + i)] = quint8(value >> (8 * (3 - i)));
}

quint32 get32(const Payload &payload, int at)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | payload[size_t(at + i)];
    return value;
}

QString guid(quint64 seed, std::string_view tag, quint64 scope, const Payload &payload)
{
    Payload trimmed = payload;
    trimmed[guidPayloadBytes] = 0; // only 7 bytes fit
    return formatGuid(guidBytes(seed, tag, scope, trimmed));
}

std::optional<Payload> guidPayload(quint64 seed, std::string_view tag, quint64 scope, const QString &text)
{
    const std::optional<QByteArray> bytes = parseGuid(text);
    if (!bytes)
        return std::nullopt;
    const Payload mask = payloadMask(seed, tag, scope, bitsOf(*bytes, 0));
    Payload payload{};
    for (int i = 0; i < guidPayloadBytes; ++i)
        payload[size_t(i)] = quint8(bytes->at(9 + i)) ^ mask[size_t(i)];
    if (guidBytes(seed, tag, scope, payload) != *bytes)
        return std::nullopt;
    return payload;
}

QString exchangeId(quint64 seed, std::string_view tag, quint64 scope, const Payload &payload)
{
    return QString::fromLatin1(exchangeBlob(seed, tag, scope, payload).toBase64());
}

std::optional<Payload> exchangeIdPayload(quint64 seed, std::string_view tag, quint64 scope, const QString &text)
{
    const QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != exchangeBlobBytes)
        return std::nullopt;
    const Payload mask = payloadMask(seed, tag, scope, bitsOf(decoded.decoded, exchangeCheckOffset));
    Payload payload{};
    for (int i = 0; i < 8; ++i)
        payload[size_t(i)] = quint8(decoded.decoded.at(exchangePayloadOffset + i)) ^ mask[size_t(i)];
    // Regenerate and compare the text itself: rejects every other spelling of the same bytes.
    if (exchangeId(seed, tag, scope, payload) != text)
        return std::nullopt;
    return payload;
}

} // namespace vb365emu::ids
