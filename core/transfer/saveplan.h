#pragma once

#include "api/apierror.h"
#include "api/dialect.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace re {

// What the user asked for: "Save to…" (the natural file of each thing: the document itself, a ZIP
// of a folder or OneDrive, a .msg of a mail item, a PST of a mailbox or mail folder) or "Export to
// PST" (mail only: mailbox, folder or items as one PST).
enum class SaveFormat { Native, Pst };

// One thing picked in the tree, the item list or on the command line.
struct SaveSubject
{
    ResourceRef ref;
    QString name; // shown name: document name, mail subject, folder or mailbox name
};

// One download to start: the action, its options and the name suggested to DownloadJob (the
// extension is the nominal one; content sniffing corrects it).
struct SavePlanEntry
{
    ActionTarget target;
    ActionVerb verb = ActionVerb::Save;
    QJsonObject options;
    QString suggestedName;
    int subjectCount = 1; // how many of the subjects this download carries
};

struct SavePlanOptions
{
    SaveFormat format = SaveFormat::Native;
    // A single document as a ZIP instead of the file itself.
    bool documentsAsZip = false;
};

// Turns a selection into as few downloads as the API allows: mail items of one mailbox become one
// .msg archive or one PST (…/Items/save, …/Items/exportToPst); documents (or folders) of one
// OneDrive one ZIP (…/Documents/save, …/Folders/save). What `dialect` cannot act on as a selection
// is split into one download per subject. Fails (Validation, readable) when a subject cannot be
// saved in that format at all (e.g. a OneDrive document as PST, a restore session) or the list is
// empty. Pure: sends nothing.
Result<QList<SavePlanEntry>, ApiError> planSave(const Dialect &dialect, const QList<SaveSubject> &subjects,
                                                const SavePlanOptions &options = {});

} // namespace re
