#pragma once

// Writes a ZIP archive into any seekable QIODevice with QuaZip: fixed entry times (deterministic bytes),
// UTF-8 names, ZIP64 when an entry or the archive may pass 4 GiB.

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>

#include <memory>

class QuaZip;

namespace vb365emu {

class ZipWriter
{
public:
    enum class Compression { Deflate, Store };

    // `target` must outlive the writer; it is opened/closed by QuaZip.
    ZipWriter(QIODevice *target, bool zip64);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool open();
    bool add(const QString &name, const QByteArray &data, const QDateTime &time,
             Compression compression = Compression::Deflate);
    // Copies the whole device (from its current position) into the entry, 1 MiB at a time.
    bool add(const QString &name, QIODevice &source, const QDateTime &time, Compression compression);
    bool close();

    QString error() const { return m_error; }

private:
    bool fail(const QString &message);
    bool lowerZip64VersionNeeded();

    QIODevice *m_target;
    bool m_zip64;
    std::unique_ptr<QuaZip> m_zip;
    QString m_error;
};

// Entry names inside an archive: unique (" (2)" suffixes) and free of path tricks.
QString zipSafeName(const QString &name);

} // namespace vb365emu
