#pragma once

#include <QMenu>

namespace re::ui {

// "Language" menu: the system default or one of the available translations. The choice is saved
// (Translations::settingsKey()) and applies from the next start; the menu says so.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    // The saved choice changed (a language code or Translations::systemValue()).
    void languageChosen(const QString &value);

private:
    void choose(const QString &value);
};

} // namespace re::ui
