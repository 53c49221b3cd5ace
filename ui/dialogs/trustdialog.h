#pragma once

#include "tls/truststore.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QPushButton;

namespace re::ui {

// Shows a certificate the client could not verify and lets the user pin it for one server.
// Trusting needs an explicit tick on "Trust this certificate for this server"; Cancel is the
// default button, so Enter never trusts by accident.
class TrustDialog final : public QDialog
{
    Q_OBJECT

public:
    TrustDialog(const QString &serverTitle, const CertificateInfo &certificate,
                QWidget *parent = nullptr);

    bool trustConfirmed() const;
    QPushButton *trustButton() const { return m_trustButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QCheckBox *trustCheckBox() const { return m_trustCheck; }

private:
    QCheckBox *m_trustCheck = nullptr;
    QPushButton *m_trustButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace re::ui
