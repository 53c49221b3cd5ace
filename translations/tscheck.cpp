// re-tscheck: fails on a .ts file that is not ready to ship. Reports, per message: untranslated
// (type="unfinished" or empty), obsolete (vanished/obsolete), "..." instead of "…" in the source or
// the translation, %1-style placeholders that differ between source and translation, and a menu
// mnemonic (&) that the translation lost. Usage: re-tscheck FILE.ts; exit 0 clean, 1 problems, 2 usage.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

#include <cstdio>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

bool hasMnemonic(const QString &text)
{
    QString stripped = text;
    stripped.remove(QStringLiteral("&&"));
    static const QRegularExpression mnemonic(QStringLiteral("&[^\\s;&]"));
    return mnemonic.match(stripped).hasMatch();
}

QStringList problems(const Message &m)
{
    QStringList found;
    if (m.type == u"vanished" || m.type == u"obsolete")
        return {QStringLiteral("obsolete (no longer in the sources)")};
    const bool empty = std::all_of(m.translations.begin(), m.translations.end(),
                                   [](const QString &t) { return t.isEmpty(); });
    if (m.type == u"unfinished" || empty || m.translations.isEmpty())
        found << QStringLiteral("untranslated");
    if (m.source.contains(QStringLiteral("...")))
        found << QStringLiteral("source uses \"...\" instead of \"…\"");
    for (const QString &translation : m.translations) {
        if (translation.isEmpty())
            continue;
        if (translation.contains(QStringLiteral("...")))
            found << QStringLiteral("translation uses \"...\" instead of \"…\"");
        // %n is left out: a singular form may spell the number out ("eine Datei").
        if (placeholders(m.source) != placeholders(translation))
            found << QStringLiteral("placeholders differ: \"%1\"").arg(translation);
        if (hasMnemonic(m.source) && !translation.contains(u'&'))
            found << QStringLiteral("translation lost the & mnemonic: \"%1\"").arg(translation);
    }
    found.removeDuplicates();
    return found;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: re-tscheck FILE.ts\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "re-tscheck: cannot read %s: %s\n", qPrintable(args.at(1)), qPrintable(file.errorString()));
        return 2;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    int messages = 0;
    int bad = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                current = Message {context, {}, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
            else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                current.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform")
                current.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++messages;
            const QStringList found = problems(current);
            if (!found.isEmpty()) {
                ++bad;
                std::printf("%s: \"%s\": %s\n", qPrintable(current.context), qPrintable(current.source),
                            qPrintable(found.join(QStringLiteral("; "))));
            }
            current = Message {};
        }
    }
    if (xml.hasError()) {
        std::fprintf(stderr, "re-tscheck: %s is not a valid .ts file: %s (line %lld)\n", qPrintable(args.at(1)),
                     qPrintable(xml.errorString()), static_cast<long long>(xml.lineNumber()));
        return 2;
    }
    std::printf("re-tscheck: %s: %d messages, %d with problems\n", qPrintable(args.at(1)), messages, bad);
    return bad == 0 ? 0 : 1;
}
