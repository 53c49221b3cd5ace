#pragma once

// Starts the built vb365-emulator for a test and reads its startup contract (docs/emulator.md):
//   vb365-emulator: serving API v5, v6 with tenant demo
//   url: http://127.0.0.1:PORT
//   user: helpdesk
//   password: demo
//   certificate-sha256: <hex>   (only with --tls)
//   ready
// QtCore/QtNetwork only; no dependency on core/, so client tests can use it freely.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace re::test {

class EmulatorProcess
{
public:
    struct Options
    {
        QStringList arguments;      // extra flags, e.g. {"--api", "v8", "--strict"}
        bool withRequestLog = true; // adds --log <temp file>, see logPath()
        int startTimeoutMs = 15000;
    };

    EmulatorProcess();
    explicit EmulatorProcess(Options options);
    ~EmulatorProcess(); // kills the process
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    // Starts the emulator and waits for "ready". False with errorString() on failure or timeout.
    bool start();
    QString errorString() const { return m_error; }

    QUrl url() const { return m_url; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString certificateSha256() const { return m_certificateSha256; } // lower-case hex, empty without --tls
    QString logPath() const { return m_logPath; }
    // Every JSON line of the request log written so far.
    QStringList logLines() const;
    qint64 processId() const;
    QString standardError() const; // what the emulator wrote to stderr so far

    static QString executablePath();

private:
    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QByteArray m_stdout;
    QString m_error;
    QUrl m_url;
    QString m_user;
    QString m_password;
    QString m_certificateSha256;
    QString m_logPath;
};

} // namespace re::test
