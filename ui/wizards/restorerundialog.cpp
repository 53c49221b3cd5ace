#include "restorerundialog.h"

#include "widgets/messagebanner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace re::ui {

using namespace re::actions;

RestoreRunDialog::RestoreRunDialog(ApiClient *client, ActionRequest request, const JournalContext &journal,
                                   const RestoreLog *log, const QString &targetLabel, QWidget *parent)
    : QDialog(parent), m_request(std::move(request)), m_runner(client)
{
    setObjectName(QStringLiteral("restoreRunDialog"));
    setWindowTitle(actionTitle(m_request));
    m_runner.setJournal(log, journal);

    auto *layout = new QVBoxLayout(this);
    auto *target = new QLabel(tr("Target: %1").arg(targetLabel.isEmpty() ? describeTarget(targetOf(m_request)) : targetLabel),
                              this);
    target->setToolTip(describeTarget(targetOf(m_request)));
    target->setWordWrap(true);
    target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(target);
    m_stage = new QLabel(tr("Starting…"), this);
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    layout->addWidget(m_stage);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);
    m_result = new MessageBanner(this);
    m_result->setObjectName(QStringLiteral("resultBanner"));
    layout->addWidget(m_result);

    m_counters = new QTableWidget(0, 2, this);
    m_counters->setObjectName(QStringLiteral("counterTable"));
    m_counters->setAccessibleName(tr("Counters"));
    m_counters->setHorizontalHeaderLabels({tr("Counter"), tr("Value")});
    m_counters->verticalHeader()->hide();
    m_counters->verticalHeader()->setDefaultSectionSize(m_counters->fontMetrics().height() + 6);
    m_counters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counters->hide();
    layout->addWidget(m_counters);

    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("eventList"));
    m_events->setAccessibleName(tr("Events of this action"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("Time"), tr("Status"), tr("Item"), tr("Message")});
    layout->addWidget(m_events, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("&Cancel Action"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setToolTip(tr("A server that runs restores as sessions stops it; older servers may still finish "
                            "what they started."));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeRunButton"));
    m_close->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_runner.cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    connect(&m_runner, &RestoreRunner::progressChanged, this, &RestoreRunDialog::showProgress);
    connect(&m_runner, &RestoreRunner::finished, this, &RestoreRunDialog::showOutcome);
    resize(640, 480);
}

RestoreRunDialog::~RestoreRunDialog() = default;

void RestoreRunDialog::start()
{
    if (const Validity started = m_runner.start(m_request); !started) {
        RestoreOutcome refused;
        refused.result = Outcome::Failed;
        refused.message = started.error().message;
        showOutcome(refused);
    }
}

bool RestoreRunDialog::isRunning() const
{
    return m_runner.isRunning();
}

void RestoreRunDialog::reject()
{
    if (m_runner.isRunning()) {
        m_cancel->setEnabled(false);
        m_runner.cancel();
        return;
    }
    QDialog::reject();
}

void RestoreRunDialog::showProgress(const RestoreProgress &progress)
{
    m_stage->setText(progress.text);
    if (progress.total && *progress.total > 0) {
        // QProgressBar is int-based: scale very large counts.
        const qint64 total = *progress.total;
        const qint64 done = std::min(progress.processed.value_or(0), total);
        const int scale = total > std::numeric_limits<int>::max() ? static_cast<int>(total / std::numeric_limits<int>::max()) + 1 : 1;
        m_progress->setRange(0, static_cast<int>(total / scale));
        m_progress->setValue(static_cast<int>(done / scale));
    } else {
        m_progress->setRange(0, 0);
    }
    if (progress.stage == RestoreProgress::Stage::Stopping)
        m_cancel->setEnabled(false);
    if (!progress.latestEvents.isEmpty())
        showEvents(progress.latestEvents);
}

void RestoreRunDialog::showOutcome(const RestoreOutcome &outcome)
{
    m_outcome = outcome;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_stage->setText(outcomeLabel(outcome.result));
    QStringList text {outcomeLabel(outcome.result) + u'.'};
    if (!outcome.message.isEmpty())
        text.append(outcome.message);
    if (outcome.statistics) {
        for (const QString &problem : problemsOf(*outcome.statistics))
            text.append(problem);
    }
    if (outcome.mayStillComplete)
        text.append(tr("The server may still complete the action; check the session's events later."));
    if (!outcome.journalError.isEmpty())
        text.append(tr("The restore log could not be written: %1").arg(outcome.journalError));
    text.removeDuplicates();
    const bool bad = outcome.result == Outcome::Failed || outcome.result == Outcome::Warning
                     || !outcome.journalError.isEmpty();
    m_result->showMessage(bad ? MessageBanner::Level::Error : MessageBanner::Level::Information, text.join(u'\n'));

    const QList<Counter> counters = outcome.counters();
    m_counters->setRowCount(static_cast<int>(counters.size()));
    const QLocale locale;
    for (int row = 0; row < counters.size(); ++row) {
        auto *label = new QTableWidgetItem(counters.at(row).label);
        label->setData(Qt::UserRole, counters.at(row).key);
        m_counters->setItem(row, 0, label);
        m_counters->setItem(row, 1, new QTableWidgetItem(locale.toString(counters.at(row).value)));
    }
    m_counters->setVisible(!counters.isEmpty());
    m_counters->setMaximumHeight(m_counters->horizontalHeader()->height()
                                 + m_counters->verticalHeader()->defaultSectionSize() * static_cast<int>(counters.size())
                                 + 2 * m_counters->frameWidth());
    showEvents(outcome.events);
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_close->setFocus();
    emit runFinished(outcome);
}

void RestoreRunDialog::showEvents(const QList<SessionEvent> &events)
{
    m_events->clear();
    const QLocale locale;
    for (const SessionEvent &event : events) {
        auto *item = new QTreeWidgetItem(m_events);
        item->setText(0, event.startTime ? locale.toString(event.startTime->toLocalTime(), QLocale::ShortFormat) : QString());
        item->setText(1, outcomeLabel(event.status));
        item->setText(2, event.itemName.isEmpty() ? event.title : event.itemName);
        item->setText(3, event.message);
        item->setToolTip(3, event.message);
    }
    for (int column = 0; column < 3; ++column)
        m_events->resizeColumnToContents(column);
}

} // namespace re::ui
