#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

#include <deque>

class QWidget;

namespace re {
struct CertificateInfo;
}

namespace re::ui {

// One question or notice for the user, as a value: the seam that lets tests answer modals
// (KeePassXC's MessageBox::setNextAnswer, as an injected object instead of a static).
struct Prompt
{
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title;
    QString text;
    QString informativeText;
    QMessageBox::StandardButtons buttons = QMessageBox::Ok;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
};

// Every modal question the UI asks goes through a Prompter. Production code uses
// MessageBoxPrompter; tests use ScriptedPrompter so nothing ever blocks on exec().
class Prompter
{
public:
    virtual ~Prompter() = default;

    // Returns the button the user chose (the prompt's escape answer when the box was closed).
    virtual QMessageBox::StandardButton ask(QWidget *parent, const Prompt &prompt) = 0;
    // True only when the user explicitly chose to trust this certificate for this server.
    virtual bool trustCertificate(QWidget *parent, const QString &serverTitle,
                                  const CertificateInfo &certificate) = 0;

    // Shorthands for the common shapes.
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &informativeText = {});
    void warn(QWidget *parent, const QString &title, const QString &text,
              const QString &informativeText = {});
};

class MessageBoxPrompter final : public Prompter
{
public:
    QMessageBox::StandardButton ask(QWidget *parent, const Prompt &prompt) override;
    bool trustCertificate(QWidget *parent, const QString &serverTitle,
                          const CertificateInfo &certificate) override;
};

// Answers from a script, in order, and records what was asked. A prompt nobody scripted is
// answered with its most cautious button (Cancel, No, or the default) and counted in
// unexpectedPrompts(), so a test that forgot a prompt fails instead of hanging.
class ScriptedPrompter final : public Prompter
{
public:
    void setNextAnswer(QMessageBox::StandardButton answer);
    void setNextTrustAnswer(bool trust);

    QMessageBox::StandardButton ask(QWidget *parent, const Prompt &prompt) override;
    bool trustCertificate(QWidget *parent, const QString &serverTitle,
                          const CertificateInfo &certificate) override;

    const QList<Prompt> &asked() const { return m_asked; }
    const QStringList &trustRequests() const { return m_trustRequests; }
    int unexpectedPrompts() const { return m_unexpected; }
    bool scriptConsumed() const { return m_answers.empty() && m_trustAnswers.empty(); }

private:
    std::deque<QMessageBox::StandardButton> m_answers;
    std::deque<bool> m_trustAnswers;
    QList<Prompt> m_asked;
    QStringList m_trustRequests;
    int m_unexpected = 0;
};

} // namespace re::ui
