// re-search-bench: the time from typing a user's e-mail address into the explorer's find box (and
// pressing Enter) to that user's mailbox being selected in the tree, against vb365-emulator on
// loopback — including the emulator's work. The targets sit deep in the list (position 8,991 of 10,000
// in the large tenant, i.e. page 300 of 30). "cold": typing right after the session was opened (the
// name index is read from the server meanwhile); "warm": the next lookup in the same window (index in
// memory); "focused first": the first lookup after the box got focus and the index was read.
//
//   re-search-bench [--tenant large|demo] [--repeat N]
//
// Prints one line per lookup and a summary; exit code 0 when every lookup selected its mailbox.

#include "bench_report.h"
#include "emulator_process.h"

#include "api/client/apiclient.h"
#include "auth/tokenmanager.h"
#include "mainwindow.h"
#include "model/apibrowsesource.h"
#include "model/backuptreemodel.h"
#include "prompter.h"
#include "search/findbox.h"
#include "search/searchcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <optional>

using namespace re;

namespace {

constexpr int kWaitMs = 120000;

template <typename T>
std::optional<T> await(const std::function<void(std::function<void(Result<T, ApiError>)>)> &start)
{
    std::optional<Result<T, ApiError>> result;
    start([&result](Result<T, ApiError> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs) || !*result)
        return std::nullopt;
    return std::move(result->value());
}

using re::bench::median;

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // recent searches must not land in the user's settings
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("re-search-bench"));
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tenantOption(QStringLiteral("tenant"), QStringLiteral("large (default) or demo"), QStringLiteral("name"),
                                          QStringLiteral("large"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("lookups per kind (default 3)"), QStringLiteral("n"),
                                          QStringLiteral("3"));
    parser.addOptions({tenantOption, repeatOption});
    parser.process(app);
    const QString tenant = parser.value(tenantOption);
    const int repeat = std::clamp(parser.value(repeatOption).toInt(), 1, 20);

    test::EmulatorProcess emulator(test::EmulatorProcess::Options{
        {QStringLiteral("--api"), QStringLiteral("v8"), QStringLiteral("--tenant"), tenant}, false, 30000});
    if (!emulator.start()) {
        out << "re-search-bench: the emulator did not start: " << emulator.errorString() << Qt::endl;
        return 2;
    }
    ApiClient client(emulator.url());
    client.setApiVersion(ApiVersion::V8);
    client.login(emulator.user(), emulator.password());
    if (!QTest::qWaitFor([&] { return client.tokens()->isLoggedIn(); }, kWaitMs)) {
        out << "re-search-bench: login failed" << Qt::endl;
        return 2;
    }
    QObject context;
    const auto organizations = await<Page<Organization>>([&](auto done) {
        ListQuery q;
        q.collection = Collection::Organizations;
        client.fetchPage<Organization>(q, &context, std::move(done));
    });
    if (!organizations || organizations->items.isEmpty())
        return 2;
    ExploreOptions explore;
    explore.type = SessionType::Exchange;
    const auto session = await<RestoreSession>([&](auto done) {
        client.explore(organizations->items.first().id, explore, &context, std::move(done));
    });
    if (!session)
        return 2;
    const auto countPage = await<Page<Mailbox>>([&](auto done) {
        ListQuery q;
        q.collection = Collection::Mailboxes;
        q.sessionId = session->id;
        q.limit = 10000;
        client.fetchPage<Mailbox>(q, &context, std::move(done));
    });
    if (!countPage)
        return 2;
    const QList<Mailbox> &all = countPage->items;
    // Deep in the list: the large tenant's position 8,991 is page 300 of 30.
    QList<qsizetype> targets; // positions in the list
    const QList<double> positions{0.899, 0.95, 0.5, 0.75, 0.999, 0.6, 0.3, 0.85, 0.7, 0.4};
    QHash<QString, int> addressCount;
    for (const Mailbox &m : all)
        ++addressCount[m.email.toLower()];
    for (int i = 0; i < 2 * repeat; ++i) {
        qsizetype at = std::min<qsizetype>(all.size() - 1, static_cast<qsizetype>(positions.at(i % positions.size()) * all.size()));
        // An address that names one mailbox only (an archive shares its owner's address).
        while (at > 0 && addressCount.value(all.at(at).email.toLower()) != 1)
            --at;
        targets << at;
    }

    ui::ScriptedPrompter prompter;
    const std::unique_ptr<BrowseSource> modelSource = makeModelSource(&client); // what the app uses
    BrowseSource &source = *modelSource;
    ui::MainWindow window(prompter);
    window.show();
    const auto attachFresh = [&] {
        window.attach(&client, &source, ServerProfile::create(emulator.url()));
        const QModelIndex node = window.addSession(*session, false);
        window.treeView()->setCurrentIndex(node);
    };
    const auto lookUp = [&](const Mailbox &target) -> std::optional<double> {
        QLineEdit *edit = window.findBox()->edit();
        edit->clear();
        edit->setFocus();
        QElapsedTimer timer;
        timer.start();
        QTest::keyClicks(edit, target.email);
        QTest::keyClick(edit, Qt::Key_Return);
        const bool selected = QTest::qWaitFor(
            [&] { return window.treeView()->currentIndex().data(ResourceRefRole).value<ResourceRef>().containerId == target.id; },
            kWaitMs);
        if (!selected)
            return std::nullopt;
        return timer.nsecsElapsed() / 1e6;
    };

    out << "re-search-bench: tenant " << tenant << ", " << all.size() << " mailboxes, v8 on loopback, "
        << "debounce " << ui::FindBox::kDebounceMs << " ms (skipped by Enter)" << Qt::endl;
    QList<double> cold;
    QList<double> warm;
    QList<double> focused;
    bool ok = true;
    const auto text = [](const std::optional<double> &ms) { return ms ? QString::number(*ms, 'f', 1) : QStringLiteral("FAILED"); };
    for (int i = 0; i < repeat; ++i) {
        // cold: typing right after the session was opened; the list is read from the server meanwhile.
        attachFresh();
        const qsizetype a = targets.at(2 * i);
        const std::optional<double> coldMs = lookUp(all.at(a));
        // warm: the next lookup in the same window, once the whole list is in memory.
        ok = QTest::qWaitFor([&] { return window.searchController()->finder()->isIndexComplete(); }, kWaitMs) && ok;
        const qsizetype b = targets.at(2 * i + 1);
        const std::optional<double> warmMs = lookUp(all.at(b));
        // focused: the box got focus (Ctrl+Shift+F) and the user typed after the list was read.
        attachFresh();
        window.findBox()->edit()->setFocus();
        ok = QTest::qWaitFor([&] { return window.searchController()->finder()->isIndexComplete(); }, kWaitMs) && ok;
        const std::optional<double> focusedMs = lookUp(all.at(a));
        out << QStringLiteral("cold %1 (#%2): %3 ms   warm %4 (#%5): %6 ms   focused first: %7 ms")
                   .arg(all.at(a).email).arg(a + 1).arg(text(coldMs))
                   .arg(all.at(b).email).arg(b + 1).arg(text(warmMs)).arg(text(focusedMs))
            << Qt::endl;
        ok = ok && coldMs && warmMs && focusedMs;
        for (auto [list, value] : {std::pair{&cold, coldMs}, std::pair{&warm, warmMs}, std::pair{&focused, focusedMs}}) {
            if (value)
                list->append(*value);
        }
    }
    out << QStringLiteral("median: cold %1 ms, warm %2 ms, focused first %3 ms (goal: 1000 ms)")
               .arg(median(cold), 0, 'f', 1).arg(median(warm), 0, 'f', 1).arg(median(focused), 0, 'f', 1)
        << Qt::endl;
    const auto row = [&](const QString &what, const QList<double> &values) {
        const bool complete = values.size() == repeat;
        re::bench::printTableRow(out, {what, complete ? re::bench::fixed(median(values), 1) : QString(), {}, {},
                                       QStringLiteral("≤ 1000 ms"), complete && median(values) <= 1000});
    };
    row(QStringLiteral("find by name: typing → mailbox selected, cold (ms)"), cold);
    row(QStringLiteral("find by name: typing → mailbox selected, warm (ms)"), warm);
    window.detach();
    return ok ? 0 : 1;
}
