#include "screenshotter.h"

#include "common/logging.h"
#include "dialogs/connectdialog.h"
#include "dialogs/exploredialog.h"
#include "dialogs/sessionlistdialog.h"
#include "dialogs/trustdialog.h"
#include "explorerapp.h"
#include "model/backuptreemodel.h"
#include "model/itemlistmodel.h"
#include "profiles/profilestore.h"
#include "prompter.h"
#include "wizards/actioncontroller.h"
#include "wizards/actionwizard.h"
#include "wizards/restorelogdialog.h"
#include "wizards/restorerundialog.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSslSocket>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

namespace re::ui {

namespace {

using NodeKind = BackupTreeModel::NodeKind;

QModelIndex firstChildOfKind(const QAbstractItemModel &model, const QModelIndex &parent, NodeKind kind,
                             const QString &preferredName = {})
{
    QModelIndex first;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data(NodeKindRole).toInt() != static_cast<int>(kind))
            continue;
        if (!preferredName.isEmpty() && child.data().toString() == preferredName)
            return child;
        if (!first.isValid())
            first = child;
    }
    return first;
}

} // namespace

Screenshotter::Screenshotter(ExplorerApp &app, const QString &directory, QObject *parent)
    : QObject(parent), m_app(app), m_directory(directory)
{}

void Screenshotter::start()
{
    if (!m_directory.mkpath(QStringLiteral("."))) {
        fail(tr("Cannot create the screenshot folder %1.").arg(m_directory.path()));
        return;
    }
    m_app.window().resize(1280, 800);
    openSession();
}

void Screenshotter::waitFor(const QString &what, std::function<bool()> condition, Step next, int timeoutMs)
{
    auto *timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(timer, &QTimer::timeout, this, [=, this] {
        if (m_done) {
            timer->deleteLater();
            return;
        }
        if (condition()) {
            timer->deleteLater();
            next();
        } else if (clock->elapsed() > timeoutMs) {
            timer->deleteLater();
            fail(tr("Timed out waiting for %1.").arg(what));
        }
    });
    timer->start(50);
}

bool Screenshotter::save(QWidget *widget, const QString &fileName)
{
    const QString path = m_directory.filePath(fileName);
    if (!widget->grab().save(path, "PNG")) {
        fail(tr("Cannot write %1.").arg(path));
        return false;
    }
    m_written.append(path);
    return true;
}

void Screenshotter::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(false, message);
}

void Screenshotter::openSession()
{
    MainWindow &window = m_app.window();
    waitFor(tr("the organizations"), [&window] {
        const QModelIndex server = window.treeModel()->index(0, 0);
        return firstChildOfKind(*window.treeModel(), server, NodeKind::Organization).isValid();
    }, [this, &window] {
        const QModelIndex server = window.treeModel()->index(0, 0);
        const QModelIndex org = firstChildOfKind(*window.treeModel(), server, NodeKind::Organization);
        window.treeView()->setCurrentIndex(org);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(&window, &MainWindow::exploreDialogOpened, this, [this, connection](QDialog *dialog) {
            disconnect(*connection);
            QTimer::singleShot(200, this, [this, dialog = QPointer<QDialog>(dialog)] {
                if (!dialog)
                    return fail(tr("The explore dialog closed too early."));
                if (!save(dialog, QStringLiteral("explore-dialog.png")))
                    return;
                dialog->accept();
                waitFor(tr("the restore session"), [this] { return !m_app.window().sessionsOpenedHere().isEmpty(); },
                        [this] { openMailFolder(); });
            });
        });
        window.explore(org);
    });
}

void Screenshotter::openMailFolder()
{
    MainWindow &window = m_app.window();
    BackupTreeModel &model = *window.treeModel();
    const QString sessionId = window.sessionsOpenedHere().constFirst();
    auto session = std::make_shared<QPersistentModelIndex>();
    auto group = std::make_shared<QPersistentModelIndex>();
    auto mailbox = std::make_shared<QPersistentModelIndex>();
    waitFor(tr("the session node"), [&, session, sessionId] {
        ResourceRef ref;
        ref.kind = ResourceKind::RestoreSession;
        ref.sessionId = sessionId;
        const QModelIndex server = model.index(0, 0);
        for (int row = 0; row < model.rowCount(server) && !session->isValid(); ++row) {
            const QModelIndex org = model.index(row, 0, server);
            for (int s = 0; s < model.rowCount(org); ++s) {
                const QModelIndex candidate = model.index(s, 0, org);
                if (candidate.data(ResourceRefRole).value<ResourceRef>().sessionId == sessionId)
                    *session = candidate;
            }
        }
        return session->isValid();
    }, [&, session, group, mailbox] {
        window.treeView()->expand(*session);
        *group = firstChildOfKind(model, *session, NodeKind::MailboxGroup);
        window.treeView()->expand(*group);
        waitFor(tr("the mailboxes"), [&, group] {
            return firstChildOfKind(model, *group, NodeKind::Mailbox).isValid();
        }, [&, group, mailbox] {
            *mailbox = firstChildOfKind(model, *group, NodeKind::Mailbox);
            window.treeView()->expand(*mailbox);
            waitFor(tr("the mail folders"), [&, mailbox] {
                return firstChildOfKind(model, *mailbox, NodeKind::MailFolder).isValid();
            }, [&, mailbox] {
                const QModelIndex inbox = firstChildOfKind(model, *mailbox, NodeKind::MailFolder, QStringLiteral("Inbox"));
                window.treeView()->setCurrentIndex(inbox);
                window.treeView()->scrollTo(inbox);
                waitFor(tr("the items of %1").arg(inbox.data().toString()), [&window] {
                    return window.itemModel()->state() == LoadState::Loaded && window.itemModel()->rowCount() > 0;
                }, [this] { grabMainWindow(); });
            });
        });
    });
}

void Screenshotter::grabMainWindow()
{
    MainWindow &window = m_app.window();
    QTableView *items = window.itemView();
    items->setCurrentIndex(items->model()->index(0, 0));
    items->selectRow(0);
    QTimer::singleShot(300, this, [this, &window] {
        if (save(&window, QStringLiteral("main-window.png")))
            grabConnectDialog();
    });
}

void Screenshotter::grabConnectDialog()
{
    // A throw-away profile store: the screenshots never touch the user's profiles.
    auto dir = std::make_shared<QTemporaryDir>();
    auto settings = std::make_shared<QSettings>(dir->filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    ProfileStore store(*settings);
    ServerProfile contoso = ServerProfile::create(parseServerUrl(u"vb365.contoso.com").value());
    contoso.displayName = QStringLiteral("Contoso (production)");
    contoso.userName = QStringLiteral("CONTOSO\\helpdesk");
    contoso.rememberPassword = true;
    ServerProfile lab = ServerProfile::create(parseServerUrl(u"https://vb365-lab.fabrikam.local:4443").value());
    lab.displayName = QStringLiteral("Fabrikam lab");
    lab.userName = QStringLiteral("operator@fabrikam.com");
    if (!store.add(contoso) || !store.add(lab) || !store.setLastUsed(contoso.id))
        return fail(tr("Cannot prepare the sample profiles."));
    ScriptedPrompter prompter;
    ConnectDialog dialog(store, prompter, &m_app.window());
    dialog.selectProfile(contoso.id);
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("correct horse"));
    dialog.show();
    if (!save(&dialog, QStringLiteral("connect-dialog.png")))
        return;
    dialog.connectionFailed(tr("The server refused the user name or password. Check them and try again."));
    if (!save(&dialog, QStringLiteral("connect-dialog-error.png")))
        return;
    dialog.close();
    grabTrustDialog();
}

void Screenshotter::grabTrustDialog()
{
    // The demo server's real certificate, as the trust question shows it on first contact.
    auto *socket = new QSslSocket(this);
    const QUrl url = m_app.connection().profile().serverUrl;
    auto errors = std::make_shared<QList<QSslError>>();
    connect(socket, &QSslSocket::sslErrors, socket, [errors](const QList<QSslError> &list) { *errors = list; });
    socket->connectToHostEncrypted(url.host(), static_cast<quint16>(url.port()));
    waitFor(tr("the demo certificate"), [socket] { return !socket->peerCertificate().isNull(); }, [this, socket, errors] {
        const CertificateInfo info = TrustStore::describe(socket->peerCertificate(), *errors);
        socket->abort();
        socket->deleteLater();
        TrustDialog dialog(m_app.connection().profile().serverUrl.authority(), info, &m_app.window());
        dialog.show();
        if (!save(&dialog, QStringLiteral("trust-dialog.png")))
            return;
        dialog.close();
        grabSessionList();
    });
}

void Screenshotter::grabSessionList()
{
    MainWindow &window = m_app.window();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&window, &MainWindow::sessionListOpened, this, [this, connection](QDialog *opened) {
        disconnect(*connection);
        QPointer<SessionListDialog> dialog = qobject_cast<SessionListDialog *>(opened);
        waitFor(tr("the session list"), [dialog] { return !dialog || !dialog->sessions().isEmpty(); }, [this, dialog] {
            if (!dialog)
                return fail(tr("The session list closed too early."));
            if (!save(dialog, QStringLiteral("sessions-dialog.png")))
                return;
            dialog->reject();
            grabWizards();
        });
    });
    window.findChild<QAction *>(QStringLiteral("actionReattach"))->trigger();
}

void Screenshotter::grabWizards()
{
    MainWindow &window = m_app.window();
    ActionController *actions = window.actionController();
    QPointer<ActionWizard> wizard =
        actions->openWizard(ActionKind::RestoreToMailbox, actions->treeContext(window.treeView()->currentIndex()));
    if (!wizard)
        return fail(tr("The restore wizard did not open."));
    const auto type = [&wizard](const char *name, const QString &text) {
        if (auto *edit = wizard->currentPage()->findChild<QLineEdit *>(QString::fromLatin1(name)))
            edit->setText(text);
    };
    type("mailboxEdit", QStringLiteral("archive@contoso.example"));
    type("folderEdit", QStringLiteral("Recovered"));
    if (!save(wizard, QStringLiteral("restore-wizard.png")))
        return;
    wizard->next();
    type("restoreUserEdit", QStringLiteral("restore@contoso.example"));
    type("restorePasswordEdit", QStringLiteral("demo-password"));
    wizard->next();
    if (auto *reason = wizard->currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")))
        reason->setPlainText(tr("Ticket 4711: mail lost after the migration"));
    if (!save(wizard, QStringLiteral("restore-wizard-summary.png")))
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(actions, &ActionController::runStarted, this, [this, connection, actions](RestoreRunDialog *started) {
        disconnect(*connection);
        QPointer<RestoreRunDialog> run = started;
        waitFor(tr("the restore"), [run] { return !run || run->outcome().has_value(); }, [this, run, actions] {
            if (!run)
                return fail(tr("The run dialog closed too early."));
            if (!save(run, QStringLiteral("restore-results.png")))
                return;
            run->close();
            RestoreLogDialog *log = actions->showRestoreLog();
            if (!save(log, QStringLiteral("restore-log.png")))
                return;
            log->close();
            m_done = true;
            emit finished(true, tr("Wrote %1").arg(m_written.join(QStringLiteral(", "))));
        });
    });
    wizard->accept();
}

} // namespace re::ui
