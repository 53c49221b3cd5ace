#pragma once

#include "actions/restorelog.h"
#include "actions/restoreoutcome.h"
#include "actions/restorerunner.h"

#include <QDialog>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace re {
class ApiClient;
}

namespace re::ui {

class MessageBanner;

// Runs one submitted action (RestoreRunner) and shows how it goes: a progress bar (v8 polling; busy
// while a v5-v7 server works), Cancel, then the outcome in plain words, the counters the server
// sent and the events this action produced. The run is appended to the restore log by the runner.
class RestoreRunDialog final : public QDialog
{
    Q_OBJECT

public:
    // `log` may be null (no restore log); it must outlive the dialog. `targetLabel`: the target as the
    // user picked it ("Inbox"); empty = core's description with ids.
    RestoreRunDialog(ApiClient *client, actions::ActionRequest request, const actions::JournalContext &journal,
                     const actions::RestoreLog *log, const QString &targetLabel = {}, QWidget *parent = nullptr);
    ~RestoreRunDialog() override;

    // Starts the run; an invalid request is shown as the outcome and nothing is sent.
    void start();
    bool isRunning() const;
    const std::optional<actions::RestoreOutcome> &outcome() const { return m_outcome; }
    actions::RestoreRunner &runner() { return m_runner; }

    void reject() override; // Escape/close while running cancels instead of hiding the run

signals:
    void runFinished(const re::actions::RestoreOutcome &outcome);

private:
    void showProgress(const actions::RestoreProgress &progress);
    void showOutcome(const actions::RestoreOutcome &outcome);
    void showEvents(const QList<SessionEvent> &events);

    actions::ActionRequest m_request;
    actions::RestoreRunner m_runner;
    std::optional<actions::RestoreOutcome> m_outcome;

    QLabel *m_stage = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageBanner *m_result = nullptr;
    QTableWidget *m_counters = nullptr;
    QTreeWidget *m_events = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace re::ui
