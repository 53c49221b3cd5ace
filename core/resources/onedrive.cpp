#include "resources/onedrive.h"

#include "resources/lenientjson.h"
#include "resources/parsing.h"
#include "resources/textpool.h"

#include <limits>

namespace re {

namespace {

std::optional<qint32> int32Of(const LenientObject &json, QStringView key)
{
    const std::optional<qint64> n = json.integer(key);
    if (!n || *n < std::numeric_limits<qint32>::min() || *n > std::numeric_limits<qint32>::max())
        return std::nullopt;
    return static_cast<qint32>(*n);
}

qint64 sizeOf(const LenientObject &json)
{
    const std::optional<qint64> size = lenientInteger(json.firstOf({u"sizeBytes", u"size"}));
    return size && *size >= 0 ? *size : -1;
}

QString versionText(const LenientObject &json)
{
    return lenientString(json.value(u"version")).value_or(QString());
}

} // namespace

Result<OneDrive, QString> OneDrive::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(missingIdMessage(QCoreApplication::translate("Resources", "OneDrive")));
    OneDrive drive;
    drive.id = *id;
    drive.name = json.stringOr(u"name");
    drive.url = json.stringOr(u"url");
    drive.actions = ActionSet::fromJson(json.value(u"_actions"));
    return drive;
}

Result<OneDriveFolder, QString> OneDriveFolder::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(
            missingIdMessage(QCoreApplication::translate("Resources", "OneDrive folder")));
    OneDriveFolder folder;
    folder.id = *id;
    folder.name = json.stringOr(u"name");
    folder.modifiedBy = pooledText(json.stringOr(u"modifiedBy"));
    folder.modified = json.dateTime(u"modificationTime").value_or(QDateTime());
    folder.version = versionText(json);
    folder.versionId = int32Of(json, u"versionId");
    folder.actions = ActionSet::fromJson(json.value(u"_actions"));
    return folder;
}

Result<OneDriveDocument, QString> OneDriveDocument::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(
            missingIdMessage(QCoreApplication::translate("Resources", "OneDrive document")));
    OneDriveDocument document;
    document.id = *id;
    document.name = json.stringOr(u"name");
    document.modifiedBy = pooledText(json.stringOr(u"modifiedBy"));
    document.version = versionText(json);
    document.sizeBytes = sizeOf(json);
    document.modified = json.dateTime(u"modificationTime").value_or(QDateTime());
    document.versionId = int32Of(json, u"versionId").value_or(-1);
    document.deleted = lenientBool(json.firstOf({u"isDeleted", u"deleted"})).value_or(false);
    document.isFolder = json.boolean(u"isFolder").value_or(false);
    document.containerId = pooledText(containerIdOf(json, u"oneDriveId", u"onedrive"));
    document.actions = ActionSet::fromJson(json.value(u"_actions"));
    return document;
}

Result<DocumentVersion, QString> DocumentVersion::fromJson(const QJsonObject &object)
{
    const LenientObject json(object);
    const std::optional<QString> id = requiredId(json);
    if (!id)
        return unexpected(
            missingIdMessage(QCoreApplication::translate("Resources", "document version")));
    DocumentVersion version;
    version.documentId = *id;
    version.versionId = int32Of(json, u"versionId").value_or(-1);
    version.version = versionText(json);
    version.name = json.stringOr(u"name");
    version.modifiedBy = json.stringOr(u"modifiedBy");
    version.modified = json.dateTime(u"modificationTime").value_or(QDateTime());
    version.sizeBytes = sizeOf(json);
    return version;
}

} // namespace re
