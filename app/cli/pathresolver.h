#pragma once

// PATH arguments of save, export, search, restore, copy and send: Mailboxes/<mailbox>/<folder>/…/<item>
// or OneDrives/<OneDrive>/<folder>/…/<document>, each step a name, e-mail address or id.

#include "api/dialect.h"
#include "cli/clierror.h"
#include "resources/restoresession.h"

#include <QJsonObject>
#include <QString>

namespace re::cli {

class Connection;

// What a PATH names: a resource of the session, its shown name (mailbox or OneDrive name, folder name,
// mail subject, document name) and, for a OneDrive, the object as the server listed it ({id, name, url}:
// bulk restores and copy targets send it back).
struct PathSubject
{
    ResourceRef ref;
    QString name;
    QJsonObject oneDrive;
};

enum class CollectionRoot {
    Refused,      // "Mailboxes" or "OneDrives" alone is an error (name one below it)
    Organization, // "Mailboxes" alone is the session's organization (an org-wide PST export)
};

// Walks the session's tree along `path`, listing each level (all pages) on the way. Unknown steps are
// ExitCode::NotFound naming the step, ambiguous ones ExitCode::Usage listing the candidates.
CliResult<PathSubject> resolvePath(Connection &connection, const RestoreSession &session, const QString &path,
                                   CollectionRoot root = CollectionRoot::Refused);

// resolvePath's resource only.
CliResult<ResourceRef> resolvePathRef(Connection &connection, const RestoreSession &session, const QString &path);

} // namespace re::cli
