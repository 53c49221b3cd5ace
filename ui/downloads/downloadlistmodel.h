#pragma once

#include "transfer/downloadtypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace re {
class DownloadJob;
class DownloadManager;
} // namespace re

namespace re::ui {

// The downloads of a DownloadManager as a table, one row per job in queue order, refreshed from the
// jobs' (throttled) change signals. Each row caches the job's last snapshot so painting never
// recomputes it.
class DownloadListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Size, Progress, Speed, Eta, State, ColumnCount };
    enum Role {
        ProgressRole = Qt::UserRole + 200, // int 0-100, -1 while the size is unknown
        StateRole,                         // int: re::DownloadState
        FinalPathRole,                     // QString: the finished file
    };

    explicit DownloadListModel(DownloadManager *manager, QObject *parent = nullptr);

    DownloadJob *job(int row) const;
    int rowOf(const DownloadJob *job) const;
    DownloadSnapshot snapshot(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onJobAdded(DownloadJob *job);
    void onJobRemoved(DownloadJob *job);
    void onJobChanged(DownloadJob *job);

    QPointer<DownloadManager> m_manager;
    QList<DownloadJob *> m_jobs;
    QList<DownloadSnapshot> m_snapshots; // parallel to m_jobs
};

} // namespace re::ui
