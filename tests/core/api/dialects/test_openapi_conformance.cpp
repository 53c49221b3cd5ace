// Every request the v6/v7/v8 dialects build must be an operation of that version's OpenAPI
// document: exact path spelling and method, known query parameters, a body that validates against
// the operation's schema, the documented success status among the accepted ones, and the matching
// response kind.

#include "openapivalidator.h"
#include "operations.h"
#include "qt_printers.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace re;
using namespace re::test;

using namespace Qt::StringLiterals;

namespace {

QJsonObject formAsJson(const QByteArray &body, const QJsonObject &schema)
{
    QJsonObject object;
    const QJsonObject properties = schema.value(u"properties").toObject();
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QString key = QUrl::fromPercentEncoding(pair.left(eq));
        const QString value = QUrl::fromPercentEncoding(pair.mid(eq + 1));
        if (properties.value(key).toObject().value(u"type").toString() == u"boolean")
            object.insert(key, value == u"true");
        else
            object.insert(key, value);
    }
    return object;
}

ResponseKind expectedKind(const QString &contentType)
{
    if (contentType.isEmpty())
        return ResponseKind::Empty;
    if (contentType == u"application/octet-stream")
        return ResponseKind::Stream;
    return ResponseKind::Json;
}

class OpenApiConformance : public ::testing::TestWithParam<ApiVersion>
{
};

TEST_P(OpenApiConformance, EveryRequestIsADocumentedOperationWithAValidBody)
{
    const ApiVersion version = GetParam();
    const std::optional<OpenApiDocument> api = OpenApiDocument::load(
        testdata::path(QStringLiteral("openapi/vb365_rest_%1_subset.json").arg(toString(version))));
    ASSERT_TRUE(api.has_value());
    const std::unique_ptr<Dialect> dialect = Dialect::create(version);
    const std::vector<NamedRequest> requests = everyRequest(*dialect);
    ASSERT_GT(requests.size(), 60u);

    for (const NamedRequest &request : requests) {
        const RequestSpec &spec = request.spec;
        SCOPED_TRACE((request.name + u": "_s + spec.describe()).toStdString());
        const std::optional<OpenApiDocument::Operation> op
            = api->find(spec.method, spec.pathSegments);
        ASSERT_TRUE(op.has_value()) << "not an operation of the OpenAPI document";

        const QStringList known = OpenApiDocument::queryParameters(op->json);
        for (const auto &[name, value] : spec.query)
            EXPECT_TRUE(known.contains(name))
                << "query parameter " << name.toStdString() << " not documented";

        if (spec.body.isEmpty()) {
            EXPECT_FALSE(OpenApiDocument::requestBodyRequired(op->json))
                << "the operation requires a body";
        } else if (spec.contentType == "application/x-www-form-urlencoded") {
            const QJsonObject schema = op->json.value(u"requestBody")
                                           .toObject()
                                           .value(u"content")
                                           .toObject()
                                           .value(u"application/x-www-form-urlencoded")
                                           .toObject()
                                           .value(u"schema")
                                           .toObject();
            ASSERT_FALSE(schema.isEmpty());
            const QStringList errors = api->validate(formAsJson(spec.body, schema), schema);
            EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
        } else {
            EXPECT_EQ(spec.contentType, QByteArray("application/json"));
            const QJsonObject schema = OpenApiDocument::requestSchema(op->json);
            ASSERT_FALSE(schema.isEmpty()) << "a body was sent to an operation without a JSON body";
            QJsonParseError parseError {};
            const QJsonDocument body = QJsonDocument::fromJson(spec.body, &parseError);
            ASSERT_EQ(parseError.error, QJsonParseError::NoError);
            const QStringList errors = api->validate(body.object(), schema);
            EXPECT_TRUE(errors.isEmpty())
                << errors.join(u'\n').toStdString() << "\nbody: " << spec.body.toStdString();
        }

        const auto documented = OpenApiDocument::successResponses(op->json);
        ASSERT_FALSE(documented.isEmpty());
        for (const auto &[code, contentType] : documented) {
            EXPECT_TRUE(spec.acceptedStatuses.contains(code))
                << "documented status " << code << " not accepted";
            if (request.name != u"probe") { // the probe only looks at the status
                EXPECT_EQ(
                    static_cast<int>(spec.response), static_cast<int>(expectedKind(contentType)))
                    << "response kind does not match " << contentType.toStdString();
            }
        }
    }
}

TEST(OpenApiValidator, CatchesTheMistakesItExistsFor)
{
    const std::optional<OpenApiDocument> api = OpenApiDocument::load(
        testdata::path(QStringLiteral("openapi/vb365_rest_v6_subset.json")));
    ASSERT_TRUE(api.has_value());
    const auto op = api->find("POST",
        {QStringLiteral("v6"), QStringLiteral("RestoreSessions"), QStringLiteral("s"),
            QStringLiteral("organization"), QStringLiteral("mailboxes"), QStringLiteral("m"),
            QStringLiteral("exportToPst")});
    ASSERT_TRUE(op.has_value());
    const QJsonObject schema = OpenApiDocument::requestSchema(op->json);
    EXPECT_TRUE(
        api->validate(QJsonObject {{QStringLiteral("contentKeyword"), QStringLiteral("x")}}, schema)
            .isEmpty());
    EXPECT_FALSE(
        api->validate(
               QJsonObject {{QStringLiteral("contentKeywords"), QStringLiteral("x")}}, schema)
            .isEmpty())
        << "v5 spelling must be an unknown key";
    EXPECT_FALSE(
        api->validate(
               QJsonObject {{QStringLiteral("enablePstSizeLimit"), QStringLiteral("true")}}, schema)
            .isEmpty())
        << "a string boolean must fail the type check";
    EXPECT_FALSE(
        api->validate(QJsonObject {{QStringLiteral("pstSizeLimitBytes"), 1.5}}, schema).isEmpty());
    // Paths are matched with their exact spelling.
    EXPECT_FALSE(
        api->find("POST",
               {QStringLiteral("v6"), QStringLiteral("RestoreSessions"), QStringLiteral("s"),
                   QStringLiteral("Organization"), QStringLiteral("Mailboxes"), QStringLiteral("m"),
                   QStringLiteral("exportToPst")})
            .has_value());

    const auto restore = api->find("POST",
        {QStringLiteral("v6"), QStringLiteral("RestoreSessions"), QStringLiteral("s"),
            QStringLiteral("Organization"), QStringLiteral("OneDrives"), QStringLiteral("o"),
            QStringLiteral("restore")});
    ASSERT_TRUE(restore.has_value());
    const QJsonObject restoreSchema = OpenApiDocument::requestSchema(restore->json);
    EXPECT_FALSE(
        api->validate(QJsonObject {{QStringLiteral("documentAction"), QStringLiteral("keep")}},
               restoreSchema)
            .isEmpty())
        << "enums are case-sensitive";
    EXPECT_FALSE(
        api->validate(QJsonObject {{QStringLiteral("documentVersion"), QStringLiteral("Last")}},
               restoreSchema)
            .isEmpty())
        << "documentVersion is not part of the v6 in-place restore";
    EXPECT_FALSE(
        api->validate(QJsonObject {{QStringLiteral("applicationId"), QStringLiteral("not-a-uuid")}},
               restoreSchema)
            .isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Versions, OpenApiConformance,
    ::testing::Values(ApiVersion::V6, ApiVersion::V7, ApiVersion::V8),
    [](const ::testing::TestParamInfo<ApiVersion> &param) {
        return toString(param.param).toStdString();
    });

} // namespace
