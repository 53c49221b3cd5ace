#pragma once

// The benchmark's emulator mode: starts vb365-emulator with the large tenant, logs in, finds the
// 4 GiB document and describes its save action (POST …/Documents/{id}/save, {"asZip": false}) as
// a Target both the client and curl send.

#include "bench_target.h"
#include "common/result.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace re::test {
class EmulatorProcess;
}

namespace re::bench {

class BenchEmulator
{
public:
    BenchEmulator();
    ~BenchEmulator();

    // certPath/keyPath: serve HTTPS with this pair (the CA file for both clients); empty: HTTP.
    Result<Target, QString> start(const QString &certPath, const QString &keyPath);
    // The same search on an emulator that is already running (scripts/bench.sh starts one).
    static Result<Target, QString> findDocument(const QUrl &root, const QString &user, const QString &password,
                                                const QString &certPath = {});

private:
    std::unique_ptr<re::test::EmulatorProcess> m_process;
};

} // namespace re::bench
