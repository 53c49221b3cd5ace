#pragma once

#include "api/client/apiclient.h"
#include "cli/clierror.h"
#include "cli/commandline.h"
#include "resources/restoresession.h"
#include "tls/truststore.h"

#include <QEventLoop>
#include <QList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <utility>

namespace re::cli {

// restore-cli's logged-in connection to one server: trust, API version, login, and every call as
// a plain function that returns when the answer is in.
//
// The CLI is a script that makes one request at a time and has nothing else to do meanwhile, so
// each call waits in a local QEventLoop. That is the hazard qt-anchors.md §3 warns about only
// where other code could re-enter (GUIs, callbacks); here no wait starts inside a callback.
class Connection
{
public:
    // `warnings` receives lines about rows the server sent that could not be read (never silent).
    Connection(const GlobalOptions &options, QTextStream &warnings);

    // Pins the certificate, picks the API version (detects it for --api auto) and logs in.
    CliResult<void> open(const QString &password);

    ApiVersion apiVersion() const;
    // The logged-in client, for work that is not one call (downloads: docs/downloads.md).
    ApiClient &client() { return m_client; }

    // Every row of a list, following pages to the end.
    template <typename T>
    CliResult<QList<T>> listAll(ListQuery query);
    template <typename T>
    CliResult<T> fetch(const ResourceRef &ref);
    CliResult<RestoreSession> explore(const QString &organizationId, const ExploreOptions &options);
    CliResult<void> stop(const QString &sessionId);

private:
    // Runs `start` and waits for the callback it is handed.
    template <typename T>
    Result<T, ApiError> wait(const std::function<void(std::function<void(Result<T, ApiError>)>)> &start);
    CliError failure(const ApiError &error) const;
    CliResult<ApiVersion> detectVersion();
    CliResult<void> logIn(const QString &password);

    GlobalOptions m_options;
    QTextStream &m_warnings;
    ApiClient m_client;
    std::optional<CertificateInfo> m_untrustedCertificate; // what the server showed, for the message
};

// ---- templates ----------------------------------------------------------------------------------

template <typename T>
Result<T, ApiError> Connection::wait(const std::function<void(std::function<void(Result<T, ApiError>)>)> &start)
{
    std::optional<Result<T, ApiError>> result;
    QEventLoop loop;
    start([&result, &loop](Result<T, ApiError> answer) {
        result.emplace(std::move(answer));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

template <typename T>
CliResult<QList<T>> Connection::listAll(ListQuery query)
{
    QList<T> rows;
    query.offset = 0;
    query.limit = m_options.pageSize;
    for (;;) {
        Result<Page<T>, ApiError> page = wait<Page<T>>([this, &query](auto done) {
            m_client.fetchPage<T>(query, nullptr, std::move(done));
        });
        if (!page)
            return unexpected(failure(page.error()));
        for (const QString &rowError : page->rowErrors)
            m_warnings << Cli::tr("restore-cli: warning: a row was left out: %1").arg(oneLine(rowError)) << Qt::endl;
        rows.append(page->items);
        const qint64 next = page->nextOffset();
        // A server that ignores offset would repeat the first page for ever.
        if (!page->hasMore || next <= query.offset)
            break;
        query.offset = next;
    }
    return rows;
}

template <typename T>
CliResult<T> Connection::fetch(const ResourceRef &ref)
{
    Result<T, ApiError> answer = wait<T>([this, &ref](auto done) { m_client.fetch<T>(ref, nullptr, std::move(done)); });
    if (!answer)
        return unexpected(failure(answer.error()));
    return std::move(answer).value();
}

} // namespace re::cli
