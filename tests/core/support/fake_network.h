#pragma once

// A QNetworkAccessManager that answers from a handler instead of the network (qt-anchors.md §2
// habit 5): canned replies, transport errors, replies that hang at a chosen stage, bodies in timed
// chunks. Replies answer through the event loop, like a real network.

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <utility>

namespace re::test {

struct FakeRequest
{
    QByteArray method;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;

    QString path() const { return url.path(); }
    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    QByteArray bearer() const
    {
        const QByteArray value = header("Authorization");
        return value.startsWith("Bearer ") ? value.mid(7) : QByteArray();
    }
};

struct FakeResponse
{
    enum class Stage {
        Complete,          // answer fully
        HangBeforeSend,    // never even report the request as sent (connect hangs)
        HangAfterSend,     // request sent, no headers ever
        StallAfterHeaders, // headers and the first chunk, then silence
    };

    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<std::pair<QByteArray, QByteArray>> headers;
    // A transport failure instead of an HTTP answer (status is ignored).
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    Stage stage = Stage::Complete;
    std::chrono::milliseconds headerDelay{0};
    qsizetype chunkSize = 0; // 0: whole body at once
    std::chrono::milliseconds chunkDelay{0};

    static FakeResponse json(int status, const QByteArray &body)
    {
        FakeResponse r;
        r.status = status;
        r.body = body;
        return r;
    }
    static FakeResponse failure(QNetworkReply::NetworkError error, QString text)
    {
        FakeResponse r;
        r.error = error;
        r.errorText = std::move(text);
        return r;
    }
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, FakeResponse response,
              QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override { return m_buffer.size() + QNetworkReply::bytesAvailable(); }
    bool isSequential() const override { return true; }
    // How many body bytes were handed to the reader so far.
    qint64 delivered() const { return m_delivered; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void sendStage();
    void headerStage();
    void bodyStage();
    void finishWithError(QNetworkReply::NetworkError code, const QString &text);

    FakeResponse m_response;
    QByteArray m_buffer;
    qsizetype m_bodyOffset = 0;
    qint64 m_delivered = 0;
    bool m_done = false;
};

class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeNetworkAccessManager(Handler handler = {}, QObject *parent = nullptr)
        : QNetworkAccessManager(parent), m_handler(std::move(handler))
    {}

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    int countRequests(const std::function<bool(const FakeRequest &)> &match) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<FakeRequest> m_requests;
};

} // namespace re::test
