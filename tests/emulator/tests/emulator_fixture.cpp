#include "emulator_fixture.h"

#include <QJsonDocument>
#include <QUrl>

namespace vb365emu::test {

std::unique_ptr<re::test::EmulatorProcess> startEmulator(const QStringList &arguments)
{
    re::test::EmulatorProcess::Options options;
    options.arguments = arguments;
    auto emulator = std::make_unique<re::test::EmulatorProcess>(options);
    EXPECT_TRUE(emulator->start()) << emulator->errorString().toStdString();
    return emulator;
}

Api::Api(const re::test::EmulatorProcess &emulator, QString versionPrefix)
    : prefix(std::move(versionPrefix)), http(emulator.url(), emulator.certificateSha256())
{
    EXPECT_TRUE(http.login(prefix, emulator.user(), emulator.password())) << "login on " << prefix.toStdString();
}

HttpResult Api::follow(const QString &href)
{
    const QUrl url(href);
    if (url.isRelative())
        return http.get(href);
    EXPECT_EQ(url.host(), http.base().host()) << href.toStdString();
    EXPECT_EQ(url.port(), http.base().port()) << href.toStdString();
    return http.get(QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)));
}

QString Api::firstBackedUpOrganization()
{
    const HttpResult r = get(QStringLiteral("Organizations"));
    EXPECT_EQ(r.status, 200);
    const QJsonArray organizations = versionNumber() >= 8 ? r.json()[QStringLiteral("results")].toArray() : r.json().toArray();
    for (const QJsonValue &o : organizations) {
        if (o[QStringLiteral("isBackedup")].toBool())
            return idOf(o);
    }
    ADD_FAILURE() << "no backed-up organization in " << r.body.toStdString();
    return {};
}

QJsonObject Api::explore(const QString &type, bool showDeleted, bool showAllVersions)
{
    const QString organization = firstBackedUpOrganization();
    QJsonObject options{{QStringLiteral("type"), isV5() ? type.toLower() : type.left(1).toUpper() + type.mid(1).toLower()},
                        {QStringLiteral("showDeleted"), showDeleted},
                        {QStringLiteral("showAllVersions"), showAllVersions}};
    options.insert(isV5() ? QStringLiteral("datetime") : QStringLiteral("dateTime"),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const HttpResult r = action(QStringLiteral("Organizations/") + encoded(organization), QStringLiteral("explore"),
                                QStringLiteral("explore"), options);
    const int expected = (versionNumber() == 6 || versionNumber() == 7) ? 200 : 201;
    EXPECT_EQ(r.status, expected) << r.body.toStdString();
    return r.json().toObject();
}

HttpResult Api::action(const QString &resource, const QString &v5Key, const QString &verb, const QJsonObject &options,
                       bool v5NullOptions)
{
    if (isV5()) {
        const QJsonValue inner = options.isEmpty() && v5NullOptions ? QJsonValue(QJsonValue::Null) : QJsonValue(options);
        return post(resource + QStringLiteral("/Action"), compact(QJsonObject{{v5Key, inner}}));
    }
    return post(resource + QLatin1Char('/') + verb, options.isEmpty() ? QByteArray() : compact(options));
}

QJsonArray collectAllPages(Api &api, const QString &firstPage, int expectedLimit)
{
    QJsonArray all;
    HttpResult r = api.get(firstPage);
    qint64 expectedOffset = 0;
    std::optional<qint64> totalCount;
    for (int guard = 0; guard < 10000; ++guard) {
        EXPECT_EQ(r.status, 200) << firstPage.toStdString() << ": " << r.body.toStdString();
        const QJsonObject page = r.json().toObject();
        EXPECT_EQ(page[QStringLiteral("offset")].toInteger(), expectedOffset);
        EXPECT_EQ(page[QStringLiteral("limit")].toInteger(), expectedLimit);
        EXPECT_EQ(page.contains(QStringLiteral("totalCount")), api.versionNumber() == 6 || api.versionNumber() == 7)
            << "totalCount only on v6/v7";
        if (page.contains(QStringLiteral("totalCount")))
            totalCount = page[QStringLiteral("totalCount")].toInteger();
        const QJsonArray results = page[QStringLiteral("results")].toArray();
        EXPECT_LE(results.size(), expectedLimit);
        for (const QJsonValue &v : results)
            all.append(v);
        const QJsonObject links = page[QStringLiteral("_links")].toObject();
        EXPECT_TRUE(links.contains(QStringLiteral("self")));
        EXPECT_EQ(links.contains(QStringLiteral("prev")), expectedOffset > 0);
        EXPECT_EQ(links.contains(QStringLiteral("first")), expectedOffset > 0);
        if (!links.contains(QStringLiteral("next")))
            break;
        expectedOffset += expectedLimit;
        r = api.follow(links[QStringLiteral("next")][QStringLiteral("href")].toString());
    }
    if (totalCount) {
        EXPECT_EQ(*totalCount, all.size());
    }
    return all;
}

QString idOf(const QJsonValue &value)
{
    return value[QStringLiteral("id")].toString();
}

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace vb365emu::test
