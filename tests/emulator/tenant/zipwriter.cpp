#include "zipwriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace vb365emu {
using namespace Qt::StringLiterals;

ZipWriter::ZipWriter(QIODevice *target, bool zip64) : m_zip(std::make_unique<QuaZip>(target))
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
    return m_error.isEmpty();
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
