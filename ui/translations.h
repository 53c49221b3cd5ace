#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

namespace re::ui {

// Which language the user interface shows, and loading its translations. The app follows the system
// locale unless the user chose a language: `--language` for one run, else the saved setting.
// Languages are whatever restore_explorer_<lang>.qm files are embedded (":/i18n"), plus English, the
// language of the source strings.
class Translations final
{
public:
    // The value that means "follow the system locale" (command line and setting).
    static QString systemValue() { return QStringLiteral("system"); }
    // QSettings key of the saved choice.
    static QString settingsKey() { return QStringLiteral("ui/language"); }

    // Language codes with a translation ("de", …) plus "en", sorted.
    static QStringList availableLanguages();
    // The language's name in that language ("Deutsch"), for menus.
    static QString nativeName(const QString &language);

    // `commandLine` wins over `saved`, which wins over `system`; an empty value defers to the next
    // one, systemValue() picks `system`.
    static QLocale chooseLocale(const QString &commandLine, const QString &saved, const QLocale &system);
    // Whether `value` is "system" or an available language (the command line is checked with this).
    static bool isKnown(const QString &value);

    // Makes `locale` the default (numbers, dates) and installs Qt's and our translators for it.
    // Returns the language whose translation is active ("en" when the source strings are shown).
    static QString install(const QLocale &locale);
};

} // namespace re::ui
