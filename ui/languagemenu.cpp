#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QSettings>
#include <QStatusBar>
#include <QMainWindow>

namespace re::ui {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString saved = QSettings().value(Translations::settingsKey(), Translations::systemValue()).toString();

    const auto addChoice = [&](const QString &text, const QString &value) {
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("actionLanguage_") + value);
        action->setCheckable(true);
        action->setChecked(value == saved);
        action->setStatusTip(tr("Show the user interface in this language from the next start"));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] { choose(value); });
    };
    addChoice(tr("&System Default"), Translations::systemValue());
    addSeparator();
    for (const QString &language : Translations::availableLanguages())
        addChoice(Translations::nativeName(language), language);
    if (!group->checkedAction() && !group->actions().isEmpty())
        group->actions().constFirst()->setChecked(true);
}

void LanguageMenu::choose(const QString &value)
{
    QSettings().setValue(Translations::settingsKey(), value);
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
        window->statusBar()->showMessage(tr("The language changes when Restore Explorer starts again."), 10000);
    emit languageChosen(value);
}

} // namespace re::ui
