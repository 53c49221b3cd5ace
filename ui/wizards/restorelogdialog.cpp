#include "restorelogdialog.h"

#include "widgets/messagebanner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace re::ui {

using namespace re::actions;

namespace {

// The log keeps stable keys (success, failed, …); the table shows the translated words.
QString outcomeText(const QString &key)
{
    for (const Outcome outcome : {Outcome::Success, Outcome::Warning, Outcome::Failed, Outcome::Cancelled,
                                  Outcome::Running, Outcome::Skipped, Outcome::Unknown}) {
        if (outcomeKey(outcome) == key)
            return outcomeLabel(outcome);
    }
    return key;
}

} // namespace

void RestoreLogModel::setEntries(QList<RestoreLogEntry> oldestFirst)
{
    beginResetModel();
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    m_entries = std::move(oldestFirst);
    endResetModel();
}

int RestoreLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RestoreLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RestoreLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const RestoreLogEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case StartedColumn: return QLocale().toString(entry.started.toLocalTime(), QLocale::ShortFormat);
    case OutcomeColumn: return outcomeText(entry.outcome);
    case ActionColumn: return entry.action;
    case TargetColumn: return entry.target;
    case OrganizationColumn: return entry.organization;
    case UserColumn: return entry.user;
    case ServerColumn: return entry.server;
    case ReasonColumn: return entry.reason;
    case CountersColumn: {
        QStringList parts;
        for (auto it = entry.counters.constBegin(); it != entry.counters.constEnd(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInteger()));
        return parts.join(QStringLiteral(", "));
    }
    case MessageColumn:
        return role == Qt::ToolTipRole
                   ? entry.message + u'\n' + QString::fromUtf8(QJsonDocument(entry.options).toJson(QJsonDocument::Indented))
                   : entry.message;
    default: return {};
    }
}

QVariant RestoreLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn: return tr("Started");
    case OutcomeColumn: return tr("Outcome");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    case OrganizationColumn: return tr("Organization");
    case UserColumn: return tr("User");
    case ServerColumn: return tr("Server");
    case ReasonColumn: return tr("Reason");
    case CountersColumn: return tr("Counters");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

RestoreLogDialog::RestoreLogDialog(RestoreLog log, QWidget *parent) : QDialog(parent), m_log(std::move(log))
{
    setObjectName(QStringLiteral("restoreLogDialog"));
    setWindowTitle(tr("Restore Log"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("logBanner"));
    layout->addWidget(m_banner);
    m_model = new RestoreLogModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("restoreLogTable"));
    m_table->setAccessibleName(tr("Restore log entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    QPushButton *reloadButton = buttons->addButton(tr("Re&load"), QDialogButtonBox::ActionRole);
    reloadButton->setObjectName(QStringLiteral("reloadLogButton"));
    layout->addWidget(buttons);
    connect(exportButton, &QPushButton::clicked, this, &RestoreLogDialog::exportCsv);
    connect(reloadButton, &QPushButton::clicked, this, &RestoreLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_chooseCsvPath = [](QWidget *owner) {
        return QFileDialog::getSaveFileName(owner, tr("Export Restore Log"),
                                            QDir::home().filePath(QStringLiteral("restore-log.csv")),
                                            tr("CSV files (*.csv)"));
    };
    resize(900, 480);
    reload();
}

void RestoreLogDialog::reload()
{
    m_banner->clear();
    Result<RestoreLog::Contents, QString> contents = m_log.read();
    if (!contents) {
        m_model->setEntries({});
        m_banner->showMessage(MessageBanner::Level::Error, tr("The restore log could not be read: %1").arg(contents.error()));
        m_status->setText(QDir::toNativeSeparators(m_log.filePath()));
        return;
    }
    m_model->setEntries(contents->entries);
    m_table->resizeColumnsToContents();
    // Targets carry long ids: a column never takes more than a third of the table; the tool tip has it all.
    const int widest = std::max(m_table->fontMetrics().averageCharWidth() * 24, m_table->viewport()->width() / 3);
    for (int column = 0; column < RestoreLogModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    QString status = tr("%n action(s) in %1", nullptr, static_cast<int>(contents->entries.size()))
                         .arg(QDir::toNativeSeparators(m_log.filePath()));
    if (contents->skippedLines > 0)
        status += u' ' + tr("(%n unreadable line(s) skipped)", nullptr, contents->skippedLines);
    m_status->setText(status);
}

void RestoreLogDialog::exportCsv()
{
    const QString path = m_chooseCsvPath ? m_chooseCsvPath(this) : QString();
    if (path.isEmpty())
        return;
    if (Result<void, QString> written = m_log.exportCsv(path); !written)
        m_banner->showMessage(MessageBanner::Level::Error, tr("The CSV file was not written: %1").arg(written.error()));
    else
        m_banner->showMessage(MessageBanner::Level::Information,
                              tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

QString RestoreLogDialog::statusText() const
{
    return m_status->text();
}

} // namespace re::ui
