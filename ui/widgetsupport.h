#pragma once

#include <QColor>

class QWidget;

namespace re::ui {

// A red that stays readable on both light and dark palettes.
QColor warningColor(const QWidget *widget);
// Paints the widget's text in warningColor().
void setWarningStyle(QWidget *widget);
// A grey for secondary text (deleted items, hints), from the palette's disabled text colour.
QColor mutedColor(const QWidget *widget);

} // namespace re::ui
