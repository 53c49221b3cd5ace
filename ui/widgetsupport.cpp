#include "widgetsupport.h"

#include <QPalette>
#include <QWidget>

namespace re::ui {

namespace {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor warningColor(const QWidget *widget)
{
    return isDarkPalette(widget->palette()) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void setWarningStyle(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, warningColor(widget));
    palette.setColor(QPalette::Text, warningColor(widget));
    widget->setPalette(palette);
}

QColor mutedColor(const QWidget *widget)
{
    return widget->palette().color(QPalette::Disabled, QPalette::Text);
}

} // namespace re::ui
