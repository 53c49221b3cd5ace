#pragma once

#include "actions/restorelog.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>

class QLabel;
class QTableView;

namespace re::ui {

class MessageBanner;

// The restore log's entries as a table, newest first.
class RestoreLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        OutcomeColumn,
        ActionColumn,
        TargetColumn,
        ReasonColumn,
        OrganizationColumn,
        UserColumn,
        ServerColumn,
        CountersColumn,
        MessageColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<actions::RestoreLogEntry> oldestFirst);
    const QList<actions::RestoreLogEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<actions::RestoreLogEntry> m_entries; // newest first
};

// Help > Restore Log: every action this computer ran, with CSV export.
class RestoreLogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreLogDialog(actions::RestoreLog log, QWidget *parent = nullptr);

    // Where "Export CSV…" writes; the default asks with a file dialog. Empty = cancelled.
    using PathChooser = std::function<QString(QWidget *parent)>;
    void setCsvPathChooser(PathChooser chooser) { m_chooseCsvPath = std::move(chooser); }

    void reload();
    void exportCsv();
    RestoreLogModel *model() const { return m_model; }
    QString statusText() const;

private:
    actions::RestoreLog m_log;
    RestoreLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    MessageBanner *m_banner = nullptr;
    PathChooser m_chooseCsvPath;
};

} // namespace re::ui
