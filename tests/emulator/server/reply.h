#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonValue>
#include <QString>

#include <memory>

namespace vb365emu {

// What a handler answers: a small in-memory body (JSON, empty, or deliberately broken), or a download
// that the transport streams from `download` with back-pressure.
struct Reply
{
    int status = 200;
    QByteArray contentType; // empty = no body
    QByteArray body;
    std::unique_ptr<QIODevice> download; // open for reading; size() must be its length
    QString fileName;                    // for Content-Disposition of downloads

    static Reply json(const QJsonValue &value, int status = 200);
    // `{"message": "…"}` — the error shape of every JSON endpoint (api-reference.md §4).
    static Reply message(int status, const QString &text);
    static Reply empty(int status);
    static Reply raw(int status, const QByteArray &contentType, const QByteArray &body);
    static Reply file(std::unique_ptr<QIODevice> device, const QString &fileName);

    bool isDownload() const { return download != nullptr; }
};

} // namespace vb365emu
