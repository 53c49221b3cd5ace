#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace re::actions {

// Why a request cannot be sent: the field a wizard page should highlight (the request's own
// property name, e.g. "mailbox", "credentials.userName") and one translated sentence.
struct ValidationError
{
    QString field;
    QString message;
};

using Validity = Result<void, ValidationError>;

// One line of "what will be sent": stable key (used by the restore log), translated label, and
// the value as shown. Secret values are already masked here; the real value never leaves the
// request.
struct SummaryLine
{
    QString key;
    QString label;
    QString value;
    bool secret = false;
};

// What a summary shows instead of a secret.
QString maskedSecret();

// The summary as {key: shown value}; secrets stay masked.
QJsonObject summaryToJson(const QList<SummaryLine> &lines);

// A name@domain.tld address (no display names, no spaces). Deliberately simple: the server
// decides what it can deliver; this only catches typing mistakes.
bool isEmailAddress(const QString &text);
// One or more addresses separated by ';' or ','; every one must be an address.
bool isEmailAddressList(const QString &text);
// A DNS host name or IP address without scheme, port or path (outlook.office365.com).
bool isHostName(const QString &text);

Validity invalid(const QString &field, const QString &message);

// Longest values a request takes: far beyond real names, paths and passwords, short enough that a
// pasted document is refused with a message instead of being sent (docs/hardening.md).
inline constexpr qsizetype kMaxNameLength = 256;     // names, addresses, host names, a subject (Exchange: 255)
inline constexpr qsizetype kMaxPathLength = 1024;
inline constexpr qsizetype kMaxPasswordLength = 1024;
inline constexpr qsizetype kMaxAddressListLength = 4096; // some dozens of recipients
inline constexpr qsizetype kMaxTextLength = 16 * 1024;   // a message body of a few pages
inline constexpr qsizetype kMaxReasonLength = 2000;      // a ticket number or a paragraph, kept in the restore log

// Refuses `text` longer than `maximum` characters; `what` names it in the message (translated).
Validity checkLength(const QString &field, const QString &what, const QString &text, qsizetype maximum);
// `text` shortened for quoting in a message: a message names the input, it does not repeat it.
QString quoted(const QString &text);
// The free-text reason of an action (the wizard's summary page, restore-cli --reason).
Validity validateReason(const QString &reason);

} // namespace re::actions
