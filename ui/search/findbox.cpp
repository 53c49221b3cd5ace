#include "search/findbox.h"

#include "common/textlimits.h"
#include "model/browseroles.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace re::ui {

FindBox::FindBox(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findMailboxEdit"));
    m_edit->setAccessibleName(tr("Find a mailbox or OneDrive"));
    m_edit->setPlaceholderText(tr("Find a mailbox or OneDrive by name (Ctrl+Shift+F)"));
    m_edit->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("findMatches"));
    m_list->setAccessibleName(tr("Mailboxes and OneDrives found"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 9);
    m_list->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setAccessibleName(tr("Find status"));
    m_status->hide();
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_list);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_pickWhenFound = false;
        if (!m_debounce.isActive())
            Q_EMIT prefetchWanted(); // while the user types on, the list is read
        m_debounce.start();
    });
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (!inputProblem().isEmpty()) {
            showMatches();
            return;
        }
        Q_EMIT lookupRequested(m_edit->text().trimmed());
        showMatches(); // a "too long" shown before goes even when the finder has nothing new to say
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (!inputProblem().isEmpty()) {
            m_debounce.stop();
            showMatches();
            return;
        }
        if (m_debounce.isActive()) { // Enter before the pause: look up now
            m_debounce.stop();
            Q_EMIT lookupRequested(m_edit->text().trimmed());
        }
        if (m_list->currentRow() > 0 || (isSettled() && !m_shown.isEmpty())) {
            activateRow(std::max(0, m_list->currentRow()));
            return;
        }
        m_pickWhenFound = true; // picks the best match once the list has been read far enough
        showMatches();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { activateRow(m_list->row(item)); });
    m_edit->installEventFilter(this);
    m_list->installEventFilter(this);
}

void FindBox::setFinder(NameFinder *finder)
{
    if (m_finder)
        disconnect(m_finder, nullptr, this, nullptr);
    m_finder = finder;
    if (m_finder) {
        connect(m_finder, &NameFinder::matchesChanged, this, &FindBox::showMatches);
        connect(m_finder, &NameFinder::indexProgress, this, &FindBox::showMatches);
        connect(m_finder, &NameFinder::failed, this, &FindBox::showMatches);
    }
    showMatches();
}

void FindBox::setProblem(const QString &text)
{
    m_shown.clear();
    m_list->clear();
    m_list->hide();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString FindBox::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString FindBox::inputProblem() const
{
    const qsizetype length = m_edit->text().trimmed().size();
    return length <= kMaxTextLength ? QString() : tooLongMessage(tr("name to find"), length, kMaxTextLength);
}

void FindBox::showMatches()
{
    if (const QString problem = inputProblem(); !problem.isEmpty()) {
        setProblem(problem);
        return;
    }
    if (!m_finder || m_finder->text().isEmpty() || m_edit->text().trimmed().isEmpty()) {
        setProblem({});
        return;
    }
    m_shown = m_finder->matches();
    const QString previous = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const NameFinder::Entry &entry : std::as_const(m_shown)) {
        auto *item = new QListWidgetItem(entry.detail.isEmpty() || entry.detail == entry.name
                                             ? entry.name
                                             : tr("%1 <%2>").arg(entry.name, entry.detail),
                                         m_list);
        item->setData(Qt::UserRole, entry.id);
        item->setToolTip(tr("Position %1 in the server's list").arg(entry.offset + 1));
        if (entry.id == previous)
            m_list->setCurrentItem(item);
    }
    m_list->setVisible(!m_shown.isEmpty());
    QString status;
    if (m_finder->lastError().kind != ApiError::Kind::None)
        status = tr("Could not read the list: %1").arg(errorDisplayText(m_finder->lastError()));
    else if (!m_finder->isIndexComplete())
        status = tr("Searching… %Ln read so far", nullptr, static_cast<int>(m_finder->indexedCount()));
    else if (m_shown.isEmpty())
        status = tr("No mailbox or OneDrive matches “%1”.").arg(m_finder->text());
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    if (m_pickWhenFound && isSettled() && !m_shown.isEmpty()) {
        m_pickWhenFound = false;
        activateRow(0);
    }
}

bool FindBox::isSettled() const
{
    if (!m_finder)
        return false;
    if (m_finder->isIndexComplete())
        return true;
    // An exact name or address cannot be beaten by rows not read yet.
    return !m_shown.isEmpty()
           && (m_shown.first().name.compare(m_finder->text(), Qt::CaseInsensitive) == 0
               || m_shown.first().detail.compare(m_finder->text(), Qt::CaseInsensitive) == 0);
}

void FindBox::activateRow(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    Q_EMIT activated(m_shown.at(row));
}

bool FindBox::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && watched == m_edit)
        Q_EMIT prefetchWanted();
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_edit && key->key() == Qt::Key_Down && m_list->isVisible() && m_list->count() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            m_list->setCurrentRow(std::max(0, m_list->currentRow()));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
            m_edit->clear();
            m_edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (watched == m_list && key->key() == Qt::Key_Up && m_list->currentRow() == 0) {
            m_edit->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace re::ui
