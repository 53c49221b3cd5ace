// Accessibility walk: the main window and every dialog. Fails on an interactive widget that a
// screen reader would announce without a name, on a Tab order that jumps back up, and on a menu
// command without a keyboard shortcut.
#include "dialogs/connectdialog.h"
#include "dialogs/exploredialog.h"
#include "dialogs/sessionlistdialog.h"
#include "dialogs/trustdialog.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "prompter.h"
#include "search/searchbuilderdialog.h"
#include "wizards/actionwizard.h"
#include "wizards/restorelogdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>

using namespace re;
using namespace re::ui;

namespace {

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget);
}

// Parts of a Qt compound widget (a combo box's editor, a spin box's line edit, a header, the
// tool bar's extension button) are announced through their owner.
bool isPartOfQtWidget(const QWidget *widget, const QWidget *root)
{
    if (qobject_cast<const QHeaderView *>(widget) || widget->objectName().startsWith(QStringLiteral("qt_")))
        return true;
    for (const QWidget *up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
        if (qobject_cast<const QComboBox *>(up) || qobject_cast<const QAbstractSpinBox *>(up)
            || qobject_cast<const QAbstractItemView *>(up) || qobject_cast<const QLineEdit *>(up))
            return true;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    const QString name = widget->objectName().isEmpty() ? QStringLiteral("<no objectName>") : widget->objectName();
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + name;
}

std::vector<QWidget *> controls(QWidget &root)
{
    std::vector<QWidget *> found;
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        if (isInteractive(widget) && !isPartOfQtWidget(widget, &root))
            found.push_back(widget);
    }
    return found;
}

// What a screen reader says: Qt's accessible interface derives the name from the accessible name,
// a button's text or a label's buddy.
QStringList unnamedControls(QWidget &root)
{
    QStringList missing;
    for (QWidget *widget : controls(root)) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString spoken = accessible ? accessible->text(QAccessible::Name) : QString();
        if (spoken.trimmed().isEmpty())
            missing << describe(widget);
    }
    return missing;
}

// The Tab chain as a user meets it: visible, enabled controls that accept Tab focus, in chain order.
std::vector<QWidget *> tabChain(QWidget &root)
{
    std::vector<QWidget *> chain;
    const std::vector<QWidget *> all = controls(root);
    QWidget *widget = root.nextInFocusChain();
    for (int guard = 0; widget && widget != &root && guard < 10000; ++guard, widget = widget->nextInFocusChain()) {
        if (std::find(all.begin(), all.end(), widget) == all.end())
            continue;
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
            chain.push_back(widget);
    }
    return chain;
}

// Tab must read the window like a page: each step goes down (or along the same row), or over to a
// column further right. The chain is a circle, so exactly one step goes back up: the one from the
// last control to the first. A second one is a broken tab order; all backward steps are returned then.
QStringList tabOrderJumps(QWidget &root)
{
    constexpr int slack = 4; // pixels: rows of a form are not pixel-aligned
    const std::vector<QWidget *> chain = tabChain(root);
    QStringList jumps;
    for (size_t i = 0; i < chain.size() && chain.size() > 1; ++i) {
        QWidget *fromWidget = chain[i];
        QWidget *toWidget = chain[(i + 1) % chain.size()];
        const QRect from(fromWidget->mapTo(&root, QPoint(0, 0)), fromWidget->size());
        const QRect to(toWidget->mapTo(&root, QPoint(0, 0)), toWidget->size());
        const bool downOrSameRow = to.top() >= from.top() - slack;
        const bool nextColumn = to.left() >= from.right() - slack;
        if (!downOrSameRow && !nextColumn)
            jumps << describe(fromWidget) + QStringLiteral(" -> ") + describe(toWidget);
    }
    return jumps.size() > 1 ? jumps : QStringList();
}

// Names are checked on every page of a wizard (hidden pages too); the tab order on the page shown.
void expectAccessible(QWidget &root)
{
    root.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&root));
    ASSERT_FALSE(controls(root).empty()) << "the walk found no controls in " << describe(&root).toStdString();
    const QStringList unnamed = unnamedControls(root);
    EXPECT_TRUE(unnamed.isEmpty()) << "controls without an accessible name in " << describe(&root).toStdString()
                                   << ": " << unnamed.join(QStringLiteral(", ")).toStdString();
    const QStringList jumps = tabOrderJumps(root);
    EXPECT_TRUE(jumps.isEmpty()) << "Tab goes back up in " << describe(&root).toStdString() << ": "
                                 << jumps.join(QStringLiteral(", ")).toStdString();
}

// Menu commands a keyboard user needs a shortcut for: everything but submenus, separators, the
// About box and the entries of a choice list (a checkable action in an exclusive group).
QStringList actionsWithoutShortcut(const QMenuBar &menuBar)
{
    QStringList missing;
    std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                walk(action->menu());
                continue;
            }
            const bool choice = action->isCheckable() && action->actionGroup() && action->actionGroup()->isExclusive();
            if (action->isSeparator() || choice || action->menuRole() == QAction::AboutRole)
                continue;
            if (action->shortcut().isEmpty())
                missing << QStringLiteral("%1 (%2)").arg(action->text(), action->objectName());
        }
    };
    for (QAction *top : menuBar.actions()) {
        if (top->menu())
            walk(top->menu());
    }
    return missing;
}

CertificateInfo sampleCertificate()
{
    CertificateInfo info;
    info.subject = QStringLiteral("CN=vb365.example.com");
    info.issuer = QStringLiteral("CN=vb365.example.com");
    info.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    info.notAfter = QDateTime(QDate(2036, 1, 1), QTime(0, 0), Qt::UTC);
    info.sha256Hex = QByteArray("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    info.problems = QStringList {QStringLiteral("The certificate is self-signed.")};
    return info;
}

} // namespace

// The walk itself: it must notice an unnamed field (and accept one named through its label's
// buddy), and a tab order that goes back up.
TEST(Accessibility, WalkFindsUnnamedControlsAndBackwardTabSteps)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new QLabel(QStringLiteral("&Server:"), &window);
    auto *named = new QLineEdit(&window);
    named->setObjectName(QStringLiteral("namedEdit"));
    label->setBuddy(named);
    auto *unnamed = new QLineEdit(&window);
    unnamed->setObjectName(QStringLiteral("unnamedEdit"));
    auto *button = new QPushButton(QStringLiteral("OK"), &window);
    button->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(label);
    layout->addWidget(named);
    layout->addWidget(unnamed);
    layout->addWidget(button);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(unnamedControls(window), QStringList {QStringLiteral("QLineEdit unnamedEdit")});
    EXPECT_TRUE(tabOrderJumps(window).isEmpty());

    QWidget::setTabOrder(unnamed, named); // the second field, then back up to the first
    EXPECT_EQ(tabOrderJumps(window), (QStringList {QStringLiteral("QLineEdit unnamedEdit -> QLineEdit namedEdit"),
                                                   QStringLiteral("QPushButton okButton -> QLineEdit unnamedEdit")}));
}

TEST(Accessibility, MainWindowControlsHaveNamesAndTabOrderReadsDown)
{
    ScriptedPrompter prompter;
    MainWindow window(prompter);
    expectAccessible(window);
}

TEST(Accessibility, EveryMenuCommandHasAShortcut)
{
    ScriptedPrompter prompter;
    MainWindow window(prompter);
    const QStringList missing = actionsWithoutShortcut(*window.menuBar());
    EXPECT_TRUE(missing.isEmpty()) << "menu commands without a shortcut: "
                                   << missing.join(QStringLiteral(", ")).toStdString();
}

// Menu bar entries are words with a mnemonic, never a bare icon.
TEST(Accessibility, MenuBarEntriesAreWords)
{
    ScriptedPrompter prompter;
    MainWindow window(prompter);
    for (QAction *top : window.menuBar()->actions()) {
        EXPECT_TRUE(top->text().contains(u'&')) << "menu bar entry without a mnemonic: " << top->text().toStdString();
        EXPECT_TRUE(top->icon().isNull()) << "menu bar entry shown as an icon: " << top->text().toStdString();
    }
}

TEST(Accessibility, MenuShortcutsAreUnique)
{
    ScriptedPrompter prompter;
    MainWindow window(prompter);
    QHash<QKeySequence, QString> seen;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        const auto previous = seen.constFind(action->shortcut());
        EXPECT_TRUE(previous == seen.constEnd())
            << action->shortcut().toString().toStdString() << " is used by " << action->objectName().toStdString()
            << " and " << (previous == seen.constEnd() ? std::string() : previous->toStdString());
        seen.insert(action->shortcut(), action->objectName());
    }
}

TEST(Accessibility, ConnectDialog)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    ProfileStore profiles(settings);
    ScriptedPrompter prompter;
    ConnectDialog dialog(profiles, prompter);
    expectAccessible(dialog);
}

TEST(Accessibility, TrustDialog)
{
    TrustDialog dialog(QStringLiteral("vb365.example.com"), sampleCertificate());
    expectAccessible(dialog);
}

TEST(Accessibility, ExploreDialog)
{
    Organization org;
    org.id = QStringLiteral("org-1");
    org.name = QStringLiteral("contoso.onmicrosoft.com");
    org.isBackedUp = true;
    org.firstBackupTime = QDateTime(QDate(2026, 3, 1), QTime(2, 0, 0), Qt::UTC);
    org.lastBackupTime = QDateTime(QDate(2026, 11, 20), QTime(2, 0, 30), Qt::UTC);
    ExploreDialog dialog(org);
    expectAccessible(dialog);
}

TEST(Accessibility, SessionListDialog)
{
    SessionListDialog dialog;
    RestoreSession session;
    session.id = QStringLiteral("session-1");
    session.name = QStringLiteral("Restore of contoso");
    dialog.setSessions({session});
    expectAccessible(dialog);
}

// Every wizard, built without a server (pages that load lists show their "not connected" state).
TEST(Accessibility, ActionWizards)
{
    struct Case
    {
        ActionKind kind;
        ResourceKind target;
        SessionType session;
    };
    const Case cases[] = {
        {ActionKind::RestoreToOriginal, ResourceKind::MailFolder, SessionType::Exchange},
        {ActionKind::RestoreToMailbox, ResourceKind::MailFolder, SessionType::Exchange},
        {ActionKind::SendByMail, ResourceKind::MailItem, SessionType::Exchange},
        {ActionKind::ExportToPst, ResourceKind::Mailbox, SessionType::Exchange},
        {ActionKind::CopyToOneDrive, ResourceKind::OneDriveFolder, SessionType::OneDrive},
        {ActionKind::BulkOneDriveRestore, ResourceKind::SessionOrganization, SessionType::OneDrive},
        {ActionKind::RestoreVersion, ResourceKind::OneDriveDocument, SessionType::OneDrive},
    };
    for (const Case &c : cases) {
        ActionContext context;
        context.target.ref.kind = c.target;
        context.target.ref.sessionId = QStringLiteral("session-1");
        context.target.ref.containerId = QStringLiteral("container-1");
        context.target.ref.id = QStringLiteral("item-1");
        context.sessionType = c.session;
        context.organization = QStringLiteral("contoso.onmicrosoft.com");
        context.label = QStringLiteral("Inbox");
        ActionWizard wizard(c.kind, context, WizardEnvironment {});
        SCOPED_TRACE(actionMenuText(c.kind).toStdString());
        expectAccessible(wizard);
    }
}

TEST(Accessibility, RestoreLogDialog)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    RestoreLogDialog dialog(actions::RestoreLog(dir.filePath(QStringLiteral("restore-log.jsonl"))));
    expectAccessible(dialog);
}

TEST(Accessibility, SearchBuilderDialog)
{
    for (const auto domain : {SearchCriteria::Domain::Mail, SearchCriteria::Domain::Documents}) {
        SearchBuilderDialog dialog(domain);
        expectAccessible(dialog);
    }
}
