#pragma once

#include <QPlainTextEdit>

namespace re::ui {

// A QPlainTextEdit that refuses a paste (or drop) which would make its text longer than a maximum,
// and says so instead: QPlainTextEdit has no maxLength, and laying out a pasted megabyte on one line
// froze the wizard for most of a minute (docs/hardening.md). Typing is not limited here: what is sent
// is checked by core's validation, which names the same limit.
class LimitedTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    // `what`: the translated name of the field for the message ("message", "reason").
    LimitedTextEdit(QString what, qsizetype maximumLength, QWidget *parent = nullptr);

    qsizetype maximumLength() const { return m_maximumLength; }

Q_SIGNALS:
    // A paste was refused; `message` names the field and the limit, never the pasted text.
    void pasteRefused(const QString &message);

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    QString m_what;
    qsizetype m_maximumLength;
};

} // namespace re::ui
