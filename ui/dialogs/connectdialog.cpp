#include "connectdialog.h"

#include "common/logging.h"
#include "profiles/profilestore.h"
#include "prompter.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace re::ui {

namespace {

constexpr int kProfileIdRole = Qt::UserRole;

} // namespace

ConnectDialog::ConnectDialog(ProfileStore &profiles, Prompter &prompter, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_prompter(prompter)
{
    setObjectName(QStringLiteral("ConnectDialog"));
    setWindowTitle(tr("Connect to Server"));
    buildUi();

    const auto last = m_profiles.lastUsed();
    reloadProfileList(last ? last->id : QUuid());
    if (!last && m_profiles.profiles().isEmpty())
        startNewProfile();

    const QStringList warnings = m_profiles.loadWarnings();
    if (!warnings.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Information,
                              tr("Some saved profiles could not be read:\n%1")
                                  .arg(warnings.join(u'\n')));
}

void ConnectDialog::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    // Left: the profiles.
    auto *profileColumn = new QVBoxLayout;
    auto *profilesLabel = new QLabel(tr("Server &profiles:"), this);
    m_profileList = new QListWidget(this);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setAccessibleName(tr("Server profiles"));
    m_profileList->setMinimumWidth(180);
    profilesLabel->setBuddy(m_profileList);
    profileColumn->addWidget(profilesLabel);
    profileColumn->addWidget(m_profileList, 1);
    auto *profileButtons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(QStringLiteral("newProfileButton"));
    m_newButton->setAccessibleName(tr("New server profile"));
    m_newButton->setAutoDefault(false);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_removeButton->setAccessibleName(tr("Remove server profile"));
    m_removeButton->setAutoDefault(false);
    profileButtons->addWidget(m_newButton);
    profileButtons->addWidget(m_removeButton);
    profileColumn->addLayout(profileButtons);
    columns->addLayout(profileColumn);

    // Right: the profile being edited, and the password.
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("Optional; the server address by default"));
    form->addRow(tr("Profile &name:"), m_name);

    m_server = new QLineEdit(m_form);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("vb365.example.com or https://host:4443"));
    form->addRow(tr("&Server:"), m_server);

    m_apiVersion = new QComboBox(m_form);
    m_apiVersion->setObjectName(QStringLiteral("apiVersionCombo"));
    m_apiVersion->setAccessibleName(tr("API version"));
    m_apiVersion->addItem(tr("Automatic (newest the server offers)"), QString());
    for (const ApiVersion version : kVersionsNewestFirst)
        m_apiVersion->addItem(toString(version), toString(version));
    form->addRow(tr("&API version:"), m_apiVersion);

    m_user = new QLineEdit(m_form);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("DOMAIN\\operator or operator@example.com"));
    form->addRow(tr("&User:"), m_user);

    m_password = new QLineEdit(m_form);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pass&word:"), m_password);

    m_remember = new QCheckBox(tr("R&emember password in the system keychain"), m_form);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setAccessibleName(tr("Remember password"));
    form->addRow(QString(), m_remember);

    m_keychainNotice = new MessageBanner(m_form);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    form->addRow(QString(), m_keychainNotice);
    columns->addWidget(m_form, 2);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    outer->addWidget(m_banner);

    auto *buttons = new QDialogButtonBox(this);
    m_connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    outer->addWidget(buttons);

    setTabOrder(m_profileList, m_newButton);
    setTabOrder(m_newButton, m_removeButton);
    setTabOrder(m_removeButton, m_name);
    setTabOrder(m_name, m_server);
    setTabOrder(m_server, m_apiVersion);
    setTabOrder(m_apiVersion, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_connectButton);
    setTabOrder(m_connectButton, m_closeButton);

    connect(m_profileList, &QListWidget::currentRowChanged, this,
            &ConnectDialog::onProfileRowChanged);
    connect(m_newButton, &QPushButton::clicked, this, &ConnectDialog::startNewProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectDialog::removeCurrentProfile);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An edit makes an old error message stale.
    for (QLineEdit *edit : {m_name, m_server, m_user, m_password}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_busy && m_banner->level() == MessageBanner::Level::Error)
                m_banner->clear();
        });
    }

    resize(720, 380);
}

void ConnectDialog::reloadProfileList(const QUuid &select)
{
    QSignalBlocker blocker(m_profileList);
    m_profileList->clear();
    int selectRow = -1;
    for (const ServerProfile &profile : m_profiles.profiles()) {
        auto *item = new QListWidgetItem(profile.title(), m_profileList);
        item->setData(kProfileIdRole, profile.id);
        item->setToolTip(profile.serverUrl.toDisplayString());
        if (profile.id == select)
            selectRow = m_profileList->count() - 1;
    }
    if (selectRow < 0 && !select.isNull())
        qCWarning(lcUi) << "profile to select is not in the store:" << select;
    m_profileList->setCurrentRow(selectRow);
    blocker.unblock();
    onProfileRowChanged(selectRow);
}

void ConnectDialog::selectProfile(const QUuid &id)
{
    if (id.isNull()) {
        startNewProfile();
        return;
    }
    reloadProfileList(id);
}

void ConnectDialog::onProfileRowChanged(int row)
{
    if (row < 0) {
        showProfile(ServerProfile {});
        return;
    }
    const QUuid id = m_profileList->item(row)->data(kProfileIdRole).toUuid();
    const auto profile = m_profiles.find(id);
    showProfile(profile ? *profile : ServerProfile {});
    if (profile && profile->rememberPassword)
        emit rememberedPasswordWanted(profile->id);
}

void ConnectDialog::showProfile(const ServerProfile &profile)
{
    m_current = profile;
    m_name->setText(profile.displayName);
    m_server->setText(profile.serverUrl.isEmpty() ? QString() : profile.serverUrl.toDisplayString());
    const int versionIndex = m_apiVersion->findData(
        profile.apiVersion ? toString(*profile.apiVersion) : QString());
    m_apiVersion->setCurrentIndex(std::max(0, versionIndex));
    m_user->setText(profile.userName);
    m_password->clear();
    m_remember->setChecked(profile.rememberPassword);
    m_removeButton->setEnabled(!profile.id.isNull());
    m_banner->clear();
}

void ConnectDialog::startNewProfile()
{
    {
        const QSignalBlocker blocker(m_profileList);
        m_profileList->setCurrentRow(-1);
        m_profileList->clearSelection();
    }
    showProfile(ServerProfile {});
    m_server->setFocus();
}

void ConnectDialog::removeCurrentProfile()
{
    if (m_current.id.isNull())
        return;
    const ServerProfile doomed = m_current;
    if (!m_prompter.confirm(this, tr("Remove Server Profile"),
                            tr("Remove the profile \"%1\"?").arg(doomed.title()),
                            tr("Its remembered password and trusted certificate are forgotten "
                               "too. Restore sessions on the server are not affected.")))
        return;
    const auto removed = m_profiles.remove(doomed.id);
    if (!removed) {
        showError(removed.error());
        return;
    }
    emit profileRemoved(doomed.id);
    reloadProfileList(QUuid());
    if (m_profileList->count() > 0)
        m_profileList->setCurrentRow(0);
    else
        startNewProfile();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::offerRememberedPassword(const QUuid &profileId, const QString &password)
{
    if (profileId != m_current.id || !m_password->text().isEmpty())
        return;
    m_password->setText(password);
}

void ConnectDialog::setKeychainNotice(const QString &notice)
{
    if (notice.isEmpty())
        m_keychainNotice->clear();
    else
        m_keychainNotice->showMessage(MessageBanner::Level::Information, notice);
}

Result<ServerProfile, ConnectDialog::DraftError> ConnectDialog::draft() const
{
    const auto url = parseServerUrl(m_server->text());
    if (!url)
        return unexpected(DraftError {url.error(), m_server});

    ServerProfile profile = m_current.id.isNull() ? ServerProfile::create(url.value()) : m_current;
    if (profile.serverUrl != url.value()) {
        // A pin and a detected version belong to the old address.
        profile.pinnedSha256.clear();
        profile.lastDetectedVersion.reset();
    }
    profile.serverUrl = url.value();
    profile.displayName = m_name->text().trimmed();
    const auto version = apiVersionChoiceFromString(m_apiVersion->currentData().toString());
    profile.apiVersion = version ? version.value() : std::nullopt;
    profile.userName = m_user->text().trimmed();
    profile.rememberPassword = m_remember->isChecked();

    if (profile.userName.isEmpty())
        return unexpected(DraftError {tr("Enter the user name of a Veeam Backup for Microsoft 365 "
                                         "operator account."),
                                      m_user});
    if (m_password->text().isEmpty())
        return unexpected(DraftError {tr("Enter the password."), m_password});
    if (m_password->text().size() > kMaxPasswordLength)
        return unexpected(DraftError {tooLongMessage(tr("password"), m_password->text().size(), kMaxPasswordLength),
                                      m_password});
    if (profile.displayName.size() > kMaxDisplayNameLength)
        return unexpected(DraftError {tooLongMessage(tr("display name"), profile.displayName.size(),
                                                     kMaxDisplayNameLength),
                                      m_name});
    if (profile.userName.size() > kMaxUserNameLength)
        return unexpected(DraftError {tooLongMessage(tr("user name"), profile.userName.size(), kMaxUserNameLength),
                                      m_user});
    const auto valid = profile.validate();
    if (!valid)
        return unexpected(DraftError {valid.error(), m_server});
    return profile;
}

Result<ServerProfile, QString> ConnectDialog::save(const ServerProfile &draftProfile)
{
    if (m_profiles.find(draftProfile.id)) {
        const auto updated = m_profiles.update(draftProfile);
        if (!updated)
            return unexpected(updated.error());
    } else {
        const auto added = m_profiles.add(draftProfile);
        if (!added)
            return unexpected(added.error());
    }
    return draftProfile;
}

void ConnectDialog::submit()
{
    if (m_busy)
        return;
    const auto profile = draft();
    if (!profile) {
        showError(profile.error().message);
        if (profile.error().field)
            profile.error().field->setFocus();
        return;
    }
    const auto saved = save(profile.value());
    if (!saved) {
        showError(tr("The profile could not be saved: %1").arg(saved.error()));
        return;
    }
    m_submitted = saved.value();
    // Refilling the form from the store clears the password field; the typed password stays.
    const QString typedPassword = m_password->text();
    reloadProfileList(m_submitted.id);
    m_password->setText(typedPassword);
    setBusy(true, tr("Connecting to %1…").arg(m_submitted.title()));
    emit connectRequested(m_submitted, m_password->text());
}

void ConnectDialog::connectionFailed(const QString &message)
{
    setBusy(false);
    showError(message);
}

void ConnectDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_profileList->setEnabled(!busy);
    m_newButton->setEnabled(!busy);
    m_removeButton->setEnabled(!busy && !m_current.id.isNull());
    m_connectButton->setEnabled(!busy);
    if (busy)
        m_banner->showMessage(MessageBanner::Level::Information, status);
    else if (m_banner->level() == MessageBanner::Level::Information)
        m_banner->clear();
}

void ConnectDialog::showError(const QString &message)
{
    m_banner->showMessage(MessageBanner::Level::Error, message);
}

QString ConnectDialog::errorText() const
{
    return m_banner->level() == MessageBanner::Level::Error ? m_banner->text() : QString();
}

} // namespace re::ui
