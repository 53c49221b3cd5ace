#pragma once

// Word lists the generated tenant picks from. Plain data; which entry is used is decided by DetRandom.

#include <QStringList>

namespace vb365emu::pools {

struct OrganizationName
{
    QString domainLabel; // "contoso" → contoso.onmicrosoft.com, contoso-my.sharepoint.com
    QString officeName;  // "Contoso"
};

const QList<OrganizationName> &organizationNames();
const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &jobTitles();
const QStringList &projectNames();
const QStringList &messageSubjects();   // may contain %1 (a project name)
const QStringList &meetingSubjects();
const QStringList &taskSubjects();
const QStringList &sentences();         // body text
const QStringList &meetingLocations();
const QStringList &attachmentNames();
const QStringList &externalSenders();   // full e-mail addresses outside the tenant
const QStringList &documentTitles();    // office documents, text notes
const QStringList &pictureTitles();
const QStringList &recordingTitles();

} // namespace vb365emu::pools
