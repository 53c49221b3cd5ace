#pragma once

#include "common/result.h"
#include "resources/actionset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace re {

struct OneDrive
{
    QString id; // free text, in practice two GUIDs glued together (72 characters): kept verbatim
    QString name;
    QString url;
    ActionSet actions;

    static Result<OneDrive, QString> fromJson(const QJsonObject &json);
};

struct OneDriveFolder
{
    QString id;
    QString name;
    QString modifiedBy;
    QDateTime modified; // invalid = unknown
    QString version;
    std::optional<qint32> versionId;
    ActionSet actions;

    static Result<OneDriveFolder, QString> fromJson(const QJsonObject &json);
};

// One row of a OneDrive folder listing (v7+ listings may mix folders in: isFolder).
struct OneDriveDocument
{
    QString id;
    QString name;
    QString modifiedBy;
    QString version; // "1.0" (a number in some v2 examples: kept as text)
    qint64 sizeBytes = -1; // `sizeBytes`, or `size` in v2; -1 = unknown
    QDateTime modified; // modificationTime; invalid = unknown
    qint32 versionId = -1; // -1 = none
    bool deleted = false;
    bool isFolder = false;
    QString containerId; // the OneDrive (oneDriveId, or the `onedrive` link); search results span many
    ActionSet actions;

    static Result<OneDriveDocument, QString> fromJson(const QJsonObject &json);
};

// An earlier version of a document (GET …/Documents/{id}/Versions, v6+). Same wire shape as a
// document; versionId is what addresses it.
struct DocumentVersion
{
    QString documentId;
    qint32 versionId = -1;
    QString version;
    QString name;
    QString modifiedBy;
    QDateTime modified;
    qint64 sizeBytes = -1;

    static Result<DocumentVersion, QString> fromJson(const QJsonObject &json);
};

} // namespace re
