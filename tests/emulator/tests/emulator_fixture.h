#pragma once

// Shared helpers of the HTTP-level emulator tests: start a vb365-emulator process, log in, walk pages.

#include "emulator_process.h"
#include "http_client.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace vb365emu::test {

// Starts the emulator with `arguments` (plus --log and --port 0); fails the test if it does not come up.
std::unique_ptr<re::test::EmulatorProcess> startEmulator(const QStringList &arguments);

// A logged-in client for one version prefix ("v5"…"v8").
struct Api
{
    Api(const re::test::EmulatorProcess &emulator, QString prefix);

    QString prefix;
    HttpClient http;

    QString path(const QString &below) const { return QLatin1Char('/') + prefix + QLatin1Char('/') + below; }
    HttpResult get(const QString &below) { return http.get(path(below)); }
    HttpResult post(const QString &below, const QByteArray &json) { return http.postJson(path(below), json); }
    // GET of an href from a response: absolute (v5) or server-relative (v6+).
    HttpResult follow(const QString &href);

    bool isV5() const { return prefix == QLatin1String("v5"); }
    int versionNumber() const { return prefix.mid(1).toInt(); }

    // Starts a restore session of `type` (vex/veod/…) on the first backed-up organization.
    QJsonObject explore(const QString &type, bool showDeleted = false, bool showAllVersions = false);
    // v5: POST …/Action {"<action>": options}; v6+: POST …/<verb> with options as the body.
    HttpResult action(const QString &resource, const QString &v5Key, const QString &verb, const QJsonObject &options = {},
                      bool v5NullOptions = true);
    QString firstBackedUpOrganization();
};

// Every element of a paged collection, following `_links.next`; checks the page invariants on the way.
QJsonArray collectAllPages(Api &api, const QString &firstPage, int expectedLimit);

QString idOf(const QJsonValue &value);
QString encoded(const QString &id); // one path segment or query value, percent-encoded
QByteArray compact(const QJsonObject &object);

} // namespace vb365emu::test
