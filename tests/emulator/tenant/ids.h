#pragma once

// Id formats of the generated tenant. Every id carries the index path of its entity (hidden under a
// seed-derived key) plus check bytes, so a lookup decodes the path in O(1) and proves the id genuine by
// regenerating it — no id tables, whatever the tenant's size.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>
#include <string_view>

namespace vb365emu::ids {

// Up to 7 payload bytes travel inside a GUID, 8 inside an Exchange-style id.
using Payload = std::array<quint8, 8>;

// Lower-case GUID "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx" for (seed, tag, scope) carrying `payload` (7 bytes used).
QString guid(quint64 seed, std::string_view tag, quint64 scope, const Payload &payload);
// The payload of a GUID made by guid() with the same seed/tag/scope; nullopt for anything else.
std::optional<Payload> guidPayload(quint64 seed, std::string_view tag, quint64 scope, const QString &text);

// Exchange-style entry id: base64 of 46 bytes; always contains '+', '/' and ends with "==".
QString exchangeId(quint64 seed, std::string_view tag, quint64 scope, const Payload &payload);
std::optional<Payload> exchangeIdPayload(quint64 seed, std::string_view tag, quint64 scope, const QString &text);

// Payload helpers: a 32-bit number at byte `at` (big-endian) and single bytes.
void put32(Payload &payload, int at, quint32 value);
quint32 get32(const Payload &payload, int at);

} // namespace vb365emu::ids
