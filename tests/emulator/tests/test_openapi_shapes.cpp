// The emulator's v6–v8 answers must carry what the served OpenAPI documents declare (DESIGN.md §11:
// types, formats, enums, required fields) and nothing they do not declare.

#include "emulator_fixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

using namespace vb365emu::test;

namespace {

class OpenApi
{
public:
    explicit OpenApi(int version)
    {
        QFile file(QStringLiteral(RE_OPENAPI_DIR "/vb365_rest_v%1_subset.json").arg(version));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        m_document = QJsonDocument::fromJson(file.readAll()).object();
    }

    // The response schema of the operation that serves `method path` with `status` (the `default`
    // response for errors); an empty object when the operation declares no JSON body.
    std::optional<QJsonObject> responseSchema(const QString &method, const QString &path, int status) const
    {
        const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QJsonObject paths = m_document[QStringLiteral("paths")].toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QStringList pattern = it.key().split(QLatin1Char('/'), Qt::SkipEmptyParts);
            if (pattern.size() != segments.size())
                continue;
            bool match = true;
            for (qsizetype i = 0; i < pattern.size() && match; ++i)
                match = pattern[i].startsWith(QLatin1Char('{')) || pattern[i].compare(segments[i], Qt::CaseInsensitive) == 0;
            if (!match)
                continue;
            const QJsonObject operation = it.value()[method.toLower()].toObject();
            if (operation.isEmpty())
                continue;
            const QJsonObject responses = operation[QStringLiteral("responses")].toObject();
            const QJsonObject response = responses.contains(QString::number(status)) ? responses[QString::number(status)].toObject()
                                                                                     : responses[QStringLiteral("default")].toObject();
            const QJsonObject content = response[QStringLiteral("content")].toObject();
            for (auto c = content.begin(); c != content.end(); ++c)
                return c.value()[QStringLiteral("schema")].toObject();
            return QJsonObject{};
        }
        return std::nullopt;
    }

    void check(const QJsonValue &value, QJsonObject schema, const QString &where, QStringList &problems) const
    {
        schema = resolve(schema);
        if (value.isNull()) {
            if (!schema[QStringLiteral("nullable")].toBool())
                problems << where + QStringLiteral(": null but not nullable");
            return;
        }
        if (schema.contains(QStringLiteral("enum")) && !schema[QStringLiteral("enum")].toArray().contains(value))
            problems << where + QStringLiteral(": %1 is not in the enum").arg(value.toVariant().toString());
        const QString type = schema[QStringLiteral("type")].toString();
        const QString format = schema[QStringLiteral("format")].toString();
        if (type == QLatin1String("string")) {
            if (!value.isString())
                problems << where + QStringLiteral(": not a string");
            else if (format == QLatin1String("date-time") && !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
                problems << where + QStringLiteral(": '%1' is not an ISO date-time").arg(value.toString());
            else if (format == QLatin1String("uuid") && QUuid::fromString(value.toString()).isNull())
                problems << where + QStringLiteral(": '%1' is not a uuid").arg(value.toString());
        } else if (type == QLatin1String("integer")) {
            if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
                problems << where + QStringLiteral(": not an integer");
        } else if (type == QLatin1String("boolean")) {
            if (!value.isBool())
                problems << where + QStringLiteral(": not a boolean");
        } else if (type == QLatin1String("array")) {
            if (!value.isArray())
                problems << where + QStringLiteral(": not an array");
            int i = 0;
            for (const QJsonValue &element : value.toArray())
                check(element, schema[QStringLiteral("items")].toObject(), where + QStringLiteral("[%1]").arg(i++), problems);
        } else if (type == QLatin1String("object") || schema.contains(QStringLiteral("properties"))) {
            checkObject(value, schema, where, problems);
        }
    }

private:
    QJsonObject resolve(QJsonObject schema) const
    {
        while (schema.contains(QStringLiteral("$ref"))) {
            const QString name = schema[QStringLiteral("$ref")].toString().section(QLatin1Char('/'), -1);
            schema = m_document[QStringLiteral("components")][QStringLiteral("schemas")][name].toObject();
        }
        // Compositions: the union of the members' properties (the item unions are documented that way).
        for (const QString &key : {QStringLiteral("allOf"), QStringLiteral("oneOf"), QStringLiteral("anyOf")}) {
            if (!schema.contains(key))
                continue;
            QJsonObject properties = schema[QStringLiteral("properties")].toObject();
            for (const QJsonValue &member : schema[key].toArray()) {
                const QJsonObject resolved = resolve(member.toObject());
                const QJsonObject memberProperties = resolved[QStringLiteral("properties")].toObject();
                for (auto it = memberProperties.begin(); it != memberProperties.end(); ++it)
                    properties.insert(it.key(), it.value());
            }
            schema.insert(QStringLiteral("properties"), properties);
            schema.insert(QStringLiteral("type"), QStringLiteral("object"));
            schema.remove(key);
        }
        return schema;
    }

    void checkObject(const QJsonValue &value, const QJsonObject &schema, const QString &where, QStringList &problems) const
    {
        if (!value.isObject()) {
            problems << where + QStringLiteral(": not an object");
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema[QStringLiteral("properties")].toObject();
        const QJsonValue additional = schema[QStringLiteral("additionalProperties")];
        for (const QJsonValue &required : schema[QStringLiteral("required")].toArray()) {
            if (!object.contains(required.toString()))
                problems << where + QStringLiteral(": required '%1' missing").arg(required.toString());
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = where + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                check(it.value(), properties[it.key()].toObject(), at, problems);
            else if (additional.isObject())
                check(it.value(), additional.toObject(), at, problems);
            else if (!properties.isEmpty() || additional.isBool())
                problems << at + QStringLiteral(": not declared by the schema");
        }
    }

    QJsonObject m_document;
};

class OpenApiShapes : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override { emulator = startEmulator({}); }

    // Checks one answer against its operation's schema.
    void expectConforms(const QString &method, const QString &path, const HttpResult &r)
    {
        ++checked;
        // Match on the still-encoded path: ids may contain %2F.
        const std::optional<QJsonObject> schema = spec->responseSchema(method, path.section(QLatin1Char('?'), 0, 0), r.status);
        ASSERT_TRUE(schema.has_value()) << "no OpenAPI operation for " << method.toStdString() << ' ' << path.toStdString();
        if (schema->isEmpty())
            return;
        QStringList problems;
        spec->check(r.json(), *schema, method + QLatin1Char(' ') + path, problems);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    }

    HttpResult getChecked(Api &api, const QString &below)
    {
        const HttpResult r = api.get(below);
        EXPECT_EQ(r.status, 200) << below.toStdString() << ' ' << r.body.toStdString();
        expectConforms(QStringLiteral("GET"), api.path(below), r);
        return r;
    }

    std::unique_ptr<re::test::EmulatorProcess> emulator;
    std::unique_ptr<OpenApi> spec;
    int checked = 0;
};

} // namespace

TEST_P(OpenApiShapes, BrowseAnswersMatchTheSchemas)
{
    const int v = GetParam();
    spec = std::make_unique<OpenApi>(v);
    Api api(*emulator, QStringLiteral("v%1").arg(v));

    const HttpResult token = api.http.postForm(api.path(QStringLiteral("token")), "grant_type=password&username=helpdesk&password=demo");
    expectConforms(QStringLiteral("POST"), api.path(QStringLiteral("token")), token);
    getChecked(api, QStringLiteral("ServiceInstance"));
    getChecked(api, QStringLiteral("Organizations"));
    const QString organization = api.firstBackedUpOrganization();
    getChecked(api, QStringLiteral("Organizations/") + organization);

    for (const QString &type : {QStringLiteral("Vex"), QStringLiteral("Veod")}) {
        const QString explorePath = QStringLiteral("Organizations/") + organization + QStringLiteral("/explore");
        const HttpResult created = api.post(explorePath, compact(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("showAllVersions"), true}}));
        expectConforms(QStringLiteral("POST"), api.path(explorePath), created);
        const QString session = QStringLiteral("RestoreSessions/") + idOf(created.json());
        getChecked(api, session);
        getChecked(api, session + QStringLiteral("/organization"));
        const QJsonArray events = getChecked(api, session + QStringLiteral("/Events")).json()[QStringLiteral("results")].toArray();
        ASSERT_FALSE(events.isEmpty());
        getChecked(api, session + QStringLiteral("/Events/") + idOf(events[0]));

        if (type == QLatin1String("Vex")) {
            const QJsonArray mailboxes = getChecked(api, session + QStringLiteral("/organization/mailboxes?limit=3")).json()[QStringLiteral("results")].toArray();
            ASSERT_FALSE(mailboxes.isEmpty());
            const QString mailbox = session + QStringLiteral("/organization/mailboxes/") + encoded(idOf(mailboxes[0]));
            getChecked(api, mailbox);
            const QJsonArray folders = getChecked(api, mailbox + QStringLiteral("/folders?limit=200")).json()[QStringLiteral("results")].toArray();
            ASSERT_FALSE(folders.isEmpty());
            getChecked(api, mailbox + QStringLiteral("/folders/") + encoded(idOf(folders[0])));
            const QJsonArray items = getChecked(api, mailbox + QStringLiteral("/items?limit=200")).json()[QStringLiteral("results")].toArray();
            ASSERT_FALSE(items.isEmpty());
            QSet<QString> classes;
            for (const QJsonValue &item : items) {
                const QString itemClass = item[QStringLiteral("itemClass")].toString();
                if (!classes.contains(itemClass)) {
                    classes.insert(itemClass);
                    getChecked(api, mailbox + QStringLiteral("/items/") + encoded(idOf(item)));
                }
            }
            // Errors carry RESTExceptionInfo.
            const HttpResult missing = api.get(mailbox + QStringLiteral("/items/does-not-exist"));
            EXPECT_EQ(missing.status, 404);
            expectConforms(QStringLiteral("GET"), api.path(mailbox + QStringLiteral("/items/does-not-exist")), missing);
        } else {
            const QJsonArray drives = getChecked(api, session + QStringLiteral("/Organization/OneDrives?limit=3")).json()[QStringLiteral("results")].toArray();
            ASSERT_FALSE(drives.isEmpty());
            const QString drive = session + QStringLiteral("/Organization/OneDrives/") + encoded(idOf(drives[0]));
            getChecked(api, drive);
            const QJsonArray folders = getChecked(api, drive + QStringLiteral("/Folders?limit=100")).json()[QStringLiteral("results")].toArray();
            ASSERT_FALSE(folders.isEmpty());
            getChecked(api, drive + QStringLiteral("/Folders/") + encoded(idOf(folders[0])));
            const QJsonArray documents = getChecked(api, drive + QStringLiteral("/Documents?limit=100")).json()[QStringLiteral("results")].toArray();
            ASSERT_FALSE(documents.isEmpty());
            if (v >= 7)
                getChecked(api, drive + QStringLiteral("/Documents?includeFolders=true&limit=100"));
            for (const QJsonValue &d : documents) {
                const QString document = drive + QStringLiteral("/Documents/") + encoded(idOf(d));
                getChecked(api, document);
                const QJsonArray versions = getChecked(api, document + QStringLiteral("/Versions")).json()[QStringLiteral("results")].toArray();
                if (!versions.isEmpty()) {
                    getChecked(api, document + QStringLiteral("/Versions/") + QString::number(versions[0][QStringLiteral("versionId")].toInt()));
                    break;
                }
            }
        }
    }
    getChecked(api, QStringLiteral("RestoreSessions"));
    EXPECT_GT(checked, 20);
}

// Restores, copies and the v8 restore statistics (docs/emulator-actions.md) in the documented shapes.
TEST_P(OpenApiShapes, RestoreAnswersMatchTheSchemas)
{
    const int v = GetParam();
    spec = std::make_unique<OpenApi>(v);
    Api api(*emulator, QStringLiteral("v%1").arg(v));
    const QString organization = api.firstBackedUpOrganization();
    const QJsonObject credentials{{QStringLiteral("userName"), QStringLiteral("admin@contoso.example")},
                                  {QStringLiteral("userPassword"), QStringLiteral("x")}};
    const auto post = [&](const QString &below, const QJsonObject &body) {
        const HttpResult r = api.post(below, compact(body));
        EXPECT_EQ(r.status, 200) << below.toStdString() << ' ' << r.body.toStdString();
        expectConforms(QStringLiteral("POST"), api.path(below), r);
        if (v == 8) { // the restore session the answer names has statistics of its own
            const QString restore = QStringLiteral("RestoreSessions/") + r.json()[QStringLiteral("sessionId")].toString();
            QThread::msleep(500);
            getChecked(api, restore);
            getChecked(api, restore + QStringLiteral("/Statistics"));
        }
    };

    const auto explore = [&](const QString &type) {
        const HttpResult created = api.post(QStringLiteral("Organizations/") + organization + QStringLiteral("/explore"),
                                            compact(QJsonObject{{QStringLiteral("type"), type}}));
        return QStringLiteral("RestoreSessions/") + idOf(created.json());
    };
    const QString mail = explore(QStringLiteral("Vex"));
    const QJsonArray mailboxes = api.get(mail + QStringLiteral("/organization/mailboxes?limit=2")).json()[QStringLiteral("results")].toArray();
    ASSERT_EQ(mailboxes.size(), 2);
    const QString mailbox = mail + QStringLiteral("/organization/mailboxes/") + encoded(idOf(mailboxes[0]));
    post(mailbox + QStringLiteral("/restore"), credentials);
    QJsonObject to = credentials;
    to.insert(QStringLiteral("mailbox"), QStringLiteral("audit@contoso.example"));
    post(mailbox + QStringLiteral("/restoreTo"), to);
    const QJsonArray items = api.get(mailbox + QStringLiteral("/items?limit=2")).json()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(items.isEmpty());
    QJsonObject selected = credentials;
    selected.insert(QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(items[0])}}});
    post(mailbox + QStringLiteral("/items/restore"), selected);
    post(mail + QStringLiteral("/organization/mailboxes/restore"),
         {{QStringLiteral("mailboxes"), QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(mailboxes[1])}}}},
          {QStringLiteral("office365UserName"), QStringLiteral("admin@contoso.example")},
          {QStringLiteral("office365UserPassword"), QStringLiteral("x")}});

    const QString drives = explore(QStringLiteral("Veod")) + QStringLiteral("/Organization/OneDrives");
    const QJsonArray oneDrives = api.get(drives + QStringLiteral("?limit=2")).json()[QStringLiteral("results")].toArray();
    ASSERT_EQ(oneDrives.size(), 2);
    const QString drive = drives + QLatin1Char('/') + encoded(idOf(oneDrives[0]));
    QJsonObject keep = credentials;
    keep.insert(QStringLiteral("documentAction"), QStringLiteral("Keep"));
    post(drive + QStringLiteral("/restore"), keep);
    QJsonObject copy = credentials;
    copy.insert(QStringLiteral("onedrive"), oneDrives[1]);
    copy.insert(QStringLiteral("folder"), QStringLiteral("pictures"));
    post(drive + QStringLiteral("/copyTo"), copy);
    post(drives + QStringLiteral("/restore"), {{QStringLiteral("oneDrives"), QJsonArray{oneDrives[1]}},
                                               {QStringLiteral("documentAction"), QStringLiteral("Overwrite")},
                                               {QStringLiteral("officeUsername"), QStringLiteral("admin@contoso.example")},
                                               {QStringLiteral("officeUserpassword"), QStringLiteral("x")}});
    EXPECT_GE(checked, 7);
}

INSTANTIATE_TEST_SUITE_P(Versions, OpenApiShapes, ::testing::Values(6, 7, 8),
                         [](const ::testing::TestParamInfo<int> &param) { return "v" + std::to_string(param.param); });
