#include "downloadlistmodel.h"

#include "transfer/downloadjob.h"
#include "transfer/downloadmanager.h"
#include "transfer/downloadtext.h"

#include <QDir>

namespace re::ui {

DownloadListModel::DownloadListModel(DownloadManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    if (!manager)
        return;
    for (DownloadJob *job : manager->jobs()) {
        m_jobs.append(job);
        m_snapshots.append(job->snapshot());
    }
    connect(manager, &DownloadManager::jobAdded, this, &DownloadListModel::onJobAdded);
    connect(manager, &DownloadManager::jobRemoved, this, &DownloadListModel::onJobRemoved);
    connect(manager, &DownloadManager::jobChanged, this, &DownloadListModel::onJobChanged);
}

DownloadJob *DownloadListModel::job(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row) : nullptr;
}

int DownloadListModel::rowOf(const DownloadJob *job) const
{
    return static_cast<int>(m_jobs.indexOf(job));
}

DownloadSnapshot DownloadListModel::snapshot(int row) const
{
    return row >= 0 && row < m_snapshots.size() ? m_snapshots.at(row) : DownloadSnapshot();
}

int DownloadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int DownloadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DownloadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DownloadSnapshot &s = m_snapshots.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return s.name;
        case Size: return sizeText(s);
        case Progress: {
            const int percent = percentDone(s);
            return percent < 0 ? QString() : tr("%1%").arg(percent);
        }
        case Speed: return speedText(s.bytesPerSecond);
        case Eta: return etaText(s.etaSeconds);
        case State: return stateText(s);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (s.state == DownloadState::Finished)
            return QDir::toNativeSeparators(s.finalPath);
        return stateText(s);
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Speed || index.column() == Eta)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProgressRole: return percentDone(s);
    case StateRole: return static_cast<int>(s.state);
    case FinalPathRole: return s.finalPath;
    default: return {};
    }
}

QVariant DownloadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Size: return tr("Size");
    case Progress: return tr("Progress");
    case Speed: return tr("Speed");
    case Eta: return tr("Time left");
    case State: return tr("State");
    default: return {};
    }
}

void DownloadListModel::onJobAdded(DownloadJob *job)
{
    const int row = static_cast<int>(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.append(job);
    m_snapshots.append(job->snapshot());
    endInsertRows();
}

void DownloadListModel::onJobRemoved(DownloadJob *job)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_jobs.removeAt(row);
    m_snapshots.removeAt(row);
    endRemoveRows();
}

void DownloadListModel::onJobChanged(DownloadJob *job)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    m_snapshots[row] = job->snapshot();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace re::ui
