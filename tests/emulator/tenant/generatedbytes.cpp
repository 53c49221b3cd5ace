// Hot path of large downloads: compiled with -O2 even in Debug builds (see CMakeLists.txt) so the 4 GiB
// document streams at memory speed.
#include "content.h"

#include "detrandom.h"

#include <QCryptographicHash>

#include <cstring>
#include <memory>
#include <mutex>

namespace vb365emu {
namespace {

constexpr qint64 blockBytes = 1024 * 1024;

// The 1 MiB pseudo-random block of one key. Shared by all devices and fill() calls of that key.
class PatternBlock
{
public:
    explicit PatternBlock(quint64 key) : m_key(key), m_bytes(size_t(blockBytes))
    {
        quint64 state = key;
        for (qint64 i = 0; i < blockBytes; i += 8) {
            const quint64 word = splitMix64(state);
            std::memcpy(m_bytes.data() + i, &word, 8);
        }
    }
    quint64 key() const { return m_key; }
    const quint8 *data() const { return m_bytes.data(); }

private:
    quint64 m_key;
    std::vector<quint8> m_bytes;
};

// Most recently used blocks (a download and a test comparing slices use one or two keys at a time).
std::shared_ptr<const PatternBlock> blockFor(quint64 key)
{
    static std::mutex mutex;
    static std::shared_ptr<const PatternBlock> recent[2];
    const std::lock_guard lock(mutex);
    for (const auto &block : recent) {
        if (block && block->key() == key)
            return block;
    }
    auto block = std::make_shared<const PatternBlock>(key);
    recent[1] = recent[0];
    recent[0] = block;
    return block;
}

// Each 1 MiB chunk of the stream is the block XORed with an 8-byte word of that chunk's number, so no two
// chunks are equal and a wrong offset shows up in every comparison.
quint64 chunkMask(quint64 key, qint64 chunk)
{
    quint64 state = key ^ (quint64(chunk) * 0xD1B54A32D192ED03ULL);
    return splitMix64(state);
}

void fillFrom(const PatternBlock &block, qint64 offset, char *out, qint64 length)
{
    while (length > 0) {
        const qint64 chunk = offset / blockBytes;
        qint64 within = offset % blockBytes;
        const qint64 run = std::min(length, blockBytes - within);
        const quint64 mask = chunkMask(block.key(), chunk);
        quint8 maskBytes[8];
        std::memcpy(maskBytes, &mask, 8);
        const quint8 *source = block.data();
        qint64 done = 0;
        for (; done < run && (within + done) % 8 != 0; ++done)
            out[done] = char(source[within + done] ^ maskBytes[(within + done) % 8]);
        for (; done + 8 <= run; done += 8) {
            quint64 word;
            std::memcpy(&word, source + within + done, 8);
            word ^= mask;
            std::memcpy(out + done, &word, 8);
        }
        for (; done < run; ++done)
            out[done] = char(source[within + done] ^ maskBytes[(within + done) % 8]);
        out += run;
        offset += run;
        length -= run;
    }
}

} // namespace

GeneratedBytesDevice::GeneratedBytesDevice(quint64 key, qint64 size, QObject *parent)
    : QIODevice(parent), m_key(key), m_size(std::max<qint64>(size, 0))
{
    QIODevice::open(QIODevice::ReadOnly);
}

qint64 GeneratedBytesDevice::size() const { return m_size; }

void GeneratedBytesDevice::fill(quint64 key, qint64 offset, char *out, qint64 length)
{
    fillFrom(*blockFor(key), offset, out, length);
}

qint64 GeneratedBytesDevice::readData(char *data, qint64 maxSize)
{
    const qint64 position = pos();
    const qint64 count = std::min(maxSize, m_size - position);
    if (count <= 0)
        return 0;
    fill(m_key, position, data, count);
    return count;
}

qint64 GeneratedBytesDevice::writeData(const char *, qint64)
{
    setErrorString(QStringLiteral("generated content is read-only"));
    return -1;
}

QByteArray sha256Of(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(int(blockBytes), Qt::Uninitialized);
    while (true) {
        const qint64 got = device.read(buffer.data(), buffer.size());
        if (got <= 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), got));
    }
    return hash.result();
}

} // namespace vb365emu
