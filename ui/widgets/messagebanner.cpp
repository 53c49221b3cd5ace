#include "messagebanner.h"

#include "widgetsupport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace re::ui {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text)
{
    m_level = level;
    const auto icon = level == Level::Error ? QStyle::SP_MessageBoxCritical
                                            : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    m_text->setPalette(palette());
    if (level == Level::Error)
        setWarningStyle(m_text);
    m_text->setAccessibleName(level == Level::Error ? tr("Error") : tr("Notice"));
    m_text->setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace re::ui
