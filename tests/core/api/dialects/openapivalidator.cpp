#include "openapivalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace re::test {

std::optional<OpenApiDocument> OpenApiDocument::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    OpenApiDocument result;
    result.m_paths = doc.object().value(u"paths").toObject();
    result.m_schemas = doc.object().value(u"components").toObject().value(u"schemas").toObject();
    return result;
}

std::optional<OpenApiDocument::Operation> OpenApiDocument::find(
    const QByteArray &method, const QStringList &segments) const
{
    const QString verb = QString::fromLatin1(method).toLower();
    for (auto it = m_paths.constBegin(); it != m_paths.constEnd(); ++it) {
        const QStringList templ = it.key().split(u'/', Qt::SkipEmptyParts);
        if (templ.size() != segments.size())
            continue;
        bool matches = true;
        for (qsizetype i = 0; i < templ.size() && matches; ++i) {
            const bool parameter = templ[i].startsWith(u'{') && templ[i].endsWith(u'}');
            matches = parameter ? !segments[i].isEmpty() : templ[i] == segments[i];
        }
        const QJsonObject operations = it.value().toObject();
        if (matches && operations.contains(verb))
            return Operation {it.key(), operations.value(verb).toObject()};
    }
    return std::nullopt;
}

QJsonObject OpenApiDocument::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int hops = 0; hops < 16 && current.contains(u"$ref"); ++hops) {
        const QString ref = current.value(u"$ref").toString();
        current = m_schemas.value(ref.section(u'/', -1)).toObject();
    }
    return current;
}

QStringList OpenApiDocument::validate(const QJsonValue &value, const QJsonObject &schema) const
{
    QStringList errors;
    check(value, schema, QStringLiteral("$"), false, errors, 0);
    return errors;
}

void OpenApiDocument::check(const QJsonValue &value, const QJsonObject &rawSchema,
    const QString &where, bool inArray, QStringList &errors, int depth) const
{
    if (depth > 32) {
        errors << where + u": schema nesting too deep"_s;
        return;
    }
    const QJsonObject schema = resolve(rawSchema);
    for (const char16_t *unsupported : {u"allOf", u"oneOf", u"anyOf", u"not"}) {
        if (schema.contains(QStringView(unsupported)))
            errors << where + u": validator does not support "_s + QString::fromUtf16(unsupported);
    }
    if (value.isNull()) {
        if (!schema.value(u"nullable").toBool())
            errors << where + u": null where the schema does not allow it"_s;
        return;
    }
    const QString type = schema.value(u"type").toString();
    const QString format = schema.value(u"format").toString();

    if (type == u"object" || (type.isEmpty() && schema.contains(u"properties"))) {
        if (!value.isObject()) {
            errors << where + u": expected an object"_s;
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties").toObject();
        const QJsonValue additional = schema.value(u"additionalProperties");
        const bool isResource = properties.contains(u"_links");
        QStringList required;
        for (const QJsonValue &name : schema.value(u"required").toArray())
            required << name.toString();
        if (inArray && isResource)
            required
                = required.contains(u"id") ? QStringList {QStringLiteral("id")} : QStringList {};
        for (const QString &name : required) {
            if (!object.contains(name))
                errors << where + u": missing required \""_s + name + u'"';
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString at = where + u'.' + it.key();
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), at, false, errors,
                    depth + 1);
            else if (additional.isObject())
                check(it.value(), additional.toObject(), at, false, errors, depth + 1);
            else if (!(additional.isBool() && additional.toBool()))
                errors << at + u": not in the schema (unknown key)"_s;
        }
        return;
    }
    if (type == u"array") {
        if (!value.isArray()) {
            errors << where + u": expected an array"_s;
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), schema.value(u"items").toObject(),
                where + u'[' + QString::number(i) + u']', true, errors, depth + 1);
        return;
    }
    if (type == u"string") {
        if (!value.isString()) {
            errors << where + u": expected a string"_s;
            return;
        }
        const QString text = value.toString();
        const QJsonArray allowed = schema.value(u"enum").toArray();
        if (!allowed.isEmpty() && !allowed.contains(QJsonValue(text)))
            errors << where + u": \""_s + text
                    + u"\" is not one of the enum values (case-sensitive)"_s;
        static const QRegularExpression dateTime(
            QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$)"));
        static const QRegularExpression uuid(QStringLiteral(
            R"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)"));
        if (format == u"date-time" && !dateTime.match(text).hasMatch())
            errors << where + u": \""_s + text + u"\" is not an RFC 3339 date-time"_s;
        if (format == u"uuid" && !uuid.match(text).hasMatch())
            errors << where + u": \""_s + text + u"\" is not a uuid"_s;
        return;
    }
    if (type == u"integer") {
        const double n = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::trunc(n) != n)
            errors << where + u": expected an integer"_s;
        else if (format == u"int32" && (n < -2147483648.0 || n > 2147483647.0))
            errors << where + u": outside int32"_s;
        return;
    }
    if (type == u"number") {
        if (!value.isDouble())
            errors << where + u": expected a number"_s;
        return;
    }
    if (type == u"boolean") {
        if (!value.isBool())
            errors << where + u": expected a boolean"_s;
        return;
    }
    if (!type.isEmpty())
        errors << where + u": validator does not know type "_s + type;
}

QJsonObject OpenApiDocument::requestSchema(const QJsonObject &operation)
{
    return operation.value(u"requestBody")
        .toObject()
        .value(u"content")
        .toObject()
        .value(u"application/json")
        .toObject()
        .value(u"schema")
        .toObject();
}

bool OpenApiDocument::requestBodyRequired(const QJsonObject &operation)
{
    return operation.value(u"requestBody").toObject().value(u"required").toBool();
}

QStringList OpenApiDocument::queryParameters(const QJsonObject &operation)
{
    QStringList names;
    for (const QJsonValue &p : operation.value(u"parameters").toArray()) {
        if (p.toObject().value(u"in").toString() == u"query")
            names << p.toObject().value(u"name").toString();
    }
    return names;
}

QList<std::pair<int, QString>> OpenApiDocument::successResponses(const QJsonObject &operation)
{
    QList<std::pair<int, QString>> result;
    const QJsonObject responses = operation.value(u"responses").toObject();
    for (auto it = responses.constBegin(); it != responses.constEnd(); ++it) {
        bool ok = false;
        const int code = it.key().toInt(&ok);
        if (!ok)
            continue;
        const QJsonObject content = it.value().toObject().value(u"content").toObject();
        result.append({code, content.isEmpty() ? QString() : content.keys().constFirst()});
    }
    return result;
}

} // namespace re::test
