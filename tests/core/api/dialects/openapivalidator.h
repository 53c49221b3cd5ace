#pragma once

// A JSON-Schema subset validator for the vendored OpenAPI excerpts (tests only): type, nullable,
// properties, required, enum (case-sensitive), items, $ref, format date-time/uuid/int32/int64, and
// closed objects (a key the schema does not list is an error unless additionalProperties allows it:
// the documents never say `false`, but every rename bug — contentKeywords vs contentKeyword — is
// exactly an unknown key). Unsupported keywords (allOf, oneOf, anyOf, not) are reported as errors
// so they cannot pass silently.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace re::test {

class OpenApiDocument
{
public:
    static std::optional<OpenApiDocument> load(const QString &fileName);

    struct Operation
    {
        QString pathTemplate;
        QJsonObject json;
    };
    // Literal segments must match exactly (case-sensitive), `{name}` segments match any value.
    std::optional<Operation> find(const QByteArray &method, const QStringList &segments) const;

    // Errors of `value` against `schema`; empty = valid.
    // Request bodies reference resource schemas for their selections ("documents":
    // [RESTOneDriveDocument]) whose `required` lists are those of the GET representation; the
    // schema's own description says "Specifies IDs of the documents", so inside arrays only `id` is
    // required of such resource schemas (those with `_links`). Everything else about them (types,
    // unknown keys) is still checked.
    QStringList validate(const QJsonValue &value, const QJsonObject &schema) const;

    // The application/json request-body schema of an operation (empty when it takes no JSON body).
    static QJsonObject requestSchema(const QJsonObject &operation);
    static bool requestBodyRequired(const QJsonObject &operation);
    // Names of the operation's query parameters.
    static QStringList queryParameters(const QJsonObject &operation);
    // The non-default response codes with their content types ("" = no content).
    static QList<std::pair<int, QString>> successResponses(const QJsonObject &operation);

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &where,
        bool inArray, QStringList &errors, int depth) const;
    QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_paths;
    QJsonObject m_schemas;
};

} // namespace re::test
