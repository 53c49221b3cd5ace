#include "sessionlistdialog.h"

#include "widgets/messagebanner.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace re::ui {

namespace {

constexpr int kIndexRole = Qt::UserRole;

} // namespace

QString sessionTypeDisplayName(const std::optional<SessionType> &type)
{
    if (!type)
        return QCoreApplication::translate("SessionListDialog", "Unknown");
    switch (*type) {
    case SessionType::Exchange: return QCoreApplication::translate("SessionListDialog", "Exchange");
    case SessionType::OneDrive: return QCoreApplication::translate("SessionListDialog", "OneDrive");
    case SessionType::SharePoint: return QCoreApplication::translate("SessionListDialog", "SharePoint");
    case SessionType::Teams: return QCoreApplication::translate("SessionListDialog", "Teams");
    }
    return {};
}

QString sessionStateDisplayName(SessionState state)
{
    switch (state) {
    case SessionState::Starting: return QCoreApplication::translate("SessionListDialog", "Starting");
    case SessionState::Working: return QCoreApplication::translate("SessionListDialog", "Active");
    case SessionState::Stopping: return QCoreApplication::translate("SessionListDialog", "Stopping");
    case SessionState::Stopped: return QCoreApplication::translate("SessionListDialog", "Stopped");
    case SessionState::Unknown: break;
    }
    return QCoreApplication::translate("SessionListDialog", "Unknown");
}

SessionListDialog::SessionListDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("SessionListDialog"));
    setWindowTitle(tr("Restore Sessions on the Server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Active restore sessions of this account, including those opened "
                                "earlier or from the command line. Reattach one to browse it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setAccessibleName(tr("Restore sessions"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Session"), tr("Organization"), tr("Type"), tr("Opened"),
                             tr("State"), tr("Opened by")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *buttons = new QDialogButtonBox(this);
    m_reattachButton = buttons->addButton(tr("&Reattach"), QDialogButtonBox::AcceptRole);
    m_reattachButton->setObjectName(QStringLiteral("reattachButton"));
    m_reattachButton->setDefault(true);
    m_stopButton = buttons->addButton(tr("&Stop Session"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const RestoreSession *session = currentSession()) {
            emit reattachRequested(*session);
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (const RestoreSession *session = currentSession())
            emit stopRequested(*session);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SessionListDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, m_reattachButton, &QPushButton::click);

    m_banner->showMessage(MessageBanner::Level::Information, tr("Loading the sessions…"));
    updateButtons();
    resize(900, 360);
}

void SessionListDialog::setSessions(const QList<RestoreSession> &sessions)
{
    m_sessions = sessions;
    m_list->clear();
    for (int i = 0; i < m_sessions.size(); ++i) {
        const RestoreSession &session = m_sessions.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, session.name.isEmpty() ? session.id : session.name);
        item->setText(1, session.organization);
        item->setText(2, sessionTypeDisplayName(session.type));
        item->setText(3, session.creationTime.isValid()
                             ? QLocale().toString(session.creationTime.toLocalTime(), QLocale::ShortFormat)
                             : QString());
        item->setText(4, sessionStateDisplayName(session.state));
        item->setText(5, session.initiatedBy);
        item->setData(0, kIndexRole, i);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    if (m_sessions.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Information,
                              tr("There are no active restore sessions. Use Explore to open one."));
    else
        m_banner->clear();
    updateButtons();
}

void SessionListDialog::setError(const QString &message)
{
    m_banner->showMessage(MessageBanner::Level::Error, message);
}

void SessionListDialog::removeSession(const QString &sessionId)
{
    QList<RestoreSession> remaining;
    for (const RestoreSession &session : std::as_const(m_sessions)) {
        if (session.id != sessionId)
            remaining.append(session);
    }
    setSessions(remaining);
}

const RestoreSession *SessionListDialog::currentSession() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, kIndexRole).toInt();
    return index >= 0 && index < m_sessions.size() ? &m_sessions.at(index) : nullptr;
}

bool SessionListDialog::selectSession(const QString &sessionId)
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i).id == sessionId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void SessionListDialog::updateButtons()
{
    const bool selected = currentSession() != nullptr;
    m_reattachButton->setEnabled(selected);
    m_stopButton->setEnabled(selected);
}

} // namespace re::ui
