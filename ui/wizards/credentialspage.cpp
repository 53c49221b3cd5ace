#include "credentialspage.h"

#include "actions/devicecode.h"
#include "actionwizard.h"
#include "api/client/apiclient.h"
#include "common/logging.h"
#include "model/browseroles.h"
#include "profiles/credentialstore.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace re::ui {

namespace {

using namespace re::actions;

QString userNameKey(const QUuid &profileId)
{
    return QStringLiteral("restoreAccounts/%1/userName").arg(profileId.toString(QUuid::WithoutBraces));
}

} // namespace

QUuid CredentialsPage::restoreAccountId(const QUuid &profileId)
{
    return QUuid::createUuidV5(profileId, QStringLiteral("restore-account"));
}

CredentialsPage::CredentialsPage(ActionWizard *wizard)
    : DraftPage(wizard, {QStringLiteral("credentials"), QStringLiteral("office"), QStringLiteral("onPremises")})
{
    setTitle(tr("Restore account"));
    setSubTitle(tr("The account the backup server signs in with to write the restored data."));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("credentialModeCombo"));
    m_mode->setAccessibleName(tr("Sign in with"));
    m_mode->addItem(tr("Microsoft 365 account and password"), static_cast<int>(Mode::Password));
    const ApiClient *client = wizard->environment().client;
    const QString sessionId = wizard->context().target.ref.sessionId;
    if (client && client->dialect() && client->dialect()->restoreDeviceCode(sessionId, {}).hasValue())
        m_mode->addItem(tr("Device code (modern authentication, MFA)"), static_cast<int>(Mode::DeviceCode));
    const bool bulk = std::visit([](const auto &request) { return requires { request.credentials.office; }; },
                                 wizard->request());
    if (bulk)
        m_mode->addItem(tr("On-premises account and password"), static_cast<int>(Mode::OnPremises));
    form()->addRow(tr("&Sign in with:"), m_mode);

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("restoreUserEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setPlaceholderText(tr("admin@example.onmicrosoft.com"));
    form()->addRow(tr("&User name:"), m_userName);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("restorePasswordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form()->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("R&emember this account in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setAccessibleName(tr("Remember this account in the keychain"));
    m_remember->setEnabled(wizard->environment().credentials != nullptr);
    form()->addRow(m_remember);
    for (const QString &field : {QStringLiteral("credentials.userName"), QStringLiteral("office.userName"),
                                 QStringLiteral("onPremises.userName")})
        setFieldWidget(field, m_userName);
    for (const QString &field : {QStringLiteral("credentials.password"), QStringLiteral("office.password"),
                                 QStringLiteral("onPremises.password")})
        setFieldWidget(field, m_password);

    m_requestCode = new QPushButton(tr("Request &Code"), this);
    m_requestCode->setObjectName(QStringLiteral("requestCodeButton"));
    m_requestCode->setAccessibleName(tr("Request a device code"));
    form()->addRow(m_requestCode);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("deviceCodeLabel"));
    m_code->setWordWrap(true);
    m_code->setTextFormat(Qt::RichText);
    m_code->setOpenExternalLinks(true);
    m_code->setTextInteractionFlags(Qt::TextBrowserInteraction);
    form()->addRow(m_code);
    setFieldWidget(QStringLiteral("credentials.userCode"), m_requestCode);
    setFieldWidget(QStringLiteral("office.userCode"), m_requestCode);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &CredentialsPage::updateMode);
    connect(m_userName, &QLineEdit::textChanged, this, &CredentialsPage::applyToDraft);
    connect(m_password, &QLineEdit::textChanged, this, &CredentialsPage::applyToDraft);
    connect(m_requestCode, &QPushButton::clicked, this, &CredentialsPage::requestCode);
    updateMode();
}

CredentialsPage::Mode CredentialsPage::mode() const
{
    return static_cast<Mode>(m_mode->currentData().toInt());
}

void CredentialsPage::updateMode()
{
    const bool password = mode() != Mode::DeviceCode;
    for (QWidget *widget : {static_cast<QWidget *>(m_userName), static_cast<QWidget *>(m_password),
                            static_cast<QWidget *>(m_remember)}) {
        widget->setVisible(password);
        if (QWidget *label = form()->labelForField(widget))
            label->setVisible(password);
    }
    m_requestCode->setVisible(!password);
    m_code->setVisible(!password);
    applyToDraft();
}

void CredentialsPage::applyToDraft()
{
    const Mode current = mode();
    const RestoreCredentials credentials = current == Mode::DeviceCode
                                               ? RestoreCredentials::withDeviceCode(m_userCode)
                                               : RestoreCredentials::withPassword(m_userName->text().trimmed(),
                                                                                  m_password->text());
    std::visit(
        [&](auto &request) {
            if constexpr (requires { request.credentials.office; }) {
                request.credentials = {};
                if (current == Mode::OnPremises)
                    request.credentials.onPremises = UserPassword {m_userName->text().trimmed(), m_password->text()};
                else
                    request.credentials.office = credentials;
            } else if constexpr (requires { request.credentials.kind; }) {
                request.credentials = credentials;
            }
        },
        wizard()->draftRequest());
}

void CredentialsPage::requestCode()
{
    DeviceCodeRequest request;
    request.sessionId = wizard()->context().target.ref.sessionId;
    m_requestCode->setEnabled(false);
    m_code->setText(tr("Asking the server for a device code…"));
    requestDeviceCode(wizard()->environment().client, request, this, [this](Result<DeviceCode, ApiError> code) {
        m_requestCode->setEnabled(true);
        if (!code) {
            m_code->clear();
            banner()->showMessage(MessageBanner::Level::Error,
                                  tr("No device code: %1").arg(errorDisplayText(code.error())));
            return;
        }
        banner()->clear();
        m_userCode = code->userCode;
        const QString url = code->verificationUrl.toHtmlEscaped();
        m_code->setText(tr("Open <a href=\"%1\">%1</a> and enter the code <b>%2</b>, then continue here.%3")
                            .arg(url, code->userCode.toHtmlEscaped(),
                                 code->message.isEmpty() ? QString() : QStringLiteral("<br>") + code->message.toHtmlEscaped()));
        applyToDraft();
    });
}

void CredentialsPage::initializePage()
{
    CredentialStore *store = wizard()->environment().credentials;
    const QUuid profileId = wizard()->environment().profileId;
    if (m_prefilled || !store || profileId.isNull())
        return;
    m_prefilled = true;
    const QString userName = QSettings().value(userNameKey(profileId)).toString();
    if (userName.isEmpty())
        return;
    m_wasRemembered = true;
    m_userName->setText(userName);
    m_remember->setChecked(true);
    store->readSecret(restoreAccountId(profileId), SecretKind::Password, this,
                      [this](Result<std::optional<QString>, QString> secret) {
        if (secret && secret.value() && m_password->text().isEmpty())
            m_password->setText(*secret.value());
    });
}

void CredentialsPage::persist()
{
    CredentialStore *store = wizard()->environment().credentials;
    const QUuid profileId = wizard()->environment().profileId;
    if (!store || profileId.isNull())
        return;
    const auto logFailure = [](Result<void, QString> done) {
        if (!done)
            qCWarning(lcUi) << "restore account not remembered:" << done.error();
    };
    if (m_remember->isChecked() && mode() != Mode::DeviceCode && !m_userName->text().trimmed().isEmpty()) {
        QSettings().setValue(userNameKey(profileId), m_userName->text().trimmed());
        store->writeSecret(restoreAccountId(profileId), SecretKind::Password, m_password->text(), store, logFailure);
    } else if (m_wasRemembered && !m_remember->isChecked()) {
        QSettings().remove(userNameKey(profileId));
        store->removeSecret(restoreAccountId(profileId), SecretKind::Password, store, logFailure);
    }
}

} // namespace re::ui
