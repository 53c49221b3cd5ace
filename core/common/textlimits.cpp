#include "common/textlimits.h"

#include <QCoreApplication>

namespace re {

QString tooLongMessage(const QString &field, qsizetype length, qsizetype maximum)
{
    return QCoreApplication::translate("Input", "The %1 is too long (%2 characters; at most %3). Check what was pasted.")
        .arg(field, QString::number(length), QString::number(maximum));
}

QString elided(QStringView text)
{
    constexpr qsizetype kShown = 60;
    return text.size() <= kShown ? text.toString() : text.left(kShown).toString() + QChar(0x2026);
}

} // namespace re
