// The embedded translations and the language choice (command line, setting, system locale).
#include "languagemenu.h"
#include "translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTranslator>

#include <gtest/gtest.h>

using re::ui::Translations;

TEST(Translations, GermanIsEmbeddedAndTranslatesTheMainWindow)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/restore_explorer_de.qm")));
    EXPECT_TRUE(Translations::availableLanguages().contains(QStringLiteral("de")));
    EXPECT_TRUE(Translations::availableLanguages().contains(QStringLiteral("en")));

    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QStringLiteral("de_DE")), QStringLiteral("restore_explorer"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
    EXPECT_EQ(translator.translate("re::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(translator.translate("re::ui::MainWindow", "&Quit"), QStringLiteral("&Beenden"));
}

TEST(Translations, CommandLineBeatsSettingBeatsSystem)
{
    const QLocale system(QStringLiteral("fr_FR"));
    EXPECT_EQ(Translations::chooseLocale(QStringLiteral("de"), QStringLiteral("en"), system).language(),
              QLocale::German);
    EXPECT_EQ(Translations::chooseLocale({}, QStringLiteral("de"), system).language(), QLocale::German);
    EXPECT_EQ(Translations::chooseLocale(QStringLiteral("system"), QStringLiteral("de"), system), system);
    EXPECT_EQ(Translations::chooseLocale({}, {}, system), system);
    EXPECT_EQ(Translations::chooseLocale({}, QStringLiteral("system"), system), system);
}

TEST(Translations, OnlyAvailableLanguagesAreAccepted)
{
    EXPECT_TRUE(Translations::isKnown(QStringLiteral("de")));
    EXPECT_TRUE(Translations::isKnown(QStringLiteral("de_AT")));
    EXPECT_TRUE(Translations::isKnown(QStringLiteral("en")));
    EXPECT_TRUE(Translations::isKnown(QStringLiteral("system")));
    EXPECT_FALSE(Translations::isKnown(QStringLiteral("xx")));
    EXPECT_FALSE(Translations::isKnown(QString()));
    EXPECT_FALSE(Translations::isKnown(QStringLiteral("fr")));
}

TEST(Translations, LanguageMenuSavesTheChoice)
{
    QSettings().remove(Translations::settingsKey());
    re::ui::LanguageMenu menu;
    auto *german = menu.findChild<QAction *>(QStringLiteral("actionLanguage_de"));
    auto *system = menu.findChild<QAction *>(QStringLiteral("actionLanguage_system"));
    ASSERT_NE(german, nullptr);
    ASSERT_NE(system, nullptr);
    EXPECT_TRUE(system->isChecked());
    EXPECT_EQ(german->text(), QStringLiteral("Deutsch"));
    german->trigger();
    EXPECT_EQ(QSettings().value(Translations::settingsKey()).toString(), QStringLiteral("de"));
    EXPECT_TRUE(german->isChecked());
    system->trigger();
    EXPECT_EQ(QSettings().value(Translations::settingsKey()).toString(), QStringLiteral("system"));
    QSettings().remove(Translations::settingsKey());
}
