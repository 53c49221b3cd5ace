#include "fake_network.h"

#include <QTimer>

#include <cstring>

namespace re::test {

namespace {

QByteArray verbOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::GetOperation: return "GET";
    case QNetworkAccessManager::PostOperation: return "POST";
    case QNetworkAccessManager::PutOperation: return "PUT";
    case QNetworkAccessManager::DeleteOperation: return "DELETE";
    case QNetworkAccessManager::HeadOperation: return "HEAD";
    default: break;
    }
    return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
}

} // namespace

FakeReply::FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, FakeResponse response,
                     QObject *parent)
    : QNetworkReply(parent), m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTimer::singleShot(0, this, &FakeReply::sendStage);
}

void FakeReply::sendStage()
{
    if (m_done || m_response.stage == FakeResponse::Stage::HangBeforeSend)
        return;
    if (m_response.error != QNetworkReply::NoError) {
        finishWithError(m_response.error, m_response.errorText);
        return;
    }
    emit requestSent();
    if (m_response.stage == FakeResponse::Stage::HangAfterSend)
        return;
    QTimer::singleShot(m_response.headerDelay, this, &FakeReply::headerStage);
}

void FakeReply::headerStage()
{
    if (m_done)
        return;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    if (!m_response.body.isEmpty() && !m_response.contentType.isEmpty())
        setRawHeader("Content-Type", m_response.contentType);
    setRawHeader("Content-Length", QByteArray::number(m_response.body.size()));
    for (const auto &[name, value] : m_response.headers)
        setRawHeader(name, value);
    emit metaDataChanged();
    bodyStage();
}

void FakeReply::bodyStage()
{
    if (m_done)
        return;
    const qsizetype remaining = m_response.body.size() - m_bodyOffset;
    if (remaining > 0) {
        const qsizetype size = m_response.chunkSize > 0 ? std::min(m_response.chunkSize, remaining) : remaining;
        m_buffer += m_response.body.mid(m_bodyOffset, size);
        m_bodyOffset += size;
        emit readyRead();
        emit downloadProgress(m_bodyOffset, m_response.body.size());
    }
    if (m_response.stage == FakeResponse::Stage::StallAfterHeaders)
        return;
    if (m_bodyOffset < m_response.body.size()) {
        QTimer::singleShot(m_response.chunkDelay, this, &FakeReply::bodyStage);
        return;
    }
    if (m_response.status >= 400) {
        // QNAM reports HTTP errors as a NetworkError as well; the job must read the status first.
        setError(m_response.status == 404 ? QNetworkReply::ContentNotFoundError : QNetworkReply::UnknownContentError,
                 QStringLiteral("HTTP error"));
        emit errorOccurred(error());
    }
    m_done = true;
    setFinished(true);
    emit finished();
}

void FakeReply::finishWithError(QNetworkReply::NetworkError code, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    setError(code, text);
    emit errorOccurred(code);
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    finishWithError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
    if (n <= 0)
        return m_done && m_buffer.isEmpty() ? -1 : 0;
    std::memcpy(data, m_buffer.constData(), static_cast<size_t>(n));
    m_buffer.remove(0, n);
    m_delivered += n;
    return n;
}

int FakeNetworkAccessManager::countRequests(const std::function<bool(const FakeRequest &)> &match) const
{
    int n = 0;
    for (const FakeRequest &request : m_requests) {
        if (match(request))
            ++n;
    }
    return n;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    FakeRequest recorded;
    recorded.method = verbOf(op, request);
    recorded.url = request.url();
    recorded.request = request;
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);
    FakeResponse response = m_handler ? m_handler(recorded) : FakeResponse::json(404, R"({"message":"no handler"})");
    return new FakeReply(op, request, std::move(response), this);
}

} // namespace re::test
