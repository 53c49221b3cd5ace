#include "widgets/limitedtextedit.h"

#include "common/textlimits.h"

#include <QMimeData>
#include <QTextCursor>

namespace re::ui {

LimitedTextEdit::LimitedTextEdit(QString what, qsizetype maximumLength, QWidget *parent)
    : QPlainTextEdit(parent), m_what(std::move(what)), m_maximumLength(maximumLength)
{
}

void LimitedTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (source && source->hasText()) {
        const qsizetype length = document()->characterCount() - 1 - textCursor().selectedText().size()
                                 + source->text().size();
        if (length > m_maximumLength) {
            Q_EMIT pasteRefused(tooLongMessage(m_what, length, m_maximumLength));
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace re::ui
