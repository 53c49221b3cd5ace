#pragma once

#include <QDir>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace re::ui {

class ExplorerApp;

// Renders the documentation screenshots from a running demo: opens a session, walks the tree down
// to a mailbox folder with items, and grabs the main window and each dialog into PNG files
// (restore-explorer --demo --screenshot DIR). Ends in finished() with the files written or an error.
class Screenshotter final : public QObject
{
    Q_OBJECT

public:
    Screenshotter(ExplorerApp &app, const QString &directory, QObject *parent = nullptr);

    // Call once the app is connected to the demo server.
    void start();

signals:
    void finished(bool ok, const QString &message);

private:
    using Step = std::function<void()>;
    // Polls `condition` on the event loop, then runs `next`; fails after `timeoutMs`.
    void waitFor(const QString &what, std::function<bool()> condition, Step next, int timeoutMs = 15000);
    bool save(QWidget *widget, const QString &fileName);
    void fail(const QString &message);

    void openSession();
    void openMailFolder();
    void grabMainWindow();
    void grabConnectDialog();
    void grabTrustDialog();
    void grabSessionList();
    void grabWizards(); // restore wizard, its summary, the run's results and the restore log

    ExplorerApp &m_app;
    QDir m_directory;
    QStringList m_written;
    bool m_done = false;
};

} // namespace re::ui
