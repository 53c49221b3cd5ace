#include "common/textlimits.h"

#include <QCoreApplication>
#include <QDir>

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

QString elidedPath(const QString &path)
{
    constexpr qsizetype kShown = 260;
    constexpr qsizetype kEnd = 100;
    const QString native = QDir::toNativeSeparators(path);
    if (native.size() <= kShown)
        return native;
    return native.left(kShown - kEnd - 1) + QChar(0x2026) + native.right(kEnd);
}

} // namespace re
