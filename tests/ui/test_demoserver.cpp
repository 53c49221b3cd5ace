// How --demo starts the emulator: the installed layout (certificate and key beside the program) and
// the build tree (the emulator's own default certificate).
#include "demoserver.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using re::ui::DemoServer;

namespace {

void touch(const QString &path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("x");
}

} // namespace

TEST(DemoServer, InstalledEmulatorGetsTheCertificateBesideIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString program = dir.filePath(QStringLiteral("vb365-emulator"));
    touch(program);
    touch(dir.filePath(QStringLiteral("emulator-cert.pem")));
    touch(dir.filePath(QStringLiteral("emulator-key.pem")));
    const QStringList args = DemoServer::arguments(program);
    ASSERT_TRUE(args.contains(QStringLiteral("--cert")));
    EXPECT_EQ(args.at(args.indexOf(QStringLiteral("--cert")) + 1), dir.filePath(QStringLiteral("emulator-cert.pem")));
    EXPECT_EQ(args.at(args.indexOf(QStringLiteral("--key")) + 1), dir.filePath(QStringLiteral("emulator-key.pem")));
    EXPECT_TRUE(args.contains(QStringLiteral("--tls")));
}

TEST(DemoServer, BuildTreeEmulatorUsesItsOwnDefault)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString program = dir.filePath(QStringLiteral("vb365-emulator"));
    touch(program);
    touch(dir.filePath(QStringLiteral("emulator-cert.pem"))); // a certificate without its key is not used
    const QStringList args = DemoServer::arguments(program);
    EXPECT_FALSE(args.contains(QStringLiteral("--cert")));
    EXPECT_FALSE(args.contains(QStringLiteral("--key")));
    EXPECT_TRUE(args.contains(QStringLiteral("--tls")));
}
