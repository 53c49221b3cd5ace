#include "prompter.h"

#include "dialogs/trustdialog.h"


namespace re::ui {

namespace {

// The answer that changes nothing: what closing the box means.
QMessageBox::StandardButton cautiousAnswer(const Prompt &prompt)
{
    for (const auto button : {QMessageBox::Cancel, QMessageBox::No, QMessageBox::Close,
                              QMessageBox::Ok}) {
        if (prompt.buttons.testFlag(button))
            return button;
    }
    return prompt.defaultButton;
}

} // namespace

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text,
                       const QString &informativeText)
{
    Prompt prompt;
    prompt.icon = QMessageBox::Question;
    prompt.title = title;
    prompt.text = text;
    prompt.informativeText = informativeText;
    prompt.buttons = QMessageBox::Yes | QMessageBox::No;
    prompt.defaultButton = QMessageBox::No;
    return ask(parent, prompt) == QMessageBox::Yes;
}

void Prompter::warn(QWidget *parent, const QString &title, const QString &text,
                    const QString &informativeText)
{
    Prompt prompt;
    prompt.icon = QMessageBox::Warning;
    prompt.title = title;
    prompt.text = text;
    prompt.informativeText = informativeText;
    prompt.buttons = QMessageBox::Ok;
    prompt.defaultButton = QMessageBox::Ok;
    ask(parent, prompt);
}

QMessageBox::StandardButton MessageBoxPrompter::ask(QWidget *parent, const Prompt &prompt)
{
    QMessageBox box(prompt.icon, prompt.title, prompt.text, prompt.buttons, parent);
    box.setInformativeText(prompt.informativeText);
    if (prompt.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(prompt.defaultButton);
    box.setEscapeButton(cautiousAnswer(prompt));
    const int answer = box.exec();
    return static_cast<QMessageBox::StandardButton>(answer);
}

bool MessageBoxPrompter::trustCertificate(QWidget *parent, const QString &serverTitle,
                                          const CertificateInfo &certificate)
{
    TrustDialog dialog(serverTitle, certificate, parent);
    return dialog.exec() == QDialog::Accepted && dialog.trustConfirmed();
}

void ScriptedPrompter::setNextAnswer(QMessageBox::StandardButton answer)
{
    m_answers.push_back(answer);
}

void ScriptedPrompter::setNextTrustAnswer(bool trust)
{
    m_trustAnswers.push_back(trust);
}

QMessageBox::StandardButton ScriptedPrompter::ask(QWidget *, const Prompt &prompt)
{
    m_asked.append(prompt);
    if (m_answers.empty()) {
        ++m_unexpected;
        return cautiousAnswer(prompt);
    }
    const auto answer = m_answers.front();
    m_answers.pop_front();
    return answer;
}

bool ScriptedPrompter::trustCertificate(QWidget *, const QString &serverTitle,
                                        const CertificateInfo &)
{
    m_trustRequests.append(serverTitle);
    if (m_trustAnswers.empty()) {
        ++m_unexpected;
        return false;
    }
    const bool trust = m_trustAnswers.front();
    m_trustAnswers.pop_front();
    return trust;
}

} // namespace re::ui
