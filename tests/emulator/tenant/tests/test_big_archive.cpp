// The large tenant's first OneDrive as one ZIP: a 4 GiB entry needs ZIP64, and Info-ZIP's unzip must accept
// it (slow: writes and tests about 4 GiB on disk).
#include "content.h"

#include "qt_printers.h"

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace vb365emu;
using namespace Qt::StringLiterals;

TEST(EmulatorBigArchive, OneDriveWithFourGibDocumentIsAValidZip64)
{
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        GTEST_SKIP() << "unzip is not installed";
    const Tenant tenant(TenantKind::Large, 1);
    const TenantView view = *tenant.view({tenant.organizations().first().id, std::nullopt, false, false});
    const OneDrive drive = view.oneDrives({0, 1}).items.first();

    GeneratedContent archive = ContentGenerator(view).oneDriveZip(drive.id);
    ASSERT_TRUE(archive.ready()) << archive.error.toStdString();
    EXPECT_GT(archive.device->size(), 4LL * 1024 * 1024 * 1024);
    EXPECT_EQ(archive.device->peek(4), QByteArray(zipMagic));
    auto *file = qobject_cast<QTemporaryFile *>(archive.device.get());
    ASSERT_NE(file, nullptr) << "a payload this large must live in a temporary file, not in memory";

    {
        QuaZip zip(file->fileName());
        ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
        bool sawBig = false;
        for (const QuaZipFileInfo64 &info : zip.getFileInfoList64())
            sawBig = sawBig || (info.uncompressedSize == 4ULL * 1024 * 1024 * 1024 && info.name.endsWith(u".mp4"_s));
        EXPECT_TRUE(sawBig);
    }

    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-tq"_s, file->fileName()});
    ASSERT_TRUE(unzip.waitForFinished(10 * 60 * 1000));
    const QString output = QString::fromLocal8Bit(unzip.readAllStandardOutput() + unzip.readAllStandardError());
    EXPECT_EQ(unzip.exitCode(), 0) << output.toStdString();
    EXPECT_FALSE(output.contains(u"skipped"_s)) << output.toStdString();
}
