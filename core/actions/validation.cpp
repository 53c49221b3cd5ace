#include "actions/validation.h"

#include "common/textlimits.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace re::actions {

Validity checkLength(const QString &field, const QString &what, const QString &text, qsizetype maximum)
{
    if (text.size() <= maximum)
        return {};
    return invalid(field, tooLongMessage(what, text.size(), maximum));
}

Validity validateReason(const QString &reason)
{
    return checkLength(QStringLiteral("reason"), QCoreApplication::translate("Actions", "reason"), reason.trimmed(),
                       kMaxReasonLength);
}

QString quoted(const QString &text)
{
    return elided(text);
}

QString maskedSecret()
{
    return QStringLiteral("********");
}

QJsonObject summaryToJson(const QList<SummaryLine> &lines)
{
    QJsonObject json;
    for (const SummaryLine &line : lines)
        json.insert(line.key, line.secret ? maskedSecret() : line.value);
    return json;
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^@\s;,<>"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return pattern.match(text).hasMatch();
}

bool isEmailAddressList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    const QStringList parts = text.split(separators);
    int addresses = 0;
    for (const QString &part : parts) {
        const QString address = part.trimmed();
        if (address.isEmpty())
            continue;
        if (!isEmailAddress(address))
            return false;
        ++addresses;
    }
    return addresses > 0;
}

bool isHostName(const QString &text)
{
    if (QHostAddress address; address.setAddress(text))
        return true;
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$)"));
    return pattern.match(text).hasMatch();
}

Validity invalid(const QString &field, const QString &message)
{
    return unexpected(ValidationError {field, message});
}

} // namespace re::actions
