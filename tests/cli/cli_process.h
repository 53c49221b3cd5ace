#pragma once

// Runs the built restore-cli binary for a test: arguments, a password on standard input, and what
// it printed.
#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace re::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    bool crashed = false;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    // For failure messages.
    std::string describe() const;
};

// The connection options of an emulator: --server URL --user U --password-stdin [--api VERSION].
QStringList connectArguments(const QUrl &server, const QString &user, const QString &api = {});

// Runs restore-cli with `arguments`, writing `stdinText` to its standard input.
CliRun runCli(const QStringList &arguments, const QByteArray &stdinText, int timeoutMs = 60000);

} // namespace re::test
