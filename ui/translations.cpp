#include "translations.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace re::ui {

namespace {

const QString kQmPrefix = QStringLiteral("restore_explorer_");
const QString kQmDirectory = QStringLiteral(":/i18n");
const QString kSourceLanguage = QStringLiteral("en");

} // namespace

QStringList Translations::availableLanguages()
{
    QStringList languages {kSourceLanguage};
    const QStringList files = QDir(kQmDirectory).entryList({kQmPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(kQmPrefix.size()).chopped(3));
    languages.sort();
    languages.removeDuplicates();
    return languages;
}

QString Translations::nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return language;
    // Language names are lower-case in some languages; a menu entry starts with a capital.
    name[0] = name[0].toUpper();
    return name;
}

QLocale Translations::chooseLocale(const QString &commandLine, const QString &saved, const QLocale &system)
{
    for (const QString &choice : {commandLine, saved}) {
        const QString value = choice.trimmed();
        if (value.isEmpty())
            continue;
        return value == systemValue() ? system : QLocale(value);
    }
    return system;
}

bool Translations::isKnown(const QString &value)
{
    if (value == systemValue())
        return true;
    const QString language = QLocale(value).name().section(u'_', 0, 0);
    return !value.isEmpty() && QLocale(value).language() != QLocale::C
           && availableLanguages().contains(language);
}

QString Translations::install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();

    // Qt's own strings (standard buttons, context menus); absent without qt6-translations-l10n.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, QStringLiteral("restore_explorer"), QStringLiteral("_"), kQmDirectory)) {
        QCoreApplication::installTranslator(appTranslator);
        const QString language = appTranslator->language().section(u'_', 0, 0);
        qCDebug(lcUi) << "user interface language:" << language;
        return language;
    }
    delete appTranslator;
    qCDebug(lcUi) << "user interface language: en (no translation for" << locale.uiLanguages() << ")";
    return kSourceLanguage;
}

} // namespace re::ui
