#include "search/itemsearchbar.h"

#include "search/searchbuilderdialog.h"
#include "search/searchhistory.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace re::ui {

namespace {

QString domainName(SearchCriteria::Domain domain)
{
    return domain == SearchCriteria::Domain::Mail ? QStringLiteral("mail") : QStringLiteral("documents");
}

} // namespace

ItemSearchBar::ItemSearchBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("itemSearchEdit"));
    m_edit->setAccessibleName(tr("Search items on the server"));
    m_edit->setPlaceholderText(tr("Search on the server, e.g. from:anna subject:\"q3 plan\" (Ctrl+Shift+S)"));
    m_edit->setClearButtonEnabled(true);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("itemSearchScope"));
    m_scope->setAccessibleName(tr("Search scope"));
    m_builder = new QPushButton(tr("&Builder…"), this);
    m_builder->setObjectName(QStringLiteral("itemSearchBuilder"));
    m_builder->setAccessibleName(tr("Build a search"));
    m_builder->setToolTip(tr("Write a query from common criteria: from, to, subject, dates, attachments, file name and type"));
    m_history = new QToolButton(this);
    m_history->setObjectName(QStringLiteral("itemSearchHistory"));
    m_history->setAccessibleName(tr("Recent and saved searches"));
    m_history->setText(tr("Recent"));
    m_history->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_history);
    menu->setObjectName(QStringLiteral("itemSearchHistoryMenu"));
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillHistoryMenu(menu); });
    m_history->setMenu(menu);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_scope);
    layout->addWidget(m_builder);
    layout->addWidget(m_history);

    connect(m_edit, &QLineEdit::returnPressed, this, &ItemSearchBar::run);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { showProblem({}); });
    connect(m_builder, &QPushButton::clicked, this, &ItemSearchBar::openBuilder);
    setScope({}, SearchCriteria::Domain::Mail);
}

void ItemSearchBar::setScope(const QString &description, SearchCriteria::Domain domain)
{
    m_available = !description.isEmpty();
    m_domain = domain;
    m_scopeText = m_available ? description : tr("select a mailbox, OneDrive or folder to search");
    m_problem.clear();
    m_scope->setText(m_scopeText);
    m_edit->setEnabled(m_available);
    m_builder->setEnabled(m_available);
}

void ItemSearchBar::setHistory(SearchHistory *history)
{
    m_searchHistory = history;
    m_history->setEnabled(history != nullptr);
}

void ItemSearchBar::run()
{
    const QString query = m_edit->text().trimmed();
    if (!m_available)
        return;
    if (query.isEmpty()) {
        showProblem(tr("Type what to search for first, e.g. from:anna."));
        return;
    }
    if (const QString problem = SearchCriteria::queryProblem(query); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    if (m_searchHistory)
        m_searchHistory->addRecent(query);
    Q_EMIT searchRequested(query);
}

void ItemSearchBar::showProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    m_scope->setText(problem.isEmpty() ? m_scopeText : problem);
}

void ItemSearchBar::openBuilder()
{
    SearchBuilderDialog dialog(m_domain, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_edit->setText(dialog.query().value());
    run();
}

void ItemSearchBar::fillHistoryMenu(QMenu *menu)
{
    menu->clear();
    if (!m_searchHistory)
        return;
    const auto runQuery = [this](const QString &query) {
        m_edit->setText(query);
        run();
    };
    menu->addSection(tr("Recent"));
    const QStringList recent = m_searchHistory->recent();
    if (recent.isEmpty())
        menu->addAction(tr("(none yet)"))->setEnabled(false);
    for (const QString &query : recent)
        connect(menu->addAction(query), &QAction::triggered, this, [runQuery, query] { runQuery(query); });
    menu->addSection(tr("Saved"));
    const QList<SearchHistory::Saved> saved = m_searchHistory->saved();
    if (saved.isEmpty())
        menu->addAction(tr("(none saved)"))->setEnabled(false);
    for (const SearchHistory::Saved &entry : saved) {
        QAction *action = menu->addAction(tr("%1 — %2").arg(entry.name, entry.query));
        action->setEnabled(entry.scope.isEmpty() || entry.scope == domainName(m_domain));
        connect(action, &QAction::triggered, this, [runQuery, query = entry.query] { runQuery(query); });
    }
    menu->addSeparator();
    QAction *save = menu->addAction(tr("Save This Search…"));
    save->setEnabled(!m_edit->text().trimmed().isEmpty());
    connect(save, &QAction::triggered, this, &ItemSearchBar::saveCurrent);
    QAction *clear = menu->addAction(tr("Clear Recent Searches"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        if (m_searchHistory)
            m_searchHistory->clearRecent();
    });
}

void ItemSearchBar::saveCurrent()
{
    if (!m_searchHistory)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name of the saved search:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return;
    const Result<void, QString> saved = m_searchHistory->save({name, m_edit->text(), domainName(m_domain)});
    if (!saved)
        showProblem(saved.error());
}

} // namespace re::ui
