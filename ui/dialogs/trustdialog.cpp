#include "trustdialog.h"

#include "widgetsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace re::ui {

namespace {

QString validityText(const QDateTime &when)
{
    if (!when.isValid())
        return TrustDialog::tr("(not stated)");
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

TrustDialog::TrustDialog(const QString &serverTitle, const CertificateInfo &certificate,
                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("TrustDialog"));
    setWindowTitle(tr("Untrusted Server Certificate"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    header->addWidget(icon);
    auto *intro = new QLabel(
        tr("<b>The identity of %1 could not be verified.</b><br>"
           "Its certificate is not signed by an authority this computer trusts. Servers of "
           "Veeam Backup for Microsoft 365 often use their own certificate; trust it only if "
           "the fingerprint below matches the one your administrator gave you.")
            .arg(serverTitle.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    header->addWidget(intro, 1);
    layout->addLayout(header);
    layout->addSpacing(6);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    auto addRow = [&](const QString &labelText, const QString &value, const QString &objectName,
                      bool wrap = true) {
        QLabel *field = selectableLabel(value, this);
        field->setWordWrap(wrap);
        field->setObjectName(objectName);
        field->setAccessibleName(labelText);
        form->addRow(labelText, field);
        return field;
    };
    addRow(tr("Subject:"), certificate.subject, QStringLiteral("subjectLabel"));
    addRow(tr("Issuer:"), certificate.issuer, QStringLiteral("issuerLabel"));
    addRow(tr("Valid from:"), validityText(certificate.notBefore), QStringLiteral("notBeforeLabel"),
           false);
    QLabel *notAfter = addRow(tr("Valid until:"), validityText(certificate.notAfter),
                              QStringLiteral("notAfterLabel"), false);
    if (certificate.notAfter.isValid() && certificate.notAfter < QDateTime::currentDateTimeUtc())
        notAfter->setText(tr("%1 (expired)").arg(notAfter->text()));

    QLabel *fingerprint = addRow(tr("SHA-256 fingerprint:"),
                                 TrustStore::formatFingerprint(certificate.sha256Hex),
                                 QStringLiteral("fingerprintLabel"), false);
    // Two lines of 16 bytes: easier to compare by eye than one line of 32.
    const QString formatted = fingerprint->text();
    if (formatted.size() > 48)
        fingerprint->setText(formatted.left(47) + u'\n' + formatted.mid(48));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    if (!certificate.problems.isEmpty()) {
        QLabel *problems = addRow(tr("Problems:"), certificate.problems.join(u'\n'),
                                  QStringLiteral("problemsLabel"));
        setWarningStyle(problems);
    }
    layout->addLayout(form);
    layout->addSpacing(6);

    m_trustCheck = new QCheckBox(tr("&Trust this certificate for this server"), this);
    m_trustCheck->setObjectName(QStringLiteral("trustCheck"));
    m_trustCheck->setAccessibleName(tr("Trust this certificate for this server"));
    m_trustCheck->setToolTip(tr("The fingerprint is remembered for this server profile. If the "
                                "server later shows a different certificate, the connection is "
                                "refused."));
    layout->addWidget(m_trustCheck);

    auto *buttons = new QDialogButtonBox(this);
    m_trustButton = buttons->addButton(tr("Trust and &Connect"), QDialogButtonBox::AcceptRole);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustButton->setEnabled(false);
    m_trustButton->setAutoDefault(false);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setDefault(true);
    layout->addWidget(buttons);

    connect(m_trustCheck, &QCheckBox::toggled, m_trustButton, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_trustCheck->isChecked())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_cancelButton->setFocus();
    // Wide enough for the fingerprint and the subject; as tall as the wrapped texts need.
    constexpr int kWidth = 620;
    const int height = heightForWidth(kWidth);
    resize(kWidth, height > 0 ? height : sizeHint().height());
}

bool TrustDialog::trustConfirmed() const
{
    return m_trustCheck->isChecked();
}

} // namespace re::ui
