// File payloads: document bytes, ZIP archives, .msg, .pst, and the generated 4 GiB stream.
#include "content.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "qt_printers.h"

#include <gtest/gtest.h>

#include <zlib.h>

#include <cstdio>

using namespace vb365emu;
using namespace Qt::StringLiterals;

namespace {

constexpr PageRange everything{0, 1'000'000};

// Range-for over `optional->items` would dangle (the optional is a temporary): copy the items out.
template <typename T>
QList<T> itemsOf(const std::optional<Page<T>> &page)
{
    return page ? page->items : QList<T>();
}

TenantView viewOf(const Tenant &tenant, bool showDeleted = false, bool showAllVersions = false)
{
    return *tenant.view({tenant.organizations().first().id, std::nullopt, showDeleted, showAllVersions});
}

QByteArray readAll(GeneratedContent &content)
{
    EXPECT_TRUE(content.ready()) << content.error.toStdString();
    if (!content.ready())
        return {};
    EXPECT_EQ(content.device->pos(), 0);
    const qint64 size = content.device->size();
    const QByteArray bytes = content.device->readAll();
    EXPECT_EQ(bytes.size(), size);
    return bytes;
}

// Every entry of a ZIP archive, name → bytes, read back with QuaZip.
QMap<QString, QByteArray> unzipped(const QByteArray &archive)
{
    QMap<QString, QByteArray> entries;
    QBuffer buffer;
    buffer.setData(archive);
    QuaZip zip(&buffer);
    EXPECT_TRUE(zip.open(QuaZip::mdUnzip)) << "not a ZIP archive, QuaZip error " << zip.getZipError();
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        entries.insert(file.getActualFileName(), file.readAll());
        file.close();
        EXPECT_EQ(file.getZipError(), 0) << "CRC or read error in " << file.getActualFileName().toStdString();
    }
    zip.close();
    return entries;
}

// `unzip -t` is the external judge of ZIP validity.
void expectUnzipAccepts(const QByteArray &archive)
{
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        GTEST_SKIP() << "unzip is not installed";
    QTemporaryDir dir;
    QFile file(dir.filePath(u"archive.zip"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(archive);
    file.close();
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-t"_s, file.fileName()});
    ASSERT_TRUE(unzip.waitForFinished(60000));
    EXPECT_EQ(unzip.exitCode(), 0) << unzip.readAllStandardOutput().toStdString()
                                   << unzip.readAllStandardError().toStdString();
}

struct DemoDrive
{
    Tenant tenant{TenantKind::Demo, 1};
    TenantView view = viewOf(tenant, false, true);
    OneDrive drive = view.oneDrives({0, 1}).items.first();
    QList<DriveItem> documents = view.driveDocuments(drive.id, ParentSelector::everything(), everything)->items;
    ContentGenerator generator{view};

    std::optional<DriveItem> firstWithExtension(const QString &extension) const
    {
        for (const DriveItem &d : documents) {
            if (d.name.endsWith(QLatin1Char('.') + extension))
                return d;
        }
        return std::nullopt;
    }
};

// Finds a document of a format somewhere in the demo tenant (formats are drawn per seed).
std::optional<std::pair<TenantView, DriveItem>> demoDocumentWithExtension(const QString &extension)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const TenantView view = viewOf(tenant);
    for (const OneDrive &drive : view.oneDrives(everything).items) {
        for (const DriveItem &d : itemsOf(view.driveDocuments(drive.id, ParentSelector::everything(), everything))) {
            if (d.name.endsWith(QLatin1Char('.') + extension))
                return std::pair{view, d};
        }
    }
    return std::nullopt;
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return (quint32(quint8(bytes.at(at))) << 24) | (quint32(quint8(bytes.at(at + 1))) << 16)
           | (quint32(quint8(bytes.at(at + 2))) << 8) | quint32(quint8(bytes.at(at + 3)));
}

} // namespace

TEST(EmulatorContent, DocumentBytesMatchTheListedSize)
{
    DemoDrive demo;
    ASSERT_GT(demo.documents.size(), 8);
    for (const DriveItem &d : demo.documents) {
        GeneratedContent content = demo.generator.document(demo.drive.id, d.id);
        EXPECT_EQ(content.fileName, d.name);
        EXPECT_EQ(readAll(content).size(), d.sizeBytes) << d.name.toStdString();
    }
}

TEST(EmulatorContent, DocumentBytesAreDeterministicPerSeed)
{
    DemoDrive a;
    DemoDrive b;
    const DriveItem doc = a.documents.first();
    GeneratedContent first = a.generator.document(a.drive.id, doc.id);
    GeneratedContent second = b.generator.document(b.drive.id, doc.id);
    EXPECT_EQ(sha256Of(*first.device), sha256Of(*second.device));

    const Tenant other(TenantKind::Demo, 2);
    const TenantView otherView = viewOf(other);
    const OneDrive otherDrive = otherView.oneDrives({0, 1}).items.first();
    const DriveItem otherDoc
        = otherView.driveDocuments(otherDrive.id, ParentSelector::everything(), {0, 1})->items.first();
    GeneratedContent third = ContentGenerator(otherView).document(otherDrive.id, otherDoc.id);
    first.device->seek(0);
    EXPECT_NE(sha256Of(*first.device), sha256Of(*third.device));
}

TEST(EmulatorContent, EarlierVersionsHaveOtherContent)
{
    DemoDrive demo;
    const DriveItem documents = demo.view.driveFolders(demo.drive.id, ParentSelector::topLevel(), {0, 1})->items.first();
    const DriveItem doc
        = demo.view.driveDocuments(demo.drive.id, ParentSelector::childrenOf(documents.id), {0, 1})->items.first();
    ASSERT_EQ(doc.versionCount, 3);
    GeneratedContent latest = demo.generator.document(demo.drive.id, doc.id);
    GeneratedContent first = demo.generator.document(demo.drive.id, doc.id, 1);
    const QByteArray latestBytes = readAll(latest);
    const QByteArray firstBytes = readAll(first);
    EXPECT_NE(latestBytes, firstBytes);
    EXPECT_EQ(firstBytes.size(), demo.view.documentVersion(demo.drive.id, doc.id, 1)->sizeBytes);
    EXPECT_EQ(demo.generator.document(demo.drive.id, doc.id, 4).status, GeneratedContent::Status::NotFound);
}

TEST(EmulatorContent, SmallFormatsAreRealFiles)
{
    const auto png = demoDocumentWithExtension(u"png"_s);
    ASSERT_TRUE(png);
    GeneratedContent pngContent = ContentGenerator(png->first).document(png->second.oneDriveId, png->second.id);
    const QByteArray pngBytes = readAll(pngContent);
    ASSERT_TRUE(pngBytes.startsWith(QByteArray::fromHex("89504e470d0a1a0a")));
    // IHDR: length 13, then its CRC over type + data.
    EXPECT_EQ(bigEndian32(pngBytes, 8), 13u);
    EXPECT_EQ(pngBytes.mid(12, 4), "IHDR");
    const QByteArray ihdr = pngBytes.mid(12, 17);
    EXPECT_EQ(bigEndian32(pngBytes, 29),
              quint32(crc32(0, reinterpret_cast<const Bytef *>(ihdr.constData()), uInt(ihdr.size()))));
    EXPECT_TRUE(pngBytes.endsWith(QByteArray::fromHex("0000000049454e44ae426082")));

    const auto docx = demoDocumentWithExtension(u"docx"_s);
    ASSERT_TRUE(docx);
    GeneratedContent docxContent = ContentGenerator(docx->first).document(docx->second.oneDriveId, docx->second.id);
    const QByteArray docxBytes = readAll(docxContent);
    EXPECT_TRUE(docxBytes.startsWith(zipMagic));
    const auto parts = unzipped(docxBytes);
    EXPECT_TRUE(parts.contains(u"[Content_Types].xml"_s));
    EXPECT_TRUE(parts.contains(u"_rels/.rels"_s));
    ASSERT_TRUE(parts.contains(u"word/document.xml"_s));
    EXPECT_TRUE(parts.value(u"word/document.xml"_s).contains("<w:t>"));
    expectUnzipAccepts(docxBytes);

    const auto pdf = demoDocumentWithExtension(u"pdf"_s);
    ASSERT_TRUE(pdf);
    GeneratedContent pdfContent = ContentGenerator(pdf->first).document(pdf->second.oneDriveId, pdf->second.id);
    const QByteArray pdfBytes = readAll(pdfContent);
    EXPECT_TRUE(pdfBytes.startsWith("%PDF-1.4\n"));
    EXPECT_TRUE(pdfBytes.endsWith("%%EOF\n"));
    const qsizetype startxref = pdfBytes.lastIndexOf("startxref\n");
    ASSERT_GT(startxref, 0);
    const qsizetype xref = pdfBytes.mid(startxref + 10).split('\n').first().toLongLong();
    EXPECT_EQ(pdfBytes.mid(xref, 4), "xref");

    const auto txt = demoDocumentWithExtension(u"txt"_s);
    ASSERT_TRUE(txt);
    GeneratedContent txtContent = ContentGenerator(txt->first).document(txt->second.oneDriveId, txt->second.id);
    const QString text = QString::fromUtf8(readAll(txtContent));
    EXPECT_TRUE(text.startsWith(txt->second.name.section(QLatin1Char('.'), 0, -2)));
}

TEST(EmulatorContent, DocumentsZipHoldsTheDocuments)
{
    DemoDrive demo;
    QStringList ids;
    QMap<QString, QByteArray> expected;
    for (const DriveItem &d : demo.documents) {
        if (expected.contains(d.name) || expected.size() == 5)
            continue;
        ids << d.id;
        GeneratedContent single = demo.generator.document(demo.drive.id, d.id);
        expected.insert(d.name, readAll(single));
    }
    GeneratedContent archive = demo.generator.documentsZip(demo.drive.id, ids);
    EXPECT_EQ(archive.fileName, u"archive.zip"_s);
    const QByteArray bytes = readAll(archive);
    EXPECT_TRUE(bytes.startsWith(zipMagic));
    EXPECT_EQ(unzipped(bytes), expected);
    expectUnzipAccepts(bytes);

    // The same request gives the same bytes.
    GeneratedContent again = demo.generator.documentsZip(demo.drive.id, ids);
    EXPECT_EQ(readAll(again), bytes);

    EXPECT_EQ(demo.generator.documentsZip(demo.drive.id, {ids.first(), u"nope"_s}).status,
              GeneratedContent::Status::NotFound);

    // Equal names in one archive are kept apart: "Name (2).ext".
    GeneratedContent twice = demo.generator.documentsZip(demo.drive.id, {ids.first(), ids.first()});
    const auto twiceEntries = unzipped(readAll(twice));
    const QString name = demo.view.driveItem(demo.drive.id, ids.first())->name;
    const QString second = name.section(QLatin1Char('.'), 0, -2) + u" (2)."_s + name.section(QLatin1Char('.'), -1);
    ASSERT_EQ(twiceEntries.size(), 2);
    EXPECT_TRUE(twiceEntries.contains(name));
    EXPECT_TRUE(twiceEntries.contains(second)) << second.toStdString();
    EXPECT_EQ(twiceEntries.value(second), expected.value(name));
}

TEST(EmulatorContent, OneDriveAndFolderZipsAreRecursive)
{
    DemoDrive demo;
    GeneratedContent whole = demo.generator.oneDriveZip(demo.drive.id);
    EXPECT_EQ(whole.fileName, demo.drive.name + u".zip"_s);
    const QByteArray bytes = readAll(whole);
    const auto entries = unzipped(bytes);
    qint64 visibleDocuments = demo.documents.size();
    EXPECT_EQ(entries.size(), visibleDocuments);
    bool nested = false;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        nested = nested || it.key().startsWith(u"Documents/Projects/"_s);
    EXPECT_TRUE(nested) << "sub-folder paths are kept";
    EXPECT_FALSE(entries.keys().join(u"\n"_s).contains(u"Old drafts"_s)) << "deleted folder hidden";
    expectUnzipAccepts(bytes);

    const DriveItem documents = demo.view.driveFolders(demo.drive.id, ParentSelector::topLevel(), {0, 1})->items.first();
    GeneratedContent folder = demo.generator.folderZip(demo.drive.id, documents.id);
    EXPECT_EQ(folder.fileName, u"Documents.zip"_s);
    const auto folderEntries = unzipped(readAll(folder));
    ASSERT_FALSE(folderEntries.isEmpty());
    for (auto it = folderEntries.cbegin(); it != folderEntries.cend(); ++it) {
        EXPECT_TRUE(it.key().startsWith(u"Documents/"_s)) << it.key().toStdString();
        EXPECT_EQ(entries.value(it.key()), it.value());
    }
    EXPECT_EQ(demo.generator.folderZip(demo.drive.id, demo.documents.first().id).status,
              GeneratedContent::Status::NotFound);
}

TEST(EmulatorContent, MsgAndPstCarryTheirMagic)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const TenantView view = viewOf(tenant);
    const ContentGenerator generator(view);
    const Mailbox mailbox = view.mailboxes({0, 1}).items.first();
    const MailFolder inbox = view.mailFolders(mailbox.id, ParentSelector::topLevel(), {0, 1})->items.first();
    const QList<MailItem> items = view.mailItems(mailbox.id, ParentSelector::childrenOf(inbox.id), everything)->items;
    ASSERT_GT(items.size(), 5);

    GeneratedContent msg = generator.itemMsg(mailbox.id, items.first().id);
    EXPECT_TRUE(msg.fileName.endsWith(u".msg"_s));
    const QByteArray msgBytes = readAll(msg);
    EXPECT_TRUE(msgBytes.startsWith(msgMagic()));
    EXPECT_TRUE(msgBytes.contains(items.first().subject.toUtf8()));

    GeneratedContent msgs = generator.itemsMsgZip(mailbox.id, {items.at(0).id, items.at(1).id, items.at(2).id});
    const QByteArray msgsBytes = readAll(msgs);
    const auto msgEntries = unzipped(msgsBytes);
    EXPECT_EQ(msgEntries.size(), 3);
    for (const QByteArray &entry : msgEntries)
        EXPECT_TRUE(entry.startsWith(msgMagic()));
    expectUnzipAccepts(msgsBytes);

    GeneratedContent pst = generator.folderPst(mailbox.id, inbox.id, {});
    EXPECT_EQ(pst.fileName, u"Inbox.pst"_s);
    const QByteArray pstBytes = readAll(pst);
    EXPECT_TRUE(pstBytes.startsWith(pstMagic));
    for (const MailItem &item : items)
        EXPECT_TRUE(pstBytes.contains(item.id.toUtf8())) << "folder export includes " << item.id.toStdString();
    GeneratedContent pstAgain = generator.folderPst(mailbox.id, inbox.id, {});
    EXPECT_EQ(readAll(pstAgain), pstBytes);

    GeneratedContent itemsPst = generator.itemsPst(mailbox.id, {items.at(3).id}, {});
    const QByteArray itemsPstBytes = readAll(itemsPst);
    EXPECT_TRUE(itemsPstBytes.startsWith(pstMagic));
    EXPECT_TRUE(itemsPstBytes.contains(items.at(3).id.toUtf8()));
    EXPECT_FALSE(itemsPstBytes.contains(items.at(4).id.toUtf8()));

    EXPECT_EQ(generator.itemMsg(mailbox.id, u"AAAA"_s).status, GeneratedContent::Status::NotFound);
    EXPECT_EQ(generator.mailboxPst(u"nope"_s, {}).status, GeneratedContent::Status::NotFound);
}

TEST(EmulatorContent, PstKeywordFilterAndSizeLimitedParts)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const TenantView view = viewOf(tenant);
    const ContentGenerator generator(view);
    const Mailbox mailbox = view.mailboxes({0, 1}).items.first();

    GeneratedContent whole = generator.mailboxPst(mailbox.id, {});
    const QByteArray wholeBytes = readAll(whole);
    GeneratedContent filtered = generator.mailboxPst(mailbox.id, {u"Apollo"_s, std::nullopt});
    const QByteArray filteredBytes = readAll(filtered);
    EXPECT_TRUE(filteredBytes.startsWith(pstMagic));
    EXPECT_LT(filteredBytes.size(), wholeBytes.size());
    EXPECT_GT(filteredBytes.size(), 200);

    GeneratedContent split = generator.mailboxPst(mailbox.id, {QString(), 16 * 1024});
    EXPECT_TRUE(split.fileName.endsWith(u".zip"_s));
    const QByteArray splitBytes = readAll(split);
    EXPECT_TRUE(splitBytes.startsWith(zipMagic));
    const auto parts = unzipped(splitBytes);
    ASSERT_GT(parts.size(), 1);
    qint64 total = 0;
    for (const QByteArray &part : parts) {
        EXPECT_TRUE(part.startsWith(pstMagic));
        EXPECT_LE(part.size(), 16 * 1024 + 8 * 1024) << "a part exceeds the limit by more than one record";
        total += part.size();
    }
    EXPECT_GT(total, wholeBytes.size());
    expectUnzipAccepts(splitBytes);
}

TEST(EmulatorContent, FourGibDocumentStreamsWithoutMemory)
{
    const Tenant tenant(TenantKind::Large, 1);
    const TenantView view = viewOf(tenant);
    const OneDrive drive = view.oneDrives({0, 1}).items.first();
    std::optional<DriveItem> big;
    for (const DriveItem &d : itemsOf(view.driveDocuments(drive.id, ParentSelector::everything(), everything))) {
        if (d.sizeBytes == 4LL * 1024 * 1024 * 1024)
            big = d;
    }
    ASSERT_TRUE(big);
    GeneratedContent content = ContentGenerator(view).document(drive.id, big->id);
    ASSERT_TRUE(content.ready());
    QIODevice &device = *content.device;
    EXPECT_EQ(device.size(), 4LL * 1024 * 1024 * 1024);
    EXPECT_FALSE(device.isSequential());

    // An independent device regenerates the same bytes at any offset, across 1 MiB chunk borders.
    GeneratedContent again = ContentGenerator(*tenant.view(view.scope())).document(drive.id, big->id);
    const QList<qint64> offsets{0, 7, 1024 * 1024 - 3, 2LL * 1024 * 1024 * 1024 + 5, 4LL * 1024 * 1024 * 1024 - 100};
    QSet<QByteArray> slices;
    for (const qint64 offset : offsets) {
        ASSERT_TRUE(device.seek(offset));
        ASSERT_TRUE(again.device->seek(offset));
        const QByteArray slice = device.read(64 * 1024);
        EXPECT_EQ(slice.size(), std::min<qint64>(64 * 1024, device.size() - offset));
        EXPECT_EQ(slice, again.device->read(64 * 1024)) << "offset " << offset;
        slices.insert(slice.left(64));
    }
    EXPECT_EQ(slices.size(), offsets.size()) << "different offsets give different bytes";
    EXPECT_TRUE(device.atEnd());
    EXPECT_TRUE(device.read(10).isEmpty());

    // Sequential reading in 1 MiB steps: measure the generation speed over 1 GiB.
    ASSERT_TRUE(device.seek(0));
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    while (total < 1024LL * 1024 * 1024)
        total += device.read(buffer.data(), buffer.size());
    const double seconds = std::max<qint64>(timer.nsecsElapsed(), 1) / 1e9;
    const double gbPerSecond = double(total) / seconds / 1e9;
    RecordProperty("generation_GB_per_s", QByteArray::number(gbPerSecond, 'f', 2).constData());
    std::printf("generated 1 GiB in %.3f s = %.2f GB/s\n", seconds, gbPerSecond);
    // The target is >= 2 GB/s on an idle machine (measured 6-13 GB/s); the bound leaves room for a busy
    // shared CI runner, and for AddressSanitizer, which checks every byte copied (measured 0.76 GB/s).
#if defined(__SANITIZE_ADDRESS__)
    EXPECT_GT(gbPerSecond, 0.1);
#else
    EXPECT_GT(gbPerSecond, 0.5);
#endif
}

TEST(EmulatorContent, GeneratedBytesFillIsConsistentAtAnyAlignment)
{
    constexpr quint64 key = 0x1234;
    GeneratedBytesDevice device(key, 5 * 1024 * 1024 + 17);
    const QByteArray all = device.readAll();
    ASSERT_EQ(all.size(), 5 * 1024 * 1024 + 17);
    for (const qint64 offset : {0LL, 1LL, 13LL, 1024LL * 1024 - 1, 3LL * 1024 * 1024 + 5}) {
        for (const qint64 length : {1LL, 7LL, 8LL, 9LL, 4096LL + 3, 1024LL * 1024 + 11}) {
            QByteArray piece(length, Qt::Uninitialized);
            GeneratedBytesDevice::fill(key, offset, piece.data(), length);
            EXPECT_EQ(piece, all.mid(offset, length)) << offset << "+" << length;
        }
    }
    QByteArray otherKey(64, Qt::Uninitialized);
    GeneratedBytesDevice::fill(key + 1, 0, otherKey.data(), otherKey.size());
    EXPECT_NE(otherKey, all.left(64));

    QBuffer buffer;
    buffer.setData(all);
    buffer.open(QIODevice::ReadOnly);
    EXPECT_EQ(sha256Of(buffer), QCryptographicHash::hash(all, QCryptographicHash::Sha256));
}

TEST(EmulatorContent, UnwritableTemporaryDirectoryIsAClearFailure)
{
    const Tenant tenant(TenantKind::Large, 1);
    const TenantView view = viewOf(tenant);
    const OneDrive drive = view.oneDrives({0, 1}).items.first();
    const QByteArray saved = qgetenv("TMPDIR");
    qputenv("TMPDIR", "/nonexistent-vb365-emulator-dir");
    // Over 64 MiB (the 4 GiB recording): needs a temporary file, which cannot be created.
    GeneratedContent archive = ContentGenerator(view).oneDriveZip(drive.id);
    if (saved.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", saved);
    EXPECT_EQ(archive.status, GeneratedContent::Status::Failed);
    EXPECT_FALSE(archive.device);
    EXPECT_TRUE(archive.error.contains(u"/nonexistent-vb365-emulator-dir"_s)) << archive.error.toStdString();
}

TEST(EmulatorContent, PastPointInTimeDownloadsTheVersionOfThen)
{
    const Tenant tenant(TenantKind::Demo, 1);
    const Organization org = tenant.organizations().first();
    const QDateTime then = org.firstBackupTime->addSecs(org.firstBackupTime->secsTo(*org.lastBackupTime) / 2);
    const TenantView past = *tenant.view({org.id, then, false, true});
    const TenantView now = viewOf(tenant, false, true);
    const OneDrive drive = past.oneDrives({0, 1}).items.first();
    int olderVersions = 0;
    for (const DriveItem &document : itemsOf(past.driveDocuments(drive.id, ParentSelector::everything(), everything))) {
        GeneratedContent content = ContentGenerator(past).document(drive.id, document.id);
        const QByteArray bytes = readAll(content);
        EXPECT_EQ(bytes.size(), document.sizeBytes) << document.name.toStdString();
        GeneratedContent sameVersionNow = ContentGenerator(now).document(drive.id, document.id, document.versionId);
        EXPECT_EQ(readAll(sameVersionNow), bytes) << document.name.toStdString();
        olderVersions += document.versionId < now.driveItem(drive.id, document.id)->versionId ? 1 : 0;
    }
    EXPECT_GT(olderVersions, 0);
}
