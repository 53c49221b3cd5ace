#include "zipwriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace vb365emu {
using namespace Qt::StringLiterals;

ZipWriter::ZipWriter(QIODevice *target, bool zip64)
    : m_target(target), m_zip64(zip64), m_zip(std::make_unique<QuaZip>(target))
{
    m_zip->setZip64Enabled(zip64);
    m_zip->setUtf8Enabled(true);
}

ZipWriter::~ZipWriter()
{
    if (m_zip->isOpen())
        m_zip->close();
}

bool ZipWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool ZipWriter::open()
{
    if (!m_zip->open(QuaZip::mdCreate))
        return fail(u"cannot create the ZIP archive (QuaZip error %1)"_s.arg(m_zip->getZipError()));
    return true;
}

namespace {

QuaZipNewInfo entryInfo(const QString &name, const QDateTime &time, qint64 size)
{
    QuaZipNewInfo info(name);
    // QuaZip stores the fields of the given QDateTime as DOS time: passing UTC keeps the bytes the same in
    // every time zone.
    info.dateTime = time.toUTC();
    info.uncompressedSize = ulong(size);
    info.externalAttr = 0644u << 16;    // -rw-r--r-- for unzip on Unix
    return info;
}

int zipMethod(ZipWriter::Compression compression)
{
    return compression == ZipWriter::Compression::Store ? 0 : Z_DEFLATED;
}

} // namespace

bool ZipWriter::add(const QString &name, const QByteArray &data, const QDateTime &time, Compression compression)
{
    QuaZipFile entry(m_zip.get());
    if (!entry.open(QIODevice::WriteOnly, entryInfo(name, time, data.size()), nullptr, 0, zipMethod(compression)))
        return fail(u"cannot add %1 to the ZIP archive (QuaZip error %2)"_s.arg(name).arg(entry.getZipError()));
    if (entry.write(data) != data.size())
        return fail(u"cannot write %1 into the ZIP archive"_s.arg(name));
    entry.close();
    if (entry.getZipError() != 0)
        return fail(u"cannot finish %1 in the ZIP archive (QuaZip error %2)"_s.arg(name).arg(entry.getZipError()));
    return true;
}

bool ZipWriter::add(const QString &name, QIODevice &source, const QDateTime &time, Compression compression)
{
    QuaZipFile entry(m_zip.get());
    const qint64 size = source.size() - source.pos();
    if (!entry.open(QIODevice::WriteOnly, entryInfo(name, time, size), nullptr, 0, zipMethod(compression)))
        return fail(u"cannot add %1 to the ZIP archive (QuaZip error %2)"_s.arg(name).arg(entry.getZipError()));
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (!source.atEnd()) {
        const qint64 got = source.read(buffer.data(), buffer.size());
        if (got < 0)
            return fail(u"cannot read the content of %1: %2"_s.arg(name, source.errorString()));
        if (got == 0)
            break;
        if (entry.write(buffer.constData(), got) != got)
            return fail(u"cannot write %1 into the ZIP archive"_s.arg(name));
    }
    entry.close();
    if (entry.getZipError() != 0)
        return fail(u"cannot finish %1 in the ZIP archive (QuaZip error %2)"_s.arg(name).arg(entry.getZipError()));
    return true;
}

bool ZipWriter::close()
{
    m_zip->close();
    if (m_zip->getZipError() != 0)
        return fail(u"cannot finish the ZIP archive (QuaZip error %1)"_s.arg(m_zip->getZipError()));
    if (m_zip64 && m_error.isEmpty())
        lowerZip64VersionNeeded();
    return m_error.isEmpty();
}

namespace {

quint64 littleEndian(const QByteArray &bytes, qsizetype at, int size)
{
    quint64 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

constexpr quint16 zip64VersionNeeded = 45;
constexpr quint16 minizipZip64VersionNeeded = 63;

} // namespace

// QuaZip's minizip writes "version needed to extract: 6.3" into the central directory of every entry of
// 4 GiB or more (6.3 is the LZMA/UTF-8 level), and Info-ZIP unzip 6.0 then skips those entries as
// "unsupported". ZIP64 needs 4.5 (APPNOTE 4.4.3.2), so the finished directory is patched to say so.
bool ZipWriter::lowerZip64VersionNeeded()
{
    if (!m_target->open(QIODevice::ReadWrite))
        return fail(u"cannot reopen the ZIP archive: %1"_s.arg(m_target->errorString()));
    const qint64 size = m_target->size();
    const qint64 tailStart = std::max<qint64>(0, size - (0xFFFF + 22 + 20 + 56));
    m_target->seek(tailStart);
    const QByteArray tail = m_target->read(size - tailStart);
    const qsizetype end = tail.lastIndexOf(QByteArray::fromHex("504b0506"));
    if (end < 0 || end + 22 > tail.size()) {
        m_target->close();
        return fail(u"cannot find the end of the ZIP central directory"_s);
    }
    qint64 directorySize = qint64(littleEndian(tail, end + 12, 4));
    qint64 directoryOffset = qint64(littleEndian(tail, end + 16, 4));
    const qsizetype locator = end - 20;
    if (locator >= 0 && littleEndian(tail, locator, 4) == 0x07064b50) {
        m_target->seek(qint64(littleEndian(tail, locator + 8, 8)));
        const QByteArray record = m_target->read(56);
        if (record.size() == 56 && littleEndian(record, 0, 4) == 0x06064b50) {
            directorySize = qint64(littleEndian(record, 40, 8));
            directoryOffset = qint64(littleEndian(record, 48, 8));
        }
    }
    m_target->seek(directoryOffset);
    QByteArray directory = m_target->read(directorySize);
    for (qsizetype at = 0; at + 46 <= directory.size();) {
        if (littleEndian(directory, at, 4) != 0x02014b50)
            break;
        if (littleEndian(directory, at + 6, 2) == minizipZip64VersionNeeded) {
            directory[at + 6] = char(zip64VersionNeeded);
            directory[at + 7] = 0;
        }
        at += 46 + qsizetype(littleEndian(directory, at + 28, 2) + littleEndian(directory, at + 30, 2)
                             + littleEndian(directory, at + 32, 2));
    }
    m_target->seek(directoryOffset);
    const bool written = m_target->write(directory) == directory.size();
    m_target->close();
    return written || fail(u"cannot patch the ZIP central directory: %1"_s.arg(m_target->errorString()));
}

QString zipSafeName(const QString &name)
{
    QString safe = name;
    safe.replace(QLatin1Char('\\'), QLatin1Char('_'));
    safe.replace(QLatin1Char(':'), QLatin1Char('_'));
    if (safe.isEmpty() || safe == u"."_s || safe == u".."_s)
        safe = u"unnamed"_s;
    return safe;
}

} // namespace vb365emu
