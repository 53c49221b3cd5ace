// Every typed resource parser on one server object (or on each element of an array): the lenient
// readers must turn any JSON into a value or a message, never crash. Also the restore-result side:
// statistics → counters, outcome and problem texts; and a restore log line read back from disk.

#include "fuzz_support.h"

#include "actions/restorelog.h"
#include "actions/restoreoutcome.h"
#include "resources/actionset.h"
#include "resources/exchange.h"
#include "resources/onedrive.h"
#include "resources/organization.h"
#include "resources/restoresession.h"
#include "resources/statistics.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

template <typename T>
void parse(const QJsonObject &object)
{
    const re::Result<T, QString> value = T::fromJson(object);
    if (value) {
        if constexpr (requires { value->id; })
            RE_FUZZ_CHECK(!value->id.isEmpty());
    } else
        RE_FUZZ_CHECK(!value.error().isEmpty());
}

void parseAll(const QJsonObject &object)
{
    parse<re::Organization>(object);
    parse<re::SessionOrganization>(object);
    parse<re::RestoreSession>(object);
    parse<re::SessionEvent>(object);
    parse<re::Mailbox>(object);
    parse<re::MailFolder>(object);
    parse<re::MailItem>(object);
    parse<re::OneDrive>(object);
    parse<re::OneDriveFolder>(object);
    parse<re::OneDriveDocument>(object);
    parse<re::DocumentVersion>(object);
    (void)re::AsyncRestoreResponse::fromJson(object);
    (void)re::ActionSet::fromJson(object.value(QStringLiteral("_actions")));

    const re::Result<re::RestoreStatistics, QString> statistics = re::RestoreStatistics::fromJson(object);
    if (statistics) {
        const QList<re::actions::Counter> counters = re::actions::countersOf(*statistics);
        (void)re::actions::countersToJson(counters);
        (void)re::actions::judge(*statistics);
        (void)re::actions::problemsOf(*statistics);
    }

    const re::Result<re::actions::RestoreLogEntry, QString> entry = re::actions::RestoreLogEntry::fromJson(object);
    if (entry) {
        (void)entry->toJson();
        (void)re::actions::RestoreLog::toCsv({*entry});
    }
    (void)re::actions::withoutSecrets(object);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(re::fuzz::bytesOf(data, size));
    if (document.isObject()) {
        parseAll(document.object());
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array)
            parseAll(value.toObject());
    }
    return 0;
}
