#pragma once

// One HTTPS GET through QNetworkAccessManager, deciding on TLS errors with a TrustStore exactly as
// the client does: evaluate; ignore exactly the reported errors only when Trusted; otherwise let
// the handshake fail and keep the description the user would be shown.

#include "tls/truststore.h"
#include "wait.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace re::test {

struct TlsProbeOutcome
{
    bool finished = false;
    std::optional<TrustVerdict> verdict; // nullopt: the handshake raised no TLS error at all
    CertificateInfo shownToUser; // filled for Unknown and Changed
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
};

inline TlsProbeOutcome probeTls(const QUrl &url, const TrustStore &trust, int timeoutMs = 15000)
{
    TlsProbeOutcome outcome;
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QPointer<QNetworkReply> reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
        [&outcome, &trust, r = reply.data()](const QList<QSslError> &errors) {
            const QSslCertificate peer = r->sslConfiguration().peerCertificate();
            outcome.verdict = trust.evaluate(peer, errors);
            if (*outcome.verdict == TrustVerdict::Trusted)
                r->ignoreSslErrors(errors);
            else
                outcome.shownToUser = TrustStore::describe(peer, errors);
        });
    outcome.finished = waitUntil([&reply] { return reply && reply->isFinished(); }, timeoutMs);
    if (reply) {
        outcome.error = reply->error();
        outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->abort();
        delete reply;
    }
    return outcome;
}

} // namespace re::test
