#pragma once

#include "actions/credentials.h"
#include "cli/actioncommand.h"
#include "cli/clierror.h"
#include "cli/commandline.h"
#include "cli/report.h"
#include "resources/organization.h"
#include "resources/restoresession.h"

#include <QJsonArray>
#include <QStringView>
#include <QTextStream>

namespace re::cli {

class Connection;

// One runner per command over a logged-in Connection. Notes for people (e.g. "this point in time
// is before the first backup") go to `notes` (standard error), never into the report.
class CommandRunner
{
public:
    CommandRunner(Connection &connection, QTextStream &notes);

    CliResult<Report> run(const Invocation &invocation);

    CliResult<Report> organizations();
    CliResult<Report> sessions();
    CliResult<Report> explore(const QString &organization, const ExploreOptions &options);
    CliResult<Report> stop(const QString &session);
    CliResult<Report> events(const QString &session);
    CliResult<Report> list(const QString &session, const QString &path);
    // restore, copy and send (actioncommand.cpp): core request, RestoreRunner, restore log.
    CliResult<Report> action(const Invocation &invocation);
    // save and export (savecommand.cpp): downloads what the paths name into -o DIR.
    CliResult<Report> save(const Invocation &invocation);
    // search (searchcommand.cpp): the server's item search below a scope, every page.
    CliResult<Report> search(const Invocation &invocation);

private:
    CliResult<actions::RestoreCredentials> restoreCredentials(const ActionArguments &arguments, const QString &sessionId);
    CliResult<Organization> resolveOrganization(const QString &text);
    CliResult<RestoreSession> resolveSession(const QString &text);
    CliResult<Report> listMailboxes(const RestoreSession &session, QStringView remaining, QJsonArray location);
    CliResult<Report> listOneDrives(const RestoreSession &session, QStringView remaining, QJsonArray location);

    Connection &m_connection;
    QTextStream &m_notes;
};

} // namespace re::cli
