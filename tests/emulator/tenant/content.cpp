#include "content.h"

#include "browser.h"
#include "tenantlog.h"
#include "zipwriter.h"

#include <QBuffer>
#include <QSet>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTimeZone>

namespace vb365emu {
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 zip64Threshold = 0xFFFF0000LL; // leave room for headers below the 4 GiB ZIP32 limit

GeneratedContent notFound(const QString &what)
{
    GeneratedContent content;
    content.status = GeneratedContent::Status::NotFound;
    content.error = what;
    return content;
}

GeneratedContent failed(const QString &why)
{
    qCWarning(lcEmuTenant) << "content generation failed:" << why;
    GeneratedContent content;
    content.status = GeneratedContent::Status::Failed;
    content.error = why;
    return content;
}

GeneratedContent ready(std::unique_ptr<QIODevice> device, const QString &fileName)
{
    GeneratedContent content;
    content.status = GeneratedContent::Status::Ready;
    content.device = std::move(device);
    content.fileName = fileName;
    return content;
}

// File names derived from user data: no path separators or control characters.
QString fileNameFrom(QString text, const QString &fallback)
{
    static const QString forbidden = u"\\/:*?\"<>|"_s;
    for (QChar &c : text) {
        if (forbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    }
    text = text.trimmed();
    return text.isEmpty() ? fallback : text.left(120);
}

// A device to build a payload of about `estimatedBytes` into: memory for small ones, an auto-removed
// temporary file for large ones.
std::unique_ptr<QIODevice> scratchDevice(qint64 estimatedBytes, QString *error)
{
    if (estimatedBytes <= ContentGenerator::inMemoryLimitBytes)
        return std::make_unique<QBuffer>();
    // QDir::tempPath() is empty when TMPDIR names a missing directory; never fall back to "/".
    const QString directory = QDir::tempPath();
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
        *error = u"the temporary directory '%1' (TMPDIR) does not exist"_s.arg(qEnvironmentVariable("TMPDIR"));
        return nullptr;
    }
    auto file = std::make_unique<QTemporaryFile>(directory + u"/vb365-emulator-XXXXXX"_s);
    if (!file->open()) {
        *error = u"cannot create a temporary file in %1: %2"_s.arg(directory, file->errorString());
        return nullptr;
    }
    file->close();
    return file;
}

std::unique_ptr<QIODevice> bufferOf(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

// Reopens a finished scratch device for reading from the start.
bool reopenForReading(QIODevice &device, QString *error)
{
    if (device.isOpen())
        device.close();
    if (!device.open(QIODevice::ReadOnly)) {
        *error = u"cannot reopen the generated payload: %1"_s.arg(device.errorString());
        return false;
    }
    return true;
}

// ---- .msg: the OLE compound-file signature and header fields, then the item as text (not a real CFB).

QString joined(const QStringList &addresses) { return addresses.join(u"; "_s); }

QString isoOrEmpty(const QDateTime &time) { return time.isValid() ? time.toString(Qt::ISODate) : QString(); }

QByteArray itemText(const MailItem &item)
{
    QStringList lines{u"Item-Class: "_s + item.itemClass, u"Id: "_s + item.id, u"Subject: "_s + item.subject};
    auto add = [&lines](const QString &name, const QString &value) {
        if (!value.isEmpty())
            lines << name + u": "_s + value;
    };
    add(u"From"_s, item.from);
    add(u"To"_s, joined(item.to));
    add(u"Cc"_s, joined(item.cc));
    add(u"Bcc"_s, joined(item.bcc));
    add(u"Sent"_s, isoOrEmpty(item.sent));
    add(u"Received"_s, isoOrEmpty(item.received));
    if (item.kind == MailItemKind::Message)
        add(u"Importance"_s, wireName(item.importance));
    add(u"Organizer"_s, item.organizer);
    add(u"Attendees"_s, joined(item.attendees));
    add(u"Start"_s, isoOrEmpty(item.startTime));
    add(u"End"_s, isoOrEmpty(item.endTime));
    add(u"Location"_s, item.location);
    add(u"Full-Name"_s, item.fullName);
    add(u"Email"_s, item.email);
    add(u"Company"_s, item.company);
    add(u"Job-Title"_s, item.jobTitle);
    add(u"Business-Phone"_s, item.businessPhone);
    add(u"Mobile-Phone"_s, item.mobilePhone);
    add(u"Owner"_s, item.owner);
    add(u"Due"_s, isoOrEmpty(item.dueDate));
    for (const MailAttachment &attachment : item.attachments)
        lines << u"Attachment: %1 (%2 bytes)"_s.arg(attachment.name).arg(attachment.sizeBytes);
    lines << QString() << item.body << QString();
    return lines.join(u"\r\n"_s).toUtf8();
}

QByteArray msgBytes(const MailItem &item)
{
    QByteArray header(512, '\0');
    const QByteArray &magic = msgMagic();
    header.replace(0, magic.size(), magic);
    // Minor version 0x003E, major version 3 (512-byte sectors), byte order mark 0xFFFE, sector shift 9,
    // mini sector shift 6 — the fields a sniffer reads after the signature.
    const QByteArray fields = QByteArray::fromHex("3e000300feff09000600");
    header.replace(24, fields.size(), fields);
    return header + "VB365-EMULATOR-MSG 1\r\n" + itemText(item);
}

QString msgFileName(const MailItem &item) { return fileNameFrom(item.subject, u"item"_s) + u".msg"_s; }

// Collects a payload that may grow past memory limits: bytes stay in memory up to inMemoryLimitBytes,
// then move to an auto-removed temporary file.
class SpillWriter
{
public:
    bool write(const QByteArray &bytes)
    {
        m_size += bytes.size();
        if (!m_file && m_memory.size() + bytes.size() <= ContentGenerator::inMemoryLimitBytes) {
            m_memory += bytes;
            return true;
        }
        if (!m_file && !spill())
            return false;
        if (m_file->write(bytes) != bytes.size())
            return fail(u"cannot write the temporary file: %1"_s.arg(m_file->errorString()));
        return true;
    }

    qint64 size() const { return m_size; }
    QString error() const { return m_error; }

    // The collected bytes, open for reading at position 0; null after an error.
    std::unique_ptr<QIODevice> take()
    {
        if (!m_error.isEmpty())
            return nullptr;
        if (!m_file)
            return bufferOf(std::exchange(m_memory, {}));
        if (!m_file->flush() || !m_file->seek(0)) {
            fail(u"cannot rewind the temporary file: %1"_s.arg(m_file->errorString()));
            return nullptr;
        }
        return std::move(m_file);
    }

private:
    bool spill()
    {
        QString error;
        std::unique_ptr<QIODevice> device = scratchDevice(ContentGenerator::inMemoryLimitBytes + 1, &error);
        if (!device)
            return fail(error);
        m_file.reset(static_cast<QTemporaryFile *>(device.release()));
        if (!m_file->open())
            return fail(u"cannot reopen the temporary file: %1"_s.arg(m_file->errorString()));
        if (m_file->write(m_memory) != m_memory.size())
            return fail(u"cannot write the temporary file: %1"_s.arg(m_file->errorString()));
        m_memory.clear();
        return true;
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_size = 0;
    QString m_error;
};

// ---- .pst: the PST magic and client magic, then the exported items as length-prefixed records.

QByteArray pstHeader(int part)
{
    QByteArray header = pstMagic;
    header += "\0\0\0\0SM\x17\0"_qba; // CRC (unused) · client magic "SM" · format version 23 (Unicode)
    header += "VB365-EMULATOR-PST 1 part " + QByteArray::number(part) + "\r\n";
    return header;
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char(quint8(value >> shift)));
}

QByteArray pstRecord(const QString &folderPath, const MailItem &item)
{
    const QByteArray text = u"Folder: "_s.toUtf8() + folderPath.toUtf8() + "\r\n" + itemText(item);
    QByteArray record;
    appendLittleEndian32(record, quint32(text.size()));
    record += text;
    return record;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

ContentGenerator::ContentGenerator(TenantView view) : m_view(std::move(view)) {}

namespace {

// One file to put into an archive: where it goes and how to produce its bytes.
struct ArchiveEntry
{
    QString path;
    QDateTime time;
    qint64 size = 0;
    bool compress = true;
    std::function<std::unique_ptr<QIODevice>()> open;
};

GeneratedContent zipOf(const QList<ArchiveEntry> &entries, const QString &fileName)
{
    qint64 total = 0;
    bool zip64 = false;
    for (const ArchiveEntry &entry : entries) {
        total += entry.size;
        zip64 = zip64 || entry.size >= zip64Threshold;
    }
    zip64 = zip64 || total >= zip64Threshold;
    QString error;
    std::unique_ptr<QIODevice> device = scratchDevice(total + 1024 * entries.size(), &error);
    if (!device)
        return failed(error);
    {
        ZipWriter zip(device.get(), zip64);
        if (!zip.open())
            return failed(zip.error());
        QSet<QString> used;
        for (const ArchiveEntry &entry : entries) {
            // Two documents may share a name in a selection; keep both.
            QString path = zipSafeName(entry.path);
            for (int n = 2; used.contains(path.toLower()); ++n) {
                const qsizetype dot = entry.path.lastIndexOf(QLatin1Char('.'));
                path = zipSafeName(dot > entry.path.lastIndexOf(QLatin1Char('/'))
                                       ? entry.path.left(dot) + u" (%1)"_s.arg(n) + entry.path.mid(dot)
                                       : entry.path + u" (%1)"_s.arg(n));
            }
            used.insert(path.toLower());
            std::unique_ptr<QIODevice> source = entry.open();
            if (!zip.add(path, *source, entry.time,
                         entry.compress ? ZipWriter::Compression::Deflate : ZipWriter::Compression::Store))
                return failed(zip.error());
        }
        if (!zip.close())
            return failed(zip.error());
    }
    if (!reopenForReading(*device, &error))
        return failed(error);
    return ready(std::move(device), fileName);
}

} // namespace

// ---- OneDrive

namespace {

bool compressible(DocumentFormat format)
{
    // PNG, video and the Office packages are compressed already.
    return format == DocumentFormat::Text || format == DocumentFormat::Markdown || format == DocumentFormat::Csv
           || format == DocumentFormat::Pdf;
}

ArchiveEntry archiveEntry(const TenantData &data, const DocumentBlueprint &document, int versionId,
                          const QString &path)
{
    const DriveItem item = data.documentVersion(document, versionId);
    const DocumentContentSpec spec = data.documentContent(document, versionId);
    return {path, item.modificationTime, item.sizeBytes, compressible(document.format),
            [spec] { return openDocumentContent(spec); }};
}

// Every visible document under a container, folders recursively, paths below `prefix`.
void collectContainer(const Browser &browser, qint64 drive, int container, const QString &prefix,
                      QList<ArchiveEntry> &entries)
{
    for (const PlacedDocument &placed : browser.documentsUnder(drive, container, prefix))
        entries << archiveEntry(browser.data(), placed.document, placed.document.latestVersion, placed.path);
}

QString baseName(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? fileName.left(dot) : fileName;
}

} // namespace

Browser ContentGenerator::browser() const
{
    return Browser(*m_view.m_data, m_view.m_organizationIndex, m_view.m_scope, m_view.hasData());
}

GeneratedContent ContentGenerator::document(const QString &oneDriveId, const QString &documentId,
                                            std::optional<int> versionId) const
{
    const std::optional<DriveItem> item = versionId ? m_view.documentVersion(oneDriveId, documentId, *versionId)
                                                    : m_view.driveItem(oneDriveId, documentId);
    if (!item || item->isFolder)
        return notFound(u"document %1 (version %2) not found in OneDrive %3"_s.arg(
            documentId, versionId ? QString::number(*versionId) : u"latest"_s, oneDriveId));
    const Browser b = browser();
    const std::optional<DocumentBlueprint> document = b.document(*b.drive(oneDriveId), documentId);
    return ready(openDocumentContent(b.data().documentContent(*document, item->versionId)), item->name);
}

GeneratedContent ContentGenerator::documentAsZip(const QString &oneDriveId, const QString &documentId,
                                                 std::optional<int> versionId) const
{
    const std::optional<DriveItem> item = versionId ? m_view.documentVersion(oneDriveId, documentId, *versionId)
                                                    : m_view.driveItem(oneDriveId, documentId);
    if (!item || item->isFolder)
        return notFound(u"document %1 not found in OneDrive %2"_s.arg(documentId, oneDriveId));
    const Browser b = browser();
    const std::optional<DocumentBlueprint> document = b.document(*b.drive(oneDriveId), documentId);
    return zipOf({archiveEntry(b.data(), *document, item->versionId, item->name)}, baseName(item->name) + u".zip"_s);
}

GeneratedContent ContentGenerator::documentsZip(const QString &oneDriveId, const QStringList &documentIds) const
{
    const Browser b = browser();
    const std::optional<qint64> drive = b.drive(oneDriveId);
    if (!drive)
        return notFound(u"OneDrive %1 not found"_s.arg(oneDriveId));
    QList<ArchiveEntry> entries;
    for (const QString &id : documentIds) {
        const std::optional<DocumentBlueprint> document = b.document(*drive, id);
        if (!document)
            return notFound(u"document %1 not found in OneDrive %2"_s.arg(id, oneDriveId));
        entries << archiveEntry(b.data(), *document, document->latestVersion, document->name);
    }
    return zipOf(entries, u"archive.zip"_s);
}

GeneratedContent ContentGenerator::folderZip(const QString &oneDriveId, const QString &folderId) const
{
    const std::optional<DriveItem> folder = m_view.driveItem(oneDriveId, folderId);
    if (!folder || !folder->isFolder)
        return notFound(u"folder %1 not found in OneDrive %2"_s.arg(folderId, oneDriveId));
    GeneratedContent content = foldersZip(oneDriveId, {folderId});
    if (content.ready())
        content.fileName = fileNameFrom(folder->name, u"folder"_s) + u".zip"_s;
    return content;
}

GeneratedContent ContentGenerator::foldersZip(const QString &oneDriveId, const QStringList &folderIds) const
{
    const Browser b = browser();
    const std::optional<qint64> drive = b.drive(oneDriveId);
    if (!drive)
        return notFound(u"OneDrive %1 not found"_s.arg(oneDriveId));
    QList<ArchiveEntry> entries;
    for (const QString &id : folderIds) {
        const std::optional<int> container = b.selectedContainer(*drive, ParentSelector::childrenOf(id));
        if (!container)
            return notFound(u"folder %1 not found in OneDrive %2"_s.arg(id, oneDriveId));
        const QString name = b.data().driveFolder(b.organization(), *drive, *container).name;
        collectContainer(b, *drive, *container, name + QLatin1Char('/'), entries);
    }
    return zipOf(entries, u"archive.zip"_s);
}

GeneratedContent ContentGenerator::oneDriveZip(const QString &oneDriveId) const
{
    const Browser b = browser();
    const std::optional<qint64> drive = b.drive(oneDriveId);
    if (!drive)
        return notFound(u"OneDrive %1 not found"_s.arg(oneDriveId));
    QList<ArchiveEntry> entries;
    collectContainer(b, *drive, 0, QString(), entries);
    const QString owner = b.data().oneDrive(b.organization(), *drive).name;
    return zipOf(entries, fileNameFrom(owner, u"OneDrive"_s) + u".zip"_s);
}

// ---- Exchange

GeneratedContent ContentGenerator::itemMsg(const QString &mailboxId, const QString &itemId) const
{
    const std::optional<MailItem> item = m_view.mailItem(mailboxId, itemId);
    if (!item)
        return notFound(u"item %1 not found in mailbox %2"_s.arg(itemId, mailboxId));
    return ready(bufferOf(msgBytes(*item)), msgFileName(*item));
}

GeneratedContent ContentGenerator::itemsMsgZip(const QString &mailboxId, const QStringList &itemIds) const
{
    QList<ArchiveEntry> entries;
    for (const QString &id : itemIds) {
        const std::optional<MailItem> item = m_view.mailItem(mailboxId, id);
        if (!item)
            return notFound(u"item %1 not found in mailbox %2"_s.arg(id, mailboxId));
        const QByteArray bytes = msgBytes(*item);
        const QDateTime time = item->received.isValid() ? item->received : m_view.organization().lastBackupTime.value_or(QDateTime());
        entries << ArchiveEntry{msgFileName(*item), time, bytes.size(), true, [bytes] { return bufferOf(bytes); }};
    }
    return zipOf(entries, u"items.zip"_s);
}

namespace {

QString folderPath(const TenantData &data, int org, qint64 mailbox, int folder)
{
    QStringList names;
    for (int f = folder; f >= 0; f = data.mailFolderParent(f))
        names.prepend(data.mailFolder(org, mailbox, f).name);
    return names.join(QLatin1Char('/'));
}

bool matchesKeyword(const MailItem &item, const QString &keyword)
{
    return keyword.isEmpty() || item.subject.contains(keyword, Qt::CaseInsensitive)
           || item.body.contains(keyword, Qt::CaseInsensitive);
}

// Writes PST parts; a new part starts when the next record would push the current one over the limit.
class PstParts
{
public:
    explicit PstParts(std::optional<qint64> partLimit) : m_limit(partLimit) {}

    bool add(const QByteArray &record)
    {
        if (m_parts.empty() || (m_limit && m_parts.back().size() > pstHeader(1).size()
                                  && m_parts.back().size() + record.size() > *m_limit))
            startPart();
        if (!m_parts.back().write(record))
            return fail(m_parts.back().error());
        return true;
    }

    GeneratedContent finish(const QString &baseName)
    {
        if (m_parts.empty())
            startPart(); // an export without matching items is still a valid, empty PST
        if (!m_error.isEmpty())
            return failed(m_error);
        if (m_parts.size() == 1) {
            std::unique_ptr<QIODevice> device = m_parts.front().take();
            if (!device)
                return failed(m_parts.front().error());
            return ready(std::move(device), baseName + u".pst"_s);
        }
        QList<ArchiveEntry> entries;
        // A fixed entry time keeps the archive's bytes deterministic.
        const QDateTime time(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (size_t i = 0; i < m_parts.size(); ++i) {
            auto device = std::make_shared<std::unique_ptr<QIODevice>>(m_parts[i].take());
            if (!*device)
                return failed(m_parts[i].error());
            entries << ArchiveEntry{u"%1 (part %2).pst"_s.arg(baseName).arg(i + 1), time, (*device)->size(), false,
                                    [device] { return std::move(*device); }};
        }
        return zipOf(entries, baseName + u".zip"_s);
    }

private:
    void startPart()
    {
        m_parts.emplace_back();
        m_parts.back().write(pstHeader(int(m_parts.size())));
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    std::optional<qint64> m_limit;
    std::vector<SpillWriter> m_parts;
    QString m_error;
};

} // namespace

GeneratedContent ContentGenerator::pstOf(const QList<std::pair<qint64, QList<int>>> &mailboxFolders,
                                         const PstOptions &options, const QString &name) const
{
    const Browser b = browser();
    const QString baseName = fileNameFrom(name, u"export"_s);
    PstParts parts(options.partLimitBytes);
    for (const auto &[mailbox, folders] : mailboxFolders) {
        for (const int folder : folders) {
            const QString path = folderPath(b.data(), b.organization(), mailbox, folder);
            const Segment<MailItem> items = b.mailItemsOf(mailbox, folder);
            for (qint64 i = 0; i < items.count; ++i) {
                const MailItem item = items.make(i);
                if (matchesKeyword(item, options.contentKeyword) && !parts.add(pstRecord(path, item)))
                    return parts.finish(baseName);
            }
        }
    }
    return parts.finish(baseName);
}

GeneratedContent ContentGenerator::itemsPst(const QString &mailboxId, const QStringList &itemIds,
                                           const PstOptions &options) const
{
    const Browser b = browser();
    const std::optional<qint64> mailbox = b.mailbox(mailboxId);
    if (!mailbox)
        return notFound(u"mailbox %1 not found"_s.arg(mailboxId));
    PstParts parts(options.partLimitBytes);
    for (const QString &id : itemIds) {
        const std::optional<MailItem> item = m_view.mailItem(mailboxId, id);
        if (!item)
            return notFound(u"item %1 not found in mailbox %2"_s.arg(id, mailboxId));
        const auto address = b.data().mailItemAddress(b.organization(), *mailbox, id);
        const QString path = folderPath(b.data(), b.organization(), *mailbox, address->first);
        if (matchesKeyword(*item, options.contentKeyword) && !parts.add(pstRecord(path, *item)))
            break;
    }
    return parts.finish(u"items"_s);
}

GeneratedContent ContentGenerator::folderPst(const QString &mailboxId, const QString &folderId,
                                            const PstOptions &options) const
{
    const Browser b = browser();
    const std::optional<qint64> mailbox = b.mailbox(mailboxId);
    if (!mailbox)
        return notFound(u"mailbox %1 not found"_s.arg(mailboxId));
    const std::optional<int> folder = b.mailFolder(*mailbox, folderId);
    if (!folder)
        return notFound(u"folder %1 not found in mailbox %2"_s.arg(folderId, mailboxId));
    // The folder and everything below it, depth-first.
    QList<int> folders{*folder};
    for (const int f : b.mailFolders(*mailbox, -2)) {
        for (int up = b.data().mailFolderParent(f); up >= 0; up = b.data().mailFolderParent(up)) {
            if (up == *folder) {
                folders << f;
                break;
            }
        }
    }
    return pstOf({{*mailbox, folders}}, options, b.data().mailFolder(b.organization(), *mailbox, *folder).name);
}

GeneratedContent ContentGenerator::mailboxPst(const QString &mailboxId, const PstOptions &options) const
{
    const Browser b = browser();
    const std::optional<qint64> mailbox = b.mailbox(mailboxId);
    if (!mailbox)
        return notFound(u"mailbox %1 not found"_s.arg(mailboxId));
    return pstOf({{*mailbox, b.mailFolders(*mailbox, -2)}}, options,
                 b.data().mailbox(b.organization(), *mailbox).name);
}

GeneratedContent ContentGenerator::organizationPst(const PstOptions &options) const
{
    const Browser b = browser();
    QList<std::pair<qint64, QList<int>>> mailboxFolders;
    const qint64 mailboxes = b.hasData() ? b.data().mailboxCount(b.organization()) : 0;
    for (qint64 mailbox = 0; mailbox < mailboxes; ++mailbox)
        mailboxFolders.append({mailbox, b.mailFolders(mailbox, -2)});
    return pstOf(mailboxFolders, options, m_view.organization().name);
}

} // namespace vb365emu
