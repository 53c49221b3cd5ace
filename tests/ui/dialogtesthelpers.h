#pragma once

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QStringList>
#include <QWidget>

namespace re::test {

// Object names of interactive controls that have neither an accessible name nor a visible text a
// screen reader could use.
inline QStringList controlsWithoutAccessibleName(const QWidget &root)
{
    QStringList missing;
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget)
                                 || qobject_cast<QLineEdit *>(widget)
                                 || qobject_cast<QComboBox *>(widget)
                                 || qobject_cast<QAbstractSpinBox *>(widget)
                                 || qobject_cast<QAbstractItemView *>(widget);
        // Qt's own helpers (header views, the table corner button, tool bar extension buttons)
        // are part of their owner.
        if (!interactive || widget->parent() == nullptr || qobject_cast<QHeaderView *>(widget)
            || widget->objectName().startsWith(QStringLiteral("qt_")))
            continue;
        // Editors and popups inside a combo box or spin box are named through their owner.
        bool ownedByCompound = false;
        for (QWidget *up = widget->parentWidget(); up && up != &root; up = up->parentWidget())
            ownedByCompound = ownedByCompound || qobject_cast<QComboBox *>(up)
                              || qobject_cast<QAbstractSpinBox *>(up) || qobject_cast<QLineEdit *>(up)
                              || qobject_cast<QAbstractItemView *>(up);
        if (ownedByCompound)
            continue;
        QString spoken = widget->accessibleName();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            spoken += button->text();
        if (spoken.trimmed().isEmpty())
            missing.append(widget->objectName().isEmpty()
                               ? QString::fromLatin1(widget->metaObject()->className())
                               : widget->objectName());
    }
    return missing;
}

} // namespace re::test
