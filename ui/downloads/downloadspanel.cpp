#include "downloadspanel.h"

#include "downloadlistmodel.h"
#include "transfer/downloadjob.h"
#include "transfer/downloadmanager.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace re::ui {

namespace {

// Draws the Progress column as a progress bar (busy while the size is unknown and data flows).
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto state = static_cast<DownloadState>(index.data(DownloadListModel::StateRole).toInt());
        const int percent = index.data(DownloadListModel::ProgressRole).toInt();
        if (state == DownloadState::Queued || state == DownloadState::Failed || state == DownloadState::Cancelled) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = percent < 0 && state != DownloadState::Finished ? 0 : 100; // 0/0: busy
        bar.progress = qMax(0, percent);
        bar.text = index.data().toString();
        bar.textVisible = !bar.text.isEmpty();
        bar.state = option.state | QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

QAction *panelAction(QWidget *owner, const QString &text, const QString &objectName, const QKeySequence &key)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the panel's keys only act inside it
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&').remove(QChar(0x2026)),
                                                     key.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

} // namespace

DownloadsPanel::DownloadsPanel(DownloadManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_model(new DownloadListModel(manager, this))
    , m_view(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("downloadsPanel"));
    setAccessibleName(tr("Downloads"));

    m_cancel = panelAction(this, tr("&Cancel"), QStringLiteral("actionCancelDownload"), QKeySequence::Delete);
    m_retry = panelAction(this, tr("&Retry"), QStringLiteral("actionRetryDownload"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_openFile = panelAction(this, tr("&Open File"), QStringLiteral("actionOpenDownloadedFile"),
                             QKeySequence(Qt::Key_Return));
    m_openFolder = panelAction(this, tr("Open &Folder"), QStringLiteral("actionOpenDownloadFolder"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_clear = panelAction(this, tr("C&lear Ended"), QStringLiteral("actionClearDownloads"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));

    m_notice->setObjectName(QStringLiteral("downloadsNotice"));
    m_notice->setAccessibleName(tr("Download notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_view->setObjectName(QStringLiteral("downloadsTable"));
    m_view->setAccessibleName(tr("Downloads"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(DownloadListModel::Progress, new ProgressDelegate(m_view));
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const QList<int> widths = {36, 18, 16, 12, 9};
    for (int column = 0; column < widths.size(); ++column)
        m_view->horizontalHeader()->resizeSection(column, widths.at(column) * charWidth);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_cancel, m_retry, m_openFile, m_openFolder, m_clear}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(QString(action->text()).remove(u'&'));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QAction::triggered, this, [this] {
        if (DownloadJob *job = currentJob())
            job->cancel();
    });
    connect(m_retry, &QAction::triggered, this, [this] {
        if (DownloadJob *job = currentJob())
            m_manager->retry(job);
    });
    connect(m_openFile, &QAction::triggered, this, [this] { openCurrent(false); });
    connect(m_openFolder, &QAction::triggered, this, [this] { openCurrent(true); });
    connect(m_clear, &QAction::triggered, this, [this] {
        for (DownloadJob *job : m_manager->jobs()) {
            if (isTerminal(job->state()))
                m_manager->remove(job);
        }
        m_notice->hide();
    });
    connect(m_view, &QAbstractItemView::activated, this, [this] { openCurrent(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DownloadsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DownloadsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DownloadsPanel::updateActions);
    updateActions();
}

void DownloadsPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString DownloadsPanel::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void DownloadsPanel::select(DownloadJob *job)
{
    const int row = m_model->rowOf(job);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

DownloadJob *DownloadsPanel::currentJob() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->job(current.row()) : nullptr;
}

void DownloadsPanel::updateActions()
{
    const DownloadJob *job = currentJob();
    const DownloadState state = job ? job->state() : DownloadState::Queued;
    m_cancel->setEnabled(job && !isTerminal(state));
    m_retry->setEnabled(job && (state == DownloadState::Failed || state == DownloadState::Cancelled));
    m_openFile->setEnabled(job && state == DownloadState::Finished);
    m_openFolder->setEnabled(job && state == DownloadState::Finished);
    const QList<DownloadJob *> jobs = m_manager->jobs();
    m_clear->setEnabled(std::any_of(jobs.begin(), jobs.end(), [](const DownloadJob *j) { return isTerminal(j->state()); }));
}

void DownloadsPanel::openCurrent(bool folder)
{
    const DownloadJob *job = currentJob();
    if (!job || job->state() != DownloadState::Finished)
        return;
    const QString path = job->snapshot().finalPath;
    const QString target = folder ? QFileInfo(path).absolutePath() : path;
    if (!m_open(QUrl::fromLocalFile(target)))
        showNotice(tr("Could not open \"%1\": no program is set up to open it.").arg(QDir::toNativeSeparators(target)));
}

} // namespace re::ui
