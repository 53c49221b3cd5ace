#pragma once

#include "request.h"
#include "result.h"

#include <QFile>
#include <QJsonValue>

namespace vb365emu {

// One JSON object per line and request: time, method, path, query, body, status. Secrets never reach
// the file: any key containing "password", "secret" or "token", or equal to "assertion", is masked.
class RequestLog
{
public:
    Result<bool> open(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    void record(const Request &request, int status);

    static QJsonValue redacted(const QJsonValue &value);
    static QJsonValue loggableBody(const Request &request);

private:
    QFile m_file;
};

} // namespace vb365emu
