#pragma once

#include "api/dialect.h"
#include "api/dialects/actionoptions.h"

#include <QStringView>

#include <optional>

namespace re::dialects {

// What an action acts on, as far as the choice of endpoint and body is concerned.
enum class ActionTargetClass {
    SessionOrganization,
    MailContainer, // mailbox or mail folder
    MailItem,
    OneDriveContainer, // OneDrive or OneDrive folder: saves are always ZIP, copies use
                       // RESTCopyToFolder
    OneDriveDocument, // document or one of its versions
    SelectedMailItems,
    SelectedDocuments,
    SelectedFolders,
    BulkMailboxes,
    BulkOneDrives,
};

// One row of the action table: the same for every version except for the spelling each generation
// uses (v6+ path verb, v5 body key).
struct ActionRule
{
    ActionTargetClass target;
    ActionVerb verb;
    OptionSchema schema;
    QStringView perVerbSegment; // …/restore, …/Save, …/sendToDefaultAddress
    QStringView actionKey; // {"restoretoOriginallocation": …}
    ResponseKind response;
};

// nullopt: the API has no such action for that target (in any version).
std::optional<ActionRule> findActionRule(ActionTargetClass target, ActionVerb verb);

} // namespace re::dialects
