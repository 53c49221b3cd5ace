#pragma once

#include "search/namefinder.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace re::ui {

// The find box above the tree: type part of a user's name or address, pick a match. Keystrokes are
// debounced; the matches come from a NameFinder (server-side list of the session, see namefinder.h) and
// are shown in a list below the box while there is text. Down moves into the list, Enter picks the
// current (or first) match, Escape clears.
class FindBox final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 200;
    static constexpr qsizetype kMaxTextLength = 256; // a name or an address; a paste beyond is refused

    explicit FindBox(QWidget *parent = nullptr);

    // The finder whose matches are shown (not owned; may be null).
    void setFinder(NameFinder *finder);
    QLineEdit *edit() const { return m_edit; }
    QListWidget *matchList() const { return m_list; }
    QString statusText() const;
    // Shown instead of matches, e.g. "Select a restore session first".
    void setProblem(const QString &text);

Q_SIGNALS:
    // The debounced text to look up (empty when cleared).
    void lookupRequested(const QString &text);
    // The box got focus or its first keystroke: a good moment to start reading the list.
    void prefetchWanted();
    void activated(const re::NameFinder::Entry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMatches();
    // Why the typed text is not looked up (too long); empty = fine.
    QString inputProblem() const;
    void activateRow(int row);
    // Whether the first match is final: the whole list was read, or it is an exact name or address.
    bool isSettled() const;

    QLineEdit *m_edit = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_debounce;
    QPointer<NameFinder> m_finder;
    QList<NameFinder::Entry> m_shown;
    bool m_pickWhenFound = false; // Enter came before the match: pick it when it arrives
};

} // namespace re::ui
