#pragma once

#include "resources/restoresession.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTreeWidget;

namespace re::ui {

class MessageBanner;

// Lists the restore sessions that exist on the server (opened earlier by this user, by this app or
// by the CLI) so one can be reattached to the tree or stopped.
class SessionListDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SessionListDialog(QWidget *parent = nullptr);

    void setSessions(const QList<RestoreSession> &sessions);
    void setError(const QString &message);
    // The session is gone from the server: its row goes too.
    void removeSession(const QString &sessionId);

    QList<RestoreSession> sessions() const { return m_sessions; }
    // The selected session, if any.
    const RestoreSession *currentSession() const;
    bool selectSession(const QString &sessionId);

signals:
    void reattachRequested(const re::RestoreSession &session);
    void stopRequested(const re::RestoreSession &session);

private:
    void updateButtons();

    QList<RestoreSession> m_sessions;
    QTreeWidget *m_list = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_reattachButton = nullptr;
    QPushButton *m_stopButton = nullptr;
};

// "Exchange", "OneDrive", … for lists and the status bar.
QString sessionTypeDisplayName(const std::optional<SessionType> &type);
QString sessionStateDisplayName(SessionState state);

} // namespace re::ui
