// ApiClient::detectVersion: which API prefixes the server serves, newest first (api-reference.md §1.1b).
#include "api/client/apiclient.h"

#include "api/client/errormapper.h"
#include "common/logging.h"

#include <memory>

namespace re {

namespace {

struct Probe
{
    QPointer<ApiClient> client;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(Result<ApiVersion, ApiError>)> onDone;
    size_t next = 0;
};

void probeNext(const std::shared_ptr<Probe> &probe);

void report(const std::shared_ptr<Probe> &probe, Result<ApiVersion, ApiError> result)
{
    if (probe->hasContext && !probe->context)
        return;
    probe->onDone(std::move(result));
}

void probeNext(const std::shared_ptr<Probe> &probe)
{
    if (!probe->client)
        return;
    if (probe->next >= kVersionsNewestFirst.size()) {
        report(probe, unexpected(errors::noSupportedVersion(probe->client->serverRoot())));
        return;
    }
    const ApiVersion version = kVersionsNewestFirst[probe->next++];
    const RequestSpec spec = Dialect::create(version)->probe();
    ApiJob *job = probe->client->send(spec);
    QObject::connect(job, &ApiJob::finished, probe->client, [probe, job, version] {
        if (job->succeeded()) {
            // 401 (or 200 on a server without auth) means the prefix exists.
            qCInfo(lcApi).noquote() << "the server serves API" << toString(version);
            report(probe, version);
            return;
        }
        const ApiError &error = job->error();
        if (error.kind == ApiError::Kind::NotFound || error.httpStatus == 405 || error.httpStatus == 400) {
            qCDebug(lcApi).noquote() << "API" << toString(version) << "not served (HTTP" << error.httpStatus << ")";
            probeNext(probe);
            return;
        }
        // Refused, DNS, TLS, timeout: asking for older versions would only repeat it.
        report(probe, unexpected(error));
    });
}

} // namespace

void ApiClient::detectVersion(QObject *context, std::function<void(Result<ApiVersion, ApiError>)> onDone)
{
    auto probe = std::make_shared<Probe>();
    probe->client = this;
    probe->context = context;
    probe->hasContext = context != nullptr;
    probe->onDone = std::move(onDone);
    probeNext(probe);
}

} // namespace re
