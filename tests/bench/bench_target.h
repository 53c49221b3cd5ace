#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace re::bench {

// One download request, described so that both the client and curl can send it identically.
struct Target
{
    QUrl url;
    QByteArray method = "GET";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString caCertificate; // PEM file for HTTPS, empty for the system store
};

} // namespace re::bench
