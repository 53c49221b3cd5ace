#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace re {

// Data roles shared by BackupTreeModel and ItemListModel. Core returns meaning, never QIcon/QFont/QColor
// (core links no Gui): the ui layer maps these roles to icons, fonts and colours.
enum BrowseRole : int {
    NodeKindRole = Qt::UserRole + 1, // int: BackupTreeModel::NodeKind / ItemListModel::Content
    ResourceRefRole,                 // re::ResourceRef of the row (invalid QVariant for group/status rows)
    DeletedRole,                     // bool: the item was deleted in the source (shown only with showDeleted)
    HasAttachmentsRole,              // bool: mail item with attachments
    IsArchiveRole,                   // bool: archive mailbox
    LoadingRole,                     // bool: the row is the "Loading…" placeholder
    ErrorRole,                       // re::ApiError on an error row (tree) or of the failed page (list)
    LoadStateRole,                   // int: re::LoadState of a tree node's children
    SessionTypeRole,                 // int: re::SessionType of a restore session node
    FolderTypeRole,                  // QString: mail folder type as sent (None = mail, Contact, Appointment, …)
    FolderCategoryRole,              // QString: mail folder category (Inbox, Sent, Deleted, …; v6+)
    ItemClassRole,                   // QString: mail item class (IPM.Note, IPM.Appointment, …)
    IsFolderRole,                    // bool: a folder row inside a document listing (v7+ mixed listings)
    ActionsRole,                     // QStringList: the `_actions` the server offers on the row
    SortRole,                        // raw value of the cell for sorting (QDateTime, qint64, QString, bool)
    FoundBySearchRole,               // bool: tree node shown ahead of its page because a search found it
};

// Children of a lazy node (or the rows of a list): NotLoaded → Loading → Loaded | Failed.
enum class LoadState { NotLoaded, Loading, Loaded, Failed };

// The line an error row (or an error banner) shows: the client's readable sentence, else the server's text.
inline QString errorDisplayText(const ApiError &error)
{
    if (!error.message.isEmpty())
        return error.message;
    if (!error.serverMessage.isEmpty())
        return error.serverMessage;
    return QCoreApplication::translate("BrowseModels", "Loading failed.");
}

// Longer text for tool tips and details: sentence, the server's own words and the failing request.
QString errorDetailsText(const ApiError &error);

// Default delay before a "Loading…" indicator appears: fast replies never flash one.
inline constexpr int kDefaultLoadingDelayMs = 300;

} // namespace re

Q_DECLARE_METATYPE(re::LoadState)
