#include "dialogs/connectdialog.h"
#include "dialogs/exploredialog.h"
#include "dialogs/trustdialog.h"
#include "dialogtesthelpers.h"
#include "profiles/profilestore.h"
#include "prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace re;
using namespace re::ui;

namespace {

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << "no child named " << name;
    return found;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

class ConnectDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")),
                                                 QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(*m_settings);
    }

    ServerProfile storedProfile(const QString &url, const QString &user, bool remember = false)
    {
        ServerProfile profile = ServerProfile::create(parseServerUrl(url).value());
        profile.userName = user;
        profile.rememberPassword = remember;
        const auto added = m_store->add(profile);
        EXPECT_TRUE(added.hasValue());
        return profile;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    ScriptedPrompter m_prompter;
};

} // namespace

TEST_F(ConnectDialogTest, EmptyStoreStartsANewProfileAndRefusesEmptyServer)
{
    ConnectDialog dialog(*m_store, m_prompter);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy requested(&dialog, &ConnectDialog::connectRequested);
    EXPECT_TRUE(dialog.currentProfileId().isNull());

    typeInto(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("helpdesk"));
    typeInto(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("secret"));
    child<QPushButton>(dialog, "connectButton")->click();

    EXPECT_EQ(requested.count(), 0);
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_TRUE(m_store->profiles().isEmpty());
    // Typed values are kept.
    EXPECT_EQ(child<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("helpdesk"));
    EXPECT_EQ(child<QLineEdit>(dialog, "passwordEdit")->text(), QStringLiteral("secret"));
    EXPECT_TRUE(child<QLineEdit>(dialog, "serverEdit")->hasFocus());
}

TEST_F(ConnectDialogTest, CoreUrlValidationMessageIsShownInTheDialog)
{
    ConnectDialog dialog(*m_store, m_prompter);
    QSignalSpy requested(&dialog, &ConnectDialog::connectRequested);
    typeInto(child<QLineEdit>(dialog, "serverEdit"), QStringLiteral("ftp://vb365.example.com"));
    typeInto(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("helpdesk"));
    typeInto(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("secret"));
    child<QPushButton>(dialog, "connectButton")->click();

    EXPECT_EQ(requested.count(), 0);
    EXPECT_EQ(dialog.errorText(), parseServerUrl(u"ftp://vb365.example.com").error());
    EXPECT_EQ(child<QLineEdit>(dialog, "serverEdit")->text(), QStringLiteral("ftp://vb365.example.com"));
}

TEST_F(ConnectDialogTest, ConnectSavesTheProfileAndFailureKeepsTypedValues)
{
    ConnectDialog dialog(*m_store, m_prompter);
    QSignalSpy requested(&dialog, &ConnectDialog::connectRequested);
    typeInto(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Lab"));
    typeInto(child<QLineEdit>(dialog, "serverEdit"), QStringLiteral("vb365.example.com"));
    auto *version = child<QComboBox>(dialog, "apiVersionCombo");
    version->setCurrentIndex(version->findText(QStringLiteral("v6")));
    typeInto(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("helpdesk"));
    typeInto(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("secret"));
    child<QCheckBox>(dialog, "rememberCheck")->setChecked(true);
    child<QPushButton>(dialog, "connectButton")->click();

    ASSERT_EQ(requested.count(), 1);
    const auto profile = requested.at(0).at(0).value<ServerProfile>();
    EXPECT_EQ(profile.serverUrl, QUrl(QStringLiteral("https://vb365.example.com:4443")));
    EXPECT_EQ(profile.displayName, QStringLiteral("Lab"));
    EXPECT_EQ(profile.apiVersion, ApiVersion::V6);
    EXPECT_EQ(profile.userName, QStringLiteral("helpdesk"));
    EXPECT_TRUE(profile.rememberPassword);
    EXPECT_EQ(requested.at(0).at(1).toString(), QStringLiteral("secret"));
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_FALSE(child<QPushButton>(dialog, "connectButton")->isEnabled());

    ASSERT_EQ(m_store->profiles().size(), 1);
    EXPECT_EQ(m_store->profiles().first(), profile);

    dialog.connectionFailed(QStringLiteral("The user name or password is wrong."));
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_EQ(dialog.errorText(), QStringLiteral("The user name or password is wrong."));
    EXPECT_EQ(child<QLineEdit>(dialog, "serverEdit")->text(),
              QStringLiteral("https://vb365.example.com:4443"));
    EXPECT_EQ(child<QLineEdit>(dialog, "passwordEdit")->text(), QStringLiteral("secret"));
    EXPECT_EQ(dialog.currentProfileId(), profile.id);

    // A second attempt updates the same profile instead of adding another.
    child<QPushButton>(dialog, "connectButton")->click();
    EXPECT_EQ(requested.count(), 2);
    EXPECT_EQ(m_store->profiles().size(), 1);
}

TEST_F(ConnectDialogTest, PickingAProfileFillsTheFormAndAsksForItsRememberedPassword)
{
    const ServerProfile first = storedProfile(QStringLiteral("alpha.example.com"), QStringLiteral("anna"));
    const ServerProfile second = storedProfile(QStringLiteral("beta.example.com"), QStringLiteral("ben"), true);
    ConnectDialog dialog(*m_store, m_prompter);
    QSignalSpy wanted(&dialog, &ConnectDialog::rememberedPasswordWanted);

    dialog.selectProfile(first.id);
    EXPECT_EQ(child<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("anna"));
    EXPECT_EQ(wanted.count(), 0);

    auto *list = child<QListWidget>(dialog, "profileList");
    ASSERT_EQ(list->count(), 2);
    list->setCurrentRow(1); // sorted by title: beta second
    EXPECT_EQ(dialog.currentProfileId(), second.id);
    EXPECT_EQ(child<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("ben"));
    EXPECT_TRUE(child<QCheckBox>(dialog, "rememberCheck")->isChecked());
    ASSERT_EQ(wanted.count(), 1);
    EXPECT_EQ(wanted.at(0).at(0).toUuid(), second.id);

    dialog.offerRememberedPassword(first.id, QStringLiteral("late answer for another profile"));
    EXPECT_TRUE(dialog.password().isEmpty());
    dialog.offerRememberedPassword(second.id, QStringLiteral("from keychain"));
    EXPECT_EQ(dialog.password(), QStringLiteral("from keychain"));
}

TEST_F(ConnectDialogTest, ChangingTheAddressForgetsThePinnedCertificate)
{
    ServerProfile profile = storedProfile(QStringLiteral("alpha.example.com"), QStringLiteral("anna"));
    profile.pinnedSha256 = QByteArray(64, 'a');
    ASSERT_TRUE(m_store->update(profile).hasValue());
    ConnectDialog dialog(*m_store, m_prompter);
    QSignalSpy requested(&dialog, &ConnectDialog::connectRequested);
    dialog.selectProfile(profile.id);
    typeInto(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("pw"));

    child<QPushButton>(dialog, "connectButton")->click();
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).value<ServerProfile>().pinnedSha256, profile.pinnedSha256);

    dialog.connectionFailed(QStringLiteral("x"));
    typeInto(child<QLineEdit>(dialog, "serverEdit"), QStringLiteral("gamma.example.com"));
    child<QPushButton>(dialog, "connectButton")->click();
    ASSERT_EQ(requested.count(), 2);
    EXPECT_TRUE(requested.at(1).at(0).value<ServerProfile>().pinnedSha256.isEmpty());
}

TEST_F(ConnectDialogTest, RemoveAsksFirstAndOnlyRemovesOnYes)
{
    const ServerProfile profile = storedProfile(QStringLiteral("alpha.example.com"), QStringLiteral("anna"));
    ConnectDialog dialog(*m_store, m_prompter);
    QSignalSpy removed(&dialog, &ConnectDialog::profileRemoved);
    dialog.selectProfile(profile.id);

    m_prompter.setNextAnswer(QMessageBox::No);
    child<QPushButton>(dialog, "removeProfileButton")->click();
    EXPECT_EQ(m_store->profiles().size(), 1);
    EXPECT_EQ(removed.count(), 0);

    m_prompter.setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(dialog, "removeProfileButton")->click();
    EXPECT_TRUE(m_store->profiles().isEmpty());
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(0).toUuid(), profile.id);
    EXPECT_TRUE(dialog.currentProfileId().isNull());
    EXPECT_EQ(m_prompter.asked().size(), 2);
    EXPECT_EQ(m_prompter.unexpectedPrompts(), 0);
}

TEST_F(ConnectDialogTest, EveryControlHasAnAccessibleName)
{
    ConnectDialog dialog(*m_store, m_prompter);
    EXPECT_EQ(re::test::controlsWithoutAccessibleName(dialog), QStringList());
}

// ---- TrustDialog -----------------------------------------------------------------------------

namespace {

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

TEST(TrustDialogTest, ShowsTheCertificateAndNeedsAnExplicitTick)
{
    const CertificateInfo info = sampleCertificate();
    TrustDialog dialog(QStringLiteral("vb365.example.com"), info);
    dialog.show();

    EXPECT_EQ(child<QLabel>(dialog, "subjectLabel")->text(), info.subject);
    EXPECT_EQ(child<QLabel>(dialog, "issuerLabel")->text(), info.issuer);
    EXPECT_EQ(child<QLabel>(dialog, "fingerprintLabel")->text().replace(u'\n', u':'),
              TrustStore::formatFingerprint(info.sha256Hex));
    EXPECT_TRUE(child<QLabel>(dialog, "problemsLabel")->text().contains(QStringLiteral("self-signed")));
    EXPECT_TRUE(child<QLabel>(dialog, "introLabel")->text().contains(QStringLiteral("vb365.example.com")));
    EXPECT_FALSE(child<QLabel>(dialog, "notBeforeLabel")->text().isEmpty());
    EXPECT_FALSE(child<QLabel>(dialog, "notAfterLabel")->text().contains(QStringLiteral("expired")));

    EXPECT_FALSE(dialog.trustButton()->isEnabled());
    EXPECT_TRUE(dialog.cancelButton()->isDefault());
    EXPECT_FALSE(dialog.trustButton()->isDefault());

    dialog.trustCheckBox()->setChecked(true);
    EXPECT_TRUE(dialog.trustButton()->isEnabled());
    dialog.trustButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.trustConfirmed());
}

TEST(TrustDialogTest, EnterWithoutTheTickCancels)
{
    TrustDialog dialog(QStringLiteral("vb365.example.com"), sampleCertificate());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.trustConfirmed());
}

TEST(TrustDialogTest, ExpiredCertificateSaysSo)
{
    CertificateInfo info = sampleCertificate();
    info.notAfter = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    TrustDialog dialog(QStringLiteral("old.example.com"), info);
    EXPECT_TRUE(child<QLabel>(dialog, "notAfterLabel")->text().contains(QStringLiteral("expired")));
}

TEST(TrustDialogTest, EveryControlHasAnAccessibleName)
{
    TrustDialog dialog(QStringLiteral("vb365.example.com"), sampleCertificate());
    EXPECT_EQ(re::test::controlsWithoutAccessibleName(dialog), QStringList());
}

TEST(ScriptedPrompterTest, UnscriptedPromptsAreCountedAndAnsweredCautiously)
{
    ScriptedPrompter prompter;
    EXPECT_FALSE(prompter.confirm(nullptr, QStringLiteral("t"), QStringLiteral("Delete?")));
    EXPECT_FALSE(prompter.trustCertificate(nullptr, QStringLiteral("host"), sampleCertificate()));
    EXPECT_EQ(prompter.unexpectedPrompts(), 2);
    prompter.setNextAnswer(QMessageBox::Yes);
    prompter.setNextTrustAnswer(true);
    EXPECT_TRUE(prompter.confirm(nullptr, QStringLiteral("t"), QStringLiteral("Delete?")));
    EXPECT_TRUE(prompter.trustCertificate(nullptr, QStringLiteral("host"), sampleCertificate()));
    EXPECT_EQ(prompter.unexpectedPrompts(), 2);
    EXPECT_TRUE(prompter.scriptConsumed());
}

// ---- ExploreDialog ---------------------------------------------------------------------------

namespace {

Organization backedUpOrganization()
{
    Organization org;
    org.id = QStringLiteral("org-1");
    org.name = QStringLiteral("contoso.onmicrosoft.com");
    org.isBackedUp = true;
    org.firstBackupTime = QDateTime(QDate(2026, 3, 1), QTime(2, 0, 0), Qt::UTC);
    org.lastBackupTime = QDateTime(QDate(2026, 11, 20), QTime(2, 0, 30), Qt::UTC);
    return org;
}

} // namespace

TEST(ExploreDialogTest, PickerIsBoundedByTheBackupsAndStartsAtLatest)
{
    const Organization org = backedUpOrganization();
    ExploreDialog dialog(org);
    QDateTimeEdit *picker = dialog.pointInTimeEdit();
    EXPECT_EQ(picker->minimumDateTime().toUTC(), *org.firstBackupTime);
    EXPECT_EQ(picker->maximumDateTime().toUTC(), *org.lastBackupTime);
    EXPECT_EQ(picker->dateTime().toUTC(), *org.lastBackupTime);
    EXPECT_TRUE(dialog.isLatest());
    EXPECT_FALSE(dialog.options().pointInTime.isValid());
    EXPECT_TRUE(dialog.exploreButton()->isEnabled());
    EXPECT_EQ(child<QLabel>(dialog, "organizationLabel")->text(), org.name);

    const QDateTime chosen(QDate(2026, 6, 15), QTime(12, 30, 0), Qt::UTC);
    picker->setDateTime(chosen.toLocalTime());
    EXPECT_FALSE(dialog.isLatest());
    EXPECT_EQ(dialog.options().pointInTime, chosen);

    // Out of range is clamped to the bounds.
    picker->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toLocalTime());
    EXPECT_EQ(dialog.options().pointInTime, *org.firstBackupTime);

    dialog.latestButton()->click();
    EXPECT_TRUE(dialog.isLatest());
    EXPECT_FALSE(dialog.options().pointInTime.isValid());
}

TEST(ExploreDialogTest, TypeAndFlagsBecomeExploreOptions)
{
    ExploreDialog dialog(backedUpOrganization());
    auto *type = child<QComboBox>(dialog, "typeCombo");
    EXPECT_EQ(dialog.options().type, SessionType::Exchange);
    EXPECT_TRUE(child<QLabel>(dialog, "typeHint")->isHidden());
    type->setCurrentIndex(type->findData(static_cast<int>(SessionType::OneDrive)));
    child<QCheckBox>(dialog, "showDeletedCheck")->setChecked(true);
    child<QCheckBox>(dialog, "showAllVersionsCheck")->setChecked(true);
    const ExploreOptions options = dialog.options();
    EXPECT_EQ(options.type, SessionType::OneDrive);
    EXPECT_TRUE(options.showDeleted);
    EXPECT_TRUE(options.showAllVersions);

    type->setCurrentIndex(type->findData(static_cast<int>(SessionType::Teams)));
    EXPECT_EQ(dialog.options().type, SessionType::Teams);
    EXPECT_FALSE(child<QLabel>(dialog, "typeHint")->isHidden());
}

TEST(ExploreDialogTest, NeverBackedUpOrganizationCannotBeExplored)
{
    Organization org;
    org.id = QStringLiteral("org-2");
    org.name = QStringLiteral("fabrikam.onmicrosoft.com");
    org.isBackedUp = false;
    ExploreDialog dialog(org);
    dialog.show();
    EXPECT_FALSE(dialog.canExplore());
    EXPECT_FALSE(dialog.pointInTimeEdit()->isEnabled());
    EXPECT_FALSE(dialog.latestButton()->isEnabled());
    EXPECT_FALSE(dialog.exploreButton()->isEnabled());
    const auto texts = dialog.findChildren<QLabel *>();
    const bool explained = std::any_of(texts.begin(), texts.end(), [](const QLabel *label) {
        return label->isVisible() && label->text().contains(QStringLiteral("not been backed up"));
    });
    EXPECT_TRUE(explained);
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}

TEST(ExploreDialogTest, SetOptionsRoundTrips)
{
    ExploreDialog dialog(backedUpOrganization());
    ExploreOptions wanted;
    wanted.pointInTime = QDateTime(QDate(2026, 7, 1), QTime(8, 0, 0), Qt::UTC);
    wanted.type = SessionType::SharePoint;
    wanted.showDeleted = true;
    dialog.setOptions(wanted);
    const ExploreOptions got = dialog.options();
    EXPECT_EQ(got.pointInTime, wanted.pointInTime);
    EXPECT_EQ(got.type, wanted.type);
    EXPECT_TRUE(got.showDeleted);
    EXPECT_FALSE(got.showAllVersions);
}

TEST(ExploreDialogTest, EveryControlHasAnAccessibleName)
{
    ExploreDialog dialog(backedUpOrganization());
    EXPECT_EQ(re::test::controlsWithoutAccessibleName(dialog), QStringList());
}

// ---- SessionListDialog -----------------------------------------------------------------------

#include "dialogs/sessionlistdialog.h"

#include <QTreeWidget>

namespace {

RestoreSession sampleSession(const QString &id, const QString &name)
{
    RestoreSession session;
    session.id = id;
    session.name = name;
    session.organization = QStringLiteral("contoso.onmicrosoft.com");
    session.type = SessionType::Exchange;
    session.state = SessionState::Working;
    session.creationTime = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    session.initiatedBy = QStringLiteral("helpdesk");
    return session;
}

} // namespace

TEST(SessionListDialogTest, ListsSessionsAndReattachesTheSelectedOne)
{
    SessionListDialog dialog;
    QSignalSpy reattach(&dialog, &SessionListDialog::reattachRequested);
    EXPECT_FALSE(child<QPushButton>(dialog, "reattachButton")->isEnabled());
    dialog.setSessions({sampleSession(QStringLiteral("s1"), QStringLiteral("First")),
                        sampleSession(QStringLiteral("s2"), QStringLiteral("Second"))});
    auto *list = child<QTreeWidget>(dialog, "sessionList");
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(1)->text(0), QStringLiteral("Second"));
    EXPECT_EQ(list->topLevelItem(1)->text(2), QStringLiteral("Exchange"));
    EXPECT_EQ(list->topLevelItem(1)->text(4), QStringLiteral("Active"));

    ASSERT_TRUE(dialog.selectSession(QStringLiteral("s2")));
    child<QPushButton>(dialog, "reattachButton")->click();
    ASSERT_EQ(reattach.count(), 1);
    EXPECT_EQ(reattach.at(0).at(0).value<RestoreSession>().id, QStringLiteral("s2"));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(SessionListDialogTest, StopAsksTheOwnerAndRemovedRowsDisappear)
{
    SessionListDialog dialog;
    QSignalSpy stop(&dialog, &SessionListDialog::stopRequested);
    dialog.setSessions({sampleSession(QStringLiteral("s1"), QStringLiteral("First"))});
    child<QPushButton>(dialog, "stopButton")->click();
    ASSERT_EQ(stop.count(), 1);
    EXPECT_EQ(stop.at(0).at(0).value<RestoreSession>().id, QStringLiteral("s1"));
    dialog.removeSession(QStringLiteral("s1"));
    EXPECT_EQ(child<QTreeWidget>(dialog, "sessionList")->topLevelItemCount(), 0);
    EXPECT_FALSE(child<QPushButton>(dialog, "stopButton")->isEnabled());
    const auto labels = dialog.findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text().contains(QStringLiteral("no active restore sessions"));
    }));
}

TEST(SessionListDialogTest, EveryControlHasAnAccessibleName)
{
    SessionListDialog dialog;
    EXPECT_EQ(re::test::controlsWithoutAccessibleName(dialog), QStringList());
}
