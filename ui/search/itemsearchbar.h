#pragma once

#include "search/searchcriteria.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace re {
class SearchHistory;
}

namespace re::ui {

// The item search above the item list: a query in the server's syntax for the selected mailbox, mail
// folder, OneDrive, OneDrive folder or whole session, a builder for the common criteria, and the
// profile's recent and saved searches.
class ItemSearchBar final : public QWidget
{
    Q_OBJECT
public:
    explicit ItemSearchBar(QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *builderButton() const { return m_builder; }
    QToolButton *historyButton() const { return m_history; }

    // What a search would look in ("in Inbox"); an empty description disables searching.
    void setScope(const QString &description, SearchCriteria::Domain domain);
    SearchCriteria::Domain domain() const { return m_domain; }
    // Recent and saved searches of the connected profile (not owned; null while disconnected).
    void setHistory(SearchHistory *history);
    // Fills the menu of recent and saved searches (public for tests).
    void fillHistoryMenu(QMenu *menu);
    // Runs the builder dialog; on Search, its query becomes the box's text and is run.
    void openBuilder();
    // Why the last Enter searched nothing (nothing typed, too long); shown instead of the scope until
    // the text changes. Empty when it searched.
    QString problemText() const { return m_problem; }

Q_SIGNALS:
    void searchRequested(const QString &query);

private:
    void run();
    void saveCurrent();
    void showProblem(const QString &problem);

    QLineEdit *m_edit = nullptr;
    QLabel *m_scope = nullptr;
    QPushButton *m_builder = nullptr;
    QToolButton *m_history = nullptr;
    SearchHistory *m_searchHistory = nullptr;
    QString m_scopeText;
    QString m_problem;
    SearchCriteria::Domain m_domain = SearchCriteria::Domain::Mail;
    bool m_available = false;
};

} // namespace re::ui
