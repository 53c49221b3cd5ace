#pragma once

// File payloads of save/export actions (api-reference §11): document bytes, ZIP archives, .msg and .pst.
// All bytes are deterministic for (tenant, seed, ids). Devices are returned open for reading at position 0
// with an exact size(), so the server can send Content-Length and stream with back-pressure.

#include "tenant.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace vb365emu {

class Browser;

struct GeneratedContent
{
    enum class Status {
        Ready,    // device is open and readable
        NotFound, // an id does not exist in the session's view (error names it)
        Failed    // could not be produced (temporary file, archive writer); error says why
    };
    Status status = Status::Failed;
    std::unique_ptr<QIODevice> device; // set when Ready
    QString fileName;                  // suggested name: "Report.docx", "archive.zip", "Adele Vance.zip", …
    QString error;

    bool ready() const { return status == Status::Ready; }
};

struct PstOptions
{
    QString contentKeyword;                // exports only items whose subject or body contains it (any case)
    std::optional<qint64> partLimitBytes;  // enablePstSizeLimit: split into parts, delivered as one ZIP
};

// Builds payloads from one session's view. Small payloads are built in memory; large ones go to an
// auto-removed temporary file (the device owns it), so memory stays flat.
class ContentGenerator
{
public:
    explicit ContentGenerator(TenantView view);

    // OneDrive
    GeneratedContent document(const QString &oneDriveId, const QString &documentId,
                              std::optional<int> versionId = std::nullopt) const;
    GeneratedContent documentAsZip(const QString &oneDriveId, const QString &documentId,
                                   std::optional<int> versionId = std::nullopt) const;
    GeneratedContent documentsZip(const QString &oneDriveId, const QStringList &documentIds) const;
    GeneratedContent folderZip(const QString &oneDriveId, const QString &folderId) const;
    GeneratedContent foldersZip(const QString &oneDriveId, const QStringList &folderIds) const;
    GeneratedContent oneDriveZip(const QString &oneDriveId) const;

    // Exchange
    GeneratedContent itemMsg(const QString &mailboxId, const QString &itemId) const;
    GeneratedContent itemsMsgZip(const QString &mailboxId, const QStringList &itemIds) const;
    GeneratedContent itemsPst(const QString &mailboxId, const QStringList &itemIds, const PstOptions &options) const;
    GeneratedContent folderPst(const QString &mailboxId, const QString &folderId, const PstOptions &options) const;
    GeneratedContent mailboxPst(const QString &mailboxId, const PstOptions &options) const;
    GeneratedContent organizationPst(const PstOptions &options) const;

    // Above this many bytes an archive is written to a temporary file instead of memory.
    static constexpr qint64 inMemoryLimitBytes = 64 * 1024 * 1024;

private:
    Browser browser() const;
    GeneratedContent pstOf(const QList<std::pair<qint64, QList<int>>> &mailboxFolders, const PstOptions &options,
                           const QString &baseName) const;

    TenantView m_view;
};

// Random-access device of deterministic pseudo-random bytes: a precomputed 1 MiB block keyed by `key`,
// mixed with the 1 MiB chunk number, so any size (the 4 GiB document) costs 1 MiB and reads run at memory
// speed. Used for large binary documents. Constructed open (ReadOnly).
class GeneratedBytesDevice : public QIODevice
{
    Q_OBJECT
public:
    GeneratedBytesDevice(quint64 key, qint64 size, QObject *parent = nullptr);

    qint64 size() const override;
    bool isSequential() const override { return false; }

    // The same bytes without a device: fills `length` bytes from `offset` of the stream of (key).
    static void fill(quint64 key, qint64 offset, char *out, qint64 length);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    quint64 m_key;
    qint64 m_size;
};

// SHA-256 of everything readable from the device's current position (reads in 1 MiB steps).
QByteArray sha256Of(QIODevice &device);

// Magic numbers clients sniff (api-reference §11).
inline constexpr char zipMagic[] = "PK\x03\x04";
inline constexpr char pstMagic[] = "!BDN";
inline const QByteArray &msgMagic()
{
    static const QByteArray magic = QByteArray::fromHex("d0cf11e0a1b11ae1");
    return magic;
}

} // namespace vb365emu
