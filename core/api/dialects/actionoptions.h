#pragma once

#include "api/apiversion.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace re::dialects {

// The option sets of the action bodies, named after the v6+ OpenAPI schema each one is.
enum class OptionSchema {
    None, // no body at all (…/items/{id}/save, …/OneDrives/{id}/save, …)
    MailRestoreToOriginal, // RESTRestoreToOriginalLocation
    MailRestoreTo, // RESTRestoreToDifferentLocation
    PstExportWithKeyword, // RESTExportFolderToPst (organization, mailbox, folder)
    PstExportItems, // RESTExportToPstOptions / RESTSeveralItemsExportOptions
    MailSaveToMsg, // RESTSaveToMsgOptions (selection only)
    MailSendToDefault, // RESTSendToDefaultAddressOptions (selection only)
    MailSendToDifferent, // RESTSendAsMsgOptions / RESTSendToDifferentAddressOptions
    MailBulkRestore, // RestBulkRestoreOptions
    OneDriveBulkRestore, // RESTBulkRestoreConfig
    OneDriveRestoreToOriginal, // RESTRestoreToOriginal (+ …Documents / …Folders)
    OneDriveCopyFolder, // RESTCopyToFolder / RESTCopyToFolders
    OneDriveCopyDocument, // RESTCopyToDocument / RestCopyToDocuments
    OneDriveSaveDocument, // RESTSaveOneDriveDocumentOptions
    OneDriveSaveSelection, // RESTSaveDocumentsOptions / RESTSaveOneDriveFoldersOptions
    OneDriveSend, // RESTSendAsMsgOptionsV6 / RESTSharePointSendAsMsgOptions (+ selections)
    Search, // RESTSearchOptions / RESTVESPSearchOptions: {query} (v5: the same under the "search" key)
};

// The v6 option names of a schema (without the selection array key).
QStringList v6OptionNames(OptionSchema schema);

// Caller options → the request's own option names. Each key is matched case-insensitively against
// `allowed` (the operation's v6 names, plus its selection key), directly or through an older
// spelling (contentKeywords, officePassword, onPremisesPassword, …): matching per operation matters
// because RESTBulkRestoreConfig.onpremisesUsername and RestBulkRestoreOptions.onPremisesUserName
// differ only in case. Booleans and integers given as strings become JSON values. Keys another
// operation knows go to `dropped`, keys nothing knows to `unknown` (names only, never values).
QJsonObject optionsFor(const QJsonObject &options, const QStringList &allowed, QStringList *dropped,
    QStringList *unknown);

// Enum values in the casing a version documents: v6+ PascalCase from the OpenAPI enums
// ("keep" → "Keep"), v5 lowercase for the enums its docs print in lowercase (type, documentVersion,
// documentAction, documentLastVersionAction).
QJsonObject recaseEnums(const QJsonObject &options, ApiVersion version);

// v5 spellings of the keys v6 renamed, per schema (contentKeyword → contentKeywords, …).
QJsonObject renameForV5(const QJsonObject &options, OptionSchema schema);

} // namespace re::dialects
