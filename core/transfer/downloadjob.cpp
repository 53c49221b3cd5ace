#include "transfer/downloadjob.h"

#include "api/client/tlsrefusal.h"

#include "common/logging.h"
#include "common/textlimits.h"
#include "transfer/contentsniffer.h"
#include "transfer/filenames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStorageInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace re {

namespace {

constexpr qsizetype kMaxErrorBodyBytes = 64 * 1024;
constexpr int kMaxNameCandidates = 10000;
constexpr qint64 kProgressIntervalMs = 100;
constexpr qint64 kTickIntervalMs = 1000;
// Room a sanitised name keeps for " (9999)", an appended ".zip" and ".part" within 255 bytes.
constexpr qsizetype kNameBudgetBytes = kMaxFileNameBytes - 24;

// For the free helpers below; members use DownloadJob::tr, which has the same context.
QString trJob(const char *text)
{
    return QCoreApplication::translate("re::DownloadJob", text);
}

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString describeDuration(std::chrono::milliseconds duration)
{
    using namespace std::chrono;
    if (duration < seconds(2))
        return trJob("%1 ms").arg(duration.count());
    if (duration < minutes(2))
        return trJob("%1 s").arg(duration_cast<seconds>(duration).count());
    return trJob("%1 min").arg(duration_cast<minutes>(duration).count());
}

ApiError makeError(ApiError::Kind kind, QString message, int httpStatus = 0)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.message = std::move(message);
    return error;
}

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ConnectionRefusedError: // the server restarting
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

ApiError networkError(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError code = reply->error();
    const QString detail = reply->errorString();
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return makeError(ApiError::Kind::HostNotFound,
                         trJob("The server's name could not be resolved (%1).").arg(detail));
    case QNetworkReply::ConnectionRefusedError:
        return makeError(ApiError::Kind::ConnectionRefused,
                         trJob("The server refused the connection (%1).").arg(detail));
    case QNetworkReply::SslHandshakeFailedError:
        if (std::optional<ApiError> refusal = tls::refusalOf(reply)) // pinned/changed/untrusted, in words
            return *refusal;
        return makeError(ApiError::Kind::Tls,
                         trJob("The secure connection to the server failed (%1).").arg(detail));
    case QNetworkReply::TimeoutError:
        return makeError(ApiError::Kind::Timeout,
                         trJob("The server did not answer in time (%1).").arg(detail));
    default:
        break;
    }
    if (isTransientNetworkError(code))
        return makeError(ApiError::Kind::ConnectionLost,
                         trJob("The connection to the server was lost (%1).").arg(detail));
    return makeError(ApiError::Kind::ServerError, trJob("The download failed: %1").arg(detail));
}

// The `message` (v6+) or `Message` / `error_description` of a JSON error body, if any.
QString serverMessageOf(const QByteArray &body)
{
    static const QRegularExpression messagePattern(
        u"\"(?:message|error_description)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\""_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = messagePattern.match(QString::fromUtf8(body));
    if (!match.hasMatch())
        return {};
    QString text = match.captured(1);
    text.replace(u"\\\""_s, u"\""_s).replace(u"\\n"_s, u"\n"_s).replace(u"\\\\"_s, u"\\"_s);
    return text;
}

ApiError httpError(int status, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = status;
    error.serverMessage = serverMessageOf(body);
    switch (status) {
    case 401:
        error.kind = ApiError::Kind::Unauthorized;
        error.message = trJob("The server no longer accepts the login (HTTP 401). Log in again and retry.");
        break;
    case 403:
        error.kind = ApiError::Kind::Forbidden;
        error.message = trJob("The server refused the download: this account may not save or export "
                           "this item (HTTP 403).");
        break;
    case 404:
        error.kind = ApiError::Kind::NotFound;
        error.message = trJob("The item or restore session was not found on the server (HTTP 404). "
                           "The restore session may have ended.");
        break;
    default:
        error.kind = ApiError::Kind::ServerError;
        error.message = trJob("The server could not produce the file (HTTP %1).").arg(status);
        break;
    }
    if (!error.serverMessage.isEmpty())
        error.message += u' ' + trJob("Server message: %1").arg(error.serverMessage);
    return error;
}

bool isTransientHttpStatus(int status)
{
    return status == 408 || status == 502 || status == 503 || status == 504;
}

// Start offset of "Content-Range: bytes START-END/TOTAL"; total via `total` when given ("*" → -1).
std::optional<qint64> contentRangeStart(const QByteArray &header, qint64 &total)
{
    static const QRegularExpression pattern(u"^\\s*bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    total = match.captured(3) == u"*"_s ? -1 : match.captured(3).toLongLong(&ok);
    if (!ok)
        total = -1;
    return match.captured(1).toLongLong();
}

// A validator usable in If-Range: a strong ETag, else Last-Modified (RFC 9110 §13.1.5).
QByteArray ifRangeValidator(const QNetworkReply *reply)
{
    const QByteArray etag = reply->rawHeader("ETag").trimmed();
    if (!etag.isEmpty() && !etag.startsWith("W/"))
        return etag;
    return reply->rawHeader("Last-Modified").trimmed();
}

} // namespace

DownloadJob::DownloadJob(DownloadRequest request, DownloadPolicy policy, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_policy(std::move(policy))
{
    m_policy.maxAttempts = qMax(1, m_policy.maxAttempts);
    m_policy.chunkBytes = qMax<qint64>(4096, m_policy.chunkBytes);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &DownloadJob::onWatchdog);
    // While nothing arrives (preparing, backoff) the panel still needs its clock to move.
    m_ticker.setInterval(kTickIntervalMs);
    connect(&m_ticker, &QTimer::timeout, this, [this] { emitProgress(true); });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        beginAttempt(m_canResume && m_received > 0 ? m_received : 0);
    });
}

DownloadJob::~DownloadJob()
{
    if (isRunning(m_state)) {
        detachReply();
        discardPart();
    }
}

void DownloadJob::setState(DownloadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcTransfer) << "download" << m_request.suggestedName << "→" << displayName(state);
    if (state == DownloadState::Preparing || state == DownloadState::Retrying)
        m_ticker.start();
    else
        m_ticker.stop();
    emit stateChanged(state);
    emitProgress(true);
    if (isTerminal(state))
        emit finished();
}

void DownloadJob::start()
{
    if (isRunning(m_state))
        return;
    m_attempt = 0;
    m_received = 0;
    m_writebackFrom = 0;
    m_total = -1;
    m_canResume = false;
    m_validator.clear();
    m_servedName.clear();
    m_finalPath.clear();
    m_error = {};
    m_rate.reset();
    m_rateClock.start();
    if (const auto opened = openPartFile(); !opened) {
        fail(opened.error());
        return;
    }
    beginAttempt(0);
}

void DownloadJob::requeue()
{
    if (m_state == DownloadState::Failed || m_state == DownloadState::Cancelled)
        setState(DownloadState::Queued);
}

void DownloadJob::cancel()
{
    if (isTerminal(m_state))
        return;
    m_watchdog.stop();
    m_retryTimer.stop();
    detachReply();
    discardPart();
    m_error = makeError(ApiError::Kind::Cancelled, tr("The download was cancelled."));
    setState(DownloadState::Cancelled);
}

QString DownloadJob::partPath() const
{
    return m_part.isOpen() ? m_part.fileName() : QString();
}

Result<void, ApiError> DownloadJob::openPartFile()
{
    const QFileInfo folder(m_request.targetDirectory);
    if (m_request.targetDirectory.isEmpty() || !folder.isDir()) {
        return unexpected(makeError(ApiError::Kind::Local,
                                    tr("The folder \"%1\" does not exist. Choose another folder.")
                                        .arg(elidedPath(m_request.targetDirectory))));
    }
    const QDir dir(folder.absoluteFilePath());
    const QString baseName =
        sanitizeFileName(m_request.suggestedName, u"download"_s, kNameBudgetBytes);
    for (int n = 0; n < kMaxNameCandidates; ++n) {
        m_part.setFileName(dir.absoluteFilePath(numberedFileName(baseName, n) + u".part"_s));
        // NewOnly: never reuse a .part another download (or program) is writing.
        if (m_part.open(QIODevice::ReadWrite | QIODevice::NewOnly | QIODevice::Unbuffered))
            return {};
        if (!QFileInfo::exists(m_part.fileName()))
            break;
    }
    ApiError error = makeError(ApiError::Kind::Local,
                               tr("Cannot create a file in the folder \"%1\": %2. Choose a folder "
                                  "you can write to.")
                                   .arg(elidedPath(dir.absolutePath()), m_part.errorString()));
    m_part.setFileName(QString());
    return unexpected(std::move(error));
}

Result<void, ApiError> DownloadJob::ensureFreeSpace(qint64 bytesStillToCome) const
{
    if (bytesStillToCome <= 0)
        return {};
    const QStorageInfo storage(QFileInfo(m_part.fileName()).absolutePath());
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available < 0 || available >= bytesStillToCome + m_policy.freeSpaceReserveBytes)
        return {};
    return unexpected(makeError(
        ApiError::Kind::Local,
        tr("Not enough free disk space in \"%1\": the file needs %2, only %3 are free. Free some "
           "space or choose another folder.")
            .arg(QDir::toNativeSeparators(QFileInfo(m_part.fileName()).absolutePath()),
                 formatSize(bytesStillToCome), formatSize(available))));
}

ApiError DownloadJob::diskError(const QString &path, const QFileDevice &file, int writeErrno) const
{
    // A short write on a full disk sets no error at all in QFile ("Unknown error"), so the disk is
    // asked too: under one chunk left after a failed write means it is full.
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const bool full = file.error() == QFileDevice::ResourceError || writeErrno == ENOSPC || writeErrno == EDQUOT
        || (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < m_policy.chunkBytes);
    if (full) {
        return makeError(ApiError::Kind::Local,
                         tr("The disk is full: cannot write \"%1\". Free some space or choose "
                            "another folder.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    const QString reason = writeErrno != 0 ? qt_error_string(writeErrno) : file.errorString();
    return makeError(ApiError::Kind::Local,
                     tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), reason));
}

void DownloadJob::beginAttempt(qint64 resumeOffset)
{
    ++m_attempt;
    m_resumeOffset = resumeOffset;
    m_headersSeen = false;
    m_httpStatus = 0;
    m_errorBody.clear();
    m_abortReason = AbortReason::None;
    m_localError = {};
    if (resumeOffset == 0)
        m_received = 0; // the .part is truncated once the new reply's headers arrive

    DownloadAttempt attempt;
    attempt.number = m_attempt;
    attempt.resumeOffset = resumeOffset;
    attempt.validator = resumeOffset > 0 ? m_validator : QByteArray();
    qCInfo(lcTransfer).nospace().noquote()
        << "download \"" << m_request.suggestedName << "\": attempt " << m_attempt << '/'
        << m_policy.maxAttempts << (resumeOffset > 0 ? ", resuming at byte " : "")
        << (resumeOffset > 0 ? QByteArray::number(resumeOffset) : QByteArray());
    Result<QNetworkReply *, ApiError> sent = m_request.start(attempt);
    if (!sent) {
        const ApiError::Kind kind = sent.error().kind;
        const bool transient = kind == ApiError::Kind::Timeout || kind == ApiError::Kind::ConnectionLost
            || kind == ApiError::Kind::ConnectionRefused;
        handleFailedAttempt(sent.error(), transient);
        return;
    }
    if (*sent == nullptr) {
        fail(makeError(ApiError::Kind::Local, tr("The download request could not be sent.")));
        return;
    }
    m_reply = *sent;
    limitReplyBuffer();
    // Qt 6.4 trap: a request with a body (every save/export is a POST) starts on a later event-loop
    // turn, and a read-buffer limit set before that start never reaches the HTTP thread, which then
    // buffers the whole body in memory (measured: 400-700 MiB for 1 GiB). Applying the limit again
    // once the request has started makes it stick (docs/downloads.md).
    QMetaObject::invokeMethod(
        this,
        [this, reply = m_reply] {
            if (m_reply == reply)
                limitReplyBuffer();
        },
        Qt::QueuedConnection);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DownloadJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadJob::onReplyFinished);
    m_attemptClock.start();
    m_watchdog.start(m_policy.firstByteTimeout);
    setState(DownloadState::Preparing);
    // A reply that finished synchronously (e.g. an immediate local error) has already emitted.
    if (m_reply->isFinished()) {
        QMetaObject::invokeMethod(
            this,
            [this, reply = m_reply] {
                if (m_reply == reply)
                    onReplyFinished();
            },
            Qt::QueuedConnection);
    }
}

void DownloadJob::limitReplyBuffer()
{
    if (m_reply)
        m_reply->setReadBufferSize(m_policy.replyBufferBytes);
}

void DownloadJob::onMetaDataChanged()
{
    if (!m_reply || m_headersSeen)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return; // not the final headers yet
    m_headersSeen = true;
    m_httpStatus = status.toInt();
    limitReplyBuffer(); // the request has surely started by now (see beginAttempt)
    m_watchdog.start(m_policy.stallTimeout);
    if (!acceptHeaders(m_reply))
        m_reply->abort(); // onReplyFinished reports m_abortReason
}

bool DownloadJob::acceptHeaders(QNetworkReply *reply)
{
    if (m_httpStatus != 200 && m_httpStatus != 206)
        return true; // an error body follows: collected and reported when the reply ends
    // Every save and export answers application/octet-stream (api-reference.md §7). JSON here is not
    // the file (a proxy, another service, an API mismatch): never save it under the file's name.
    if (reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"json"_s, Qt::CaseInsensitive)) {
        m_localError = makeError(ApiError::Kind::UnexpectedResponse,
                                 tr("The server answered with a JSON document instead of the file, so nothing "
                                    "was saved. The server may run a REST API version this program does not "
                                    "expect; check the API version chosen for this server."));
        m_abortReason = AbortReason::LocalError;
        return false;
    }

    const QVariant lengthHeader = reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 contentLength = lengthHeader.isValid() ? lengthHeader.toLongLong() : -1;

    if (m_httpStatus == 206) {
        qint64 rangeTotal = -1;
        const std::optional<qint64> start = contentRangeStart(reply->rawHeader("Content-Range"),
                                                              rangeTotal);
        if (m_resumeOffset == 0 || !start || *start != m_resumeOffset) {
            qCWarning(lcTransfer) << "download" << m_request.suggestedName
                                  << "got a partial reply that does not continue the file; "
                                     "starting over without ranges";
            m_abortReason = AbortReason::RangeMismatch;
            return false;
        }
        if (rangeTotal >= 0)
            m_total = rangeTotal;
        else if (contentLength >= 0)
            m_total = m_resumeOffset + contentLength;
    } else {
        // 200: the whole file from the start, also when we asked for a range (server ignored it,
        // or If-Range saw a changed file).
        if (!m_part.resize(0) || !m_part.seek(0)) {
            m_localError = diskError(m_part.fileName(), m_part);
            m_abortReason = AbortReason::LocalError;
            return false;
        }
        m_received = 0;
        m_writebackFrom = 0;
        m_rate.reset();
        m_total = contentLength;
        m_validator = ifRangeValidator(reply);
        m_canResume = reply->rawHeader("Accept-Ranges").trimmed().compare("bytes", Qt::CaseInsensitive)
                == 0
            && !m_validator.isEmpty();
        const QString served = fileNameFromContentDisposition(reply->rawHeader("Content-Disposition"));
        if (!served.isEmpty())
            m_servedName = served;
    }

    if (const auto space = ensureFreeSpace(m_total < 0 ? -1 : m_total - m_received); !space) {
        m_localError = space.error();
        m_abortReason = AbortReason::LocalError;
        return false;
    }
    setState(DownloadState::Downloading);
    return true;
}

void DownloadJob::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_headersSeen)
        onMetaDataChanged();
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_watchdog.start(m_policy.stallTimeout);
    if (m_httpStatus == 200 || m_httpStatus == 206)
        consumeBody(m_reply);
    else
        collectErrorBody(m_reply);
}

void DownloadJob::consumeBody(QNetworkReply *reply)
{
    if (m_chunk.size() != m_policy.chunkBytes)
        m_chunk.resize(m_policy.chunkBytes);
    while (reply->bytesAvailable() > 0) {
        const qint64 got = reply->read(m_chunk.data(), m_chunk.size());
        if (got <= 0)
            break;
        errno = 0;
        if (m_part.write(m_chunk.constData(), got) != got) {
            m_localError = diskError(m_part.fileName(), m_part, errno);
            m_abortReason = AbortReason::LocalError;
            reply->abort();
            return;
        }
        m_received += got;
    }
    startWriteback(false);
    emitProgress(false);
}

void DownloadJob::startWriteback(bool all)
{
#ifdef Q_OS_LINUX
    // Hands what is written to the disk while the rest streams in, instead of leaving gigabytes of
    // dirty pages to the fsync() before the rename: that wait shrinks from most of a second per 4 GiB
    // to the last few MiB, and a huge download never fills the page cache with dirty pages.
    constexpr qint64 kWritebackStep = 8 * 1024 * 1024;
    const qint64 onDisk = m_part.pos();
    if (onDisk < m_writebackFrom || (!all && onDisk - m_writebackFrom < kWritebackStep))
        return;
    // Only starts the writes (no wait); a failure here changes nothing, the fsync() will tell.
    ::sync_file_range(m_part.handle(), m_writebackFrom, onDisk - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
    m_writebackFrom = onDisk;
#else
    Q_UNUSED(all)
#endif
}

void DownloadJob::collectErrorBody(QNetworkReply *reply)
{
    const qint64 room = kMaxErrorBodyBytes - m_errorBody.size();
    if (room > 0)
        m_errorBody += reply->read(room);
    reply->skip(reply->bytesAvailable()); // the rest of an oversized error page is not needed
}

void DownloadJob::onWatchdog()
{
    if (!m_reply)
        return;
    qCWarning(lcTransfer) << "download" << m_request.suggestedName << "inactive for"
                          << (m_headersSeen ? m_policy.stallTimeout : m_policy.firstByteTimeout).count()
                          << "ms; aborting this attempt";
    m_abortReason = AbortReason::Watchdog;
    m_reply->abort();
}

void DownloadJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_watchdog.stop();
    if (m_abortReason == AbortReason::None && reply->bytesAvailable() > 0)
        onReadyRead(); // anything still buffered
    if (!m_headersSeen && m_abortReason == AbortReason::None)
        onMetaDataChanged();
    const AbortReason reason = m_abortReason;
    const int status = m_httpStatus;
    const QNetworkReply::NetworkError netError = reply->error();
    ApiError transportError = netError == QNetworkReply::NoError ? ApiError{} : networkError(reply);
    detachReply();

    switch (reason) {
    case AbortReason::LocalError:
        fail(m_localError);
        return;
    case AbortReason::Watchdog:
        handleFailedAttempt(
            makeError(ApiError::Kind::Timeout,
                      m_headersSeen
                          ? tr("The server stopped sending data for %1.")
                                .arg(describeDuration(m_policy.stallTimeout))
                          : tr("The server did not start sending the file within %1.")
                                .arg(describeDuration(m_policy.firstByteTimeout))),
            true);
        return;
    case AbortReason::RangeMismatch:
        m_canResume = false;
        m_received = 0;
        handleFailedAttempt(makeError(ApiError::Kind::UnexpectedResponse,
                                      tr("The server answered the resume request with a different "
                                         "part of the file.")),
                            true);
        return;
    case AbortReason::None:
        break;
    }

    if (status == 401 && m_request.renewLogin && !m_loginRenewed) {
        renewLoginAndRepeat();
        return;
    }
    if (status != 0 && status != 200 && status != 206) {
        handleFailedAttempt(httpError(status, m_errorBody), isTransientHttpStatus(status));
        return;
    }
    if (netError != QNetworkReply::NoError) {
        handleFailedAttempt(transportError, isTransientNetworkError(netError));
        return;
    }
    if (m_total >= 0 && m_received != m_total) {
        handleFailedAttempt(makeError(ApiError::Kind::ConnectionLost,
                                      tr("The connection ended after %1 of %2.")
                                          .arg(formatSize(m_received), formatSize(m_total))),
                            true);
        return;
    }
    verifyAndCommit();
}

void DownloadJob::renewLoginAndRepeat()
{
    m_loginRenewed = true;
    qCInfo(lcTransfer) << "download" << m_request.suggestedName << "met 401; renewing the login";
    m_error = makeError(ApiError::Kind::Unauthorized, tr("Renewing the login to the server."));
    setState(DownloadState::Retrying);
    m_request.renewLogin(this, [this](Result<void, ApiError> renewed) {
        if (m_state != DownloadState::Retrying)
            return; // cancelled meanwhile
        if (!renewed) {
            fail(renewed.error());
            return;
        }
        --m_attempt; // a rejected token is not a failed transfer: repeat under the same number
        beginAttempt(0);
    });
}

void DownloadJob::handleFailedAttempt(const ApiError &error, bool retryable)
{
    if (!retryable) {
        fail(error);
        return;
    }
    if (m_attempt >= m_policy.maxAttempts) {
        ApiError last = error;
        last.message = tr("%1 Gave up after %n attempt(s).", nullptr, m_attempt).arg(error.message);
        fail(last);
        return;
    }
    const std::chrono::milliseconds delay =
        m_abortReason == AbortReason::RangeMismatch ? std::chrono::milliseconds(0)
                                                    : m_policy.retryDelay(m_attempt);
    qCWarning(lcTransfer).nospace() << "download " << m_request.suggestedName << ": attempt "
                                    << m_attempt << " failed (" << error.message << "); retrying in "
                                    << delay.count() << " ms";
    m_error = error; // shown while retrying
    m_retryDeadline = QDeadlineTimer(delay);
    m_retryTimer.start(delay);
    setState(DownloadState::Retrying);
}

void DownloadJob::verifyAndCommit()
{
    setState(DownloadState::Verifying);
    // Durable before it gets its final name: a crash right after the rename must not leave a
    // finished-looking file with holes.
    if (::fsync(m_part.handle()) != 0) {
        fail(makeError(ApiError::Kind::Local,
                       tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(m_part.fileName()),
                                                        qt_error_string(errno))));
        return;
    }
    QByteArray head(kSniffBytes, '\0');
    if (!m_part.seek(0)) {
        fail(diskError(m_part.fileName(), m_part));
        return;
    }
    const qint64 headBytes = m_part.read(head.data(), head.size());
    head.truncate(qMax<qint64>(0, headBytes));
    const SniffedKind kind = sniffKind(head);
    const QString name = withExtensionFor(preferredName(), kind);
    m_part.close();
    Result<QString, ApiError> committed = commitPartFile(name);
    if (!committed) {
        fail(committed.error());
        return;
    }
    m_finalPath = *committed;
    m_error = {};
    qCInfo(lcTransfer) << "download saved as" << m_finalPath << m_received << "bytes";
    setState(DownloadState::Finished);
}

Result<QString, ApiError> DownloadJob::commitPartFile(const QString &fileName)
{
    const QDir dir = QFileInfo(m_part.fileName()).absoluteDir();
    for (int n = 0; n < kMaxNameCandidates; ++n) {
        const QString candidate = dir.absoluteFilePath(numberedFileName(fileName, n));
        if (QFileInfo::exists(candidate))
            continue;
        // QFile::rename refuses to replace an existing file (renameat2 RENAME_NOREPLACE on Linux),
        // so a file created between the check and here is not overwritten either.
        if (m_part.rename(candidate))
            return candidate;
        if (!QFileInfo::exists(candidate))
            break;
    }
    return unexpected(makeError(ApiError::Kind::Local,
                                tr("Cannot give the downloaded file its name in \"%1\": %2")
                                    .arg(QDir::toNativeSeparators(dir.absolutePath()),
                                         m_part.errorString())));
}

void DownloadJob::fail(ApiError error)
{
    m_watchdog.stop();
    m_retryTimer.stop();
    detachReply();
    discardPart();
    qCWarning(lcTransfer) << "download" << m_request.suggestedName << "failed:" << error.message;
    m_error = std::move(error);
    setState(DownloadState::Failed);
}

void DownloadJob::detachReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

void DownloadJob::discardPart()
{
    if (m_part.fileName().isEmpty())
        return;
    m_part.close();
    if (QFileInfo::exists(m_part.fileName()) && !m_part.remove())
        qCWarning(lcTransfer) << "could not remove" << m_part.fileName() << m_part.errorString();
    m_part.setFileName(QString());
}

void DownloadJob::emitProgress(bool force)
{
    if (!force && m_progressClock.isValid() && m_progressClock.elapsed() < kProgressIntervalMs)
        return;
    m_progressClock.start();
    if (m_rateClock.isValid())
        m_rate.addSample(m_rateClock.elapsed(), m_received);
    emit progressChanged(m_received, m_total);
}

// The server's name, unless it is only an ASCII rendering of the name the caller knows.
QString DownloadJob::preferredName() const
{
    const bool useServed = !m_servedName.isEmpty() && !isAsciiFallbackOf(m_servedName, m_request.suggestedName);
    return sanitizeFileName(useServed ? m_servedName : m_request.suggestedName, m_request.suggestedName,
                            kNameBudgetBytes);
}

DownloadSnapshot DownloadJob::snapshot() const
{
    DownloadSnapshot s;
    s.name = m_finalPath.isEmpty() ? preferredName() : QFileInfo(m_finalPath).fileName();
    s.serverKey = m_request.serverKey;
    s.state = m_state;
    s.receivedBytes = m_received;
    s.totalBytes = m_total;
    if (m_state == DownloadState::Downloading) {
        s.bytesPerSecond = m_rate.bytesPerSecond();
        if (m_total >= 0)
            s.etaSeconds = m_rate.secondsFor(m_total - m_received);
    }
    s.attempt = m_attempt;
    s.maxAttempts = m_policy.maxAttempts;
    if (m_state == DownloadState::Retrying)
        s.retryInMs = m_retryDeadline.remainingTime();
    if (m_state == DownloadState::Preparing && m_attemptClock.isValid())
        s.waitingMs = m_attemptClock.elapsed();
    s.finalPath = m_finalPath;
    if (m_state == DownloadState::Failed || m_state == DownloadState::Retrying
        || m_state == DownloadState::Cancelled)
        s.error = m_error;
    return s;
}

} // namespace re
