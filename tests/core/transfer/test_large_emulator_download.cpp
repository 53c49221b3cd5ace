// The large tenant's 4 GiB document end to end (label slow: minutes on a busy machine, 4 GiB of disk).

#include "memorybounds.h"
#include "emulator_downloads_fixture.h"

#include <iostream>

using namespace Qt::StringLiterals;

namespace re {
namespace {

using test::EmulatorDownloads;
using test::kFourGiB;
using test::residentBytes;

// The large tenant's 4 GiB document through ApiClient and the job: memory stays flat.
TEST_F(EmulatorDownloads, FourGibibyteDocumentWithFlatMemory)
{
    ASSERT_NO_FATAL_FAILURE(startWith({u"--tenant"_s, u"large"_s}));
    const DriveTarget drive = driveTarget();
    const std::optional<OneDriveDocument> found = findDocumentOfSize(drive, kFourGiB);
    ASSERT_TRUE(found.has_value()) << "the large tenant's first OneDrive has no 4 GiB document";
    const OneDriveDocument huge = *found;
    QStorageInfo storage(dir.path());
    if (storage.bytesAvailable() < kFourGiB + (qint64(2) << 30))
        GTEST_SKIP() << "needs 6 GiB free in " << dir.path().toStdString();

    DownloadManager manager;
    auto request = downloadRequestFor(client.get(), documentTarget(drive, huge), ActionVerb::Save,
                                      {{u"asZip"_s, false}}, dir.path(), huge.name);
    ASSERT_TRUE(request.hasValue());
    const qint64 before = residentBytes();
    qint64 peak = before;
    QElapsedTimer clock;
    clock.start();
    DownloadJob *job = manager.enqueue(std::move(request).value());
    QObject::connect(job, &DownloadJob::progressChanged, job, [&] { peak = std::max(peak, residentBytes()); });
    ASSERT_TRUE(test::waitUntil([job] { return isTerminal(job->state()); }, 900000));
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    ASSERT_FINISHED(job);
    const qint64 size = QFileInfo(job->snapshot().finalPath).size();
    std::cout << "[          ] 4 GiB in " << seconds << " s (" << static_cast<double>(size) / (1 << 20) / seconds
              << " MiB/s); client RSS " << before / (1 << 20) << " MiB -> peak " << peak / (1 << 20)
              << " MiB (+" << (peak - before) / 1000000 << " MB)\n";
    EXPECT_EQ(size, kFourGiB);
    if (test::kMemoryBoundsApply) {
        EXPECT_LE(peak - before, 50 * 1000 * 1000);
    }
    QFile::remove(job->snapshot().finalPath);
}

} // namespace
} // namespace re
