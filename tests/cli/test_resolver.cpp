#include "cli/resolver.h"
#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace re::cli;
using namespace Qt::StringLiterals;

namespace {

// Exchange-style ids contain '/', '+' and '='; the archive mailbox shares the primary's address.
const QList<Candidate> kMailboxes = {
    {u"cc3cae5e-8e0a-4ea9-87ee-ef18f0cfe037"_s, {u"Grady Bowen"_s, u"grady.bowen@contoso.com"_s}, u"Grady Bowen"_s},
    {u"4c770fe4-61e5-4fdc-bc14-605d55091bd3"_s, {u"In-Place Archive - Grady Bowen"_s, u"grady.bowen@contoso.com"_s},
     u"In-Place Archive - Grady Bowen"_s},
    {u"0b0e1f7a-1111-4c3b-9e55-2b1f7d0a9c01"_s, {u"Lidia Rossi"_s, u"lidia.rossi@contoso.com"_s}, u"Lidia Rossi"_s},
};

const QList<Candidate> kFolders = {
    {u"AAMk++//ENa+G2Th/XrOiSt=="_s, {u"Inbox"_s}, u"Inbox"_s},
    {u"AAMk++//Zz9+/q=="_s, {u"Sent Items"_s}, u"Sent Items"_s},
    {u"AAMk++//Qq1+/r=="_s, {u"Q1/Q2 reports"_s}, u"Q1/Q2 reports"_s},
};

} // namespace

TEST(CliResolver, findsByIdNameOrAddressCaseInsensitively)
{
    EXPECT_EQ(resolveOne(kMailboxes, u"Lidia Rossi"_s, u"mailboxes"_s).value(), 2);
    EXPECT_EQ(resolveOne(kMailboxes, u"LIDIA.ROSSI@contoso.com"_s, u"mailboxes"_s).value(), 2);
    EXPECT_EQ(resolveOne(kMailboxes, u"4c770fe4-61e5-4fdc-bc14-605d55091bd3"_s, u"mailboxes"_s).value(), 1);
    EXPECT_EQ(resolveOne(kMailboxes, u"4C770FE4-61E5-4FDC-BC14-605D55091BD3"_s, u"mailboxes"_s).value(), 1);
    EXPECT_EQ(resolveOne(kMailboxes, u"  grady bowen "_s, u"mailboxes"_s).value(), 0);
}

TEST(CliResolver, nothingIsNotFoundAndSeveralIsAUsageErrorListingThem)
{
    const CliResult<qsizetype> missing = resolveOne(kMailboxes, u"Nobody"_s, u"mailboxes"_s);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ExitCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(u"Nobody"_s));

    const CliResult<qsizetype> ambiguous = resolveOne(kMailboxes, u"grady.bowen@contoso.com"_s, u"mailboxes"_s);
    ASSERT_FALSE(ambiguous);
    EXPECT_EQ(ambiguous.error().code, ExitCode::Usage);
    EXPECT_TRUE(ambiguous.error().message.contains(u"cc3cae5e-8e0a-4ea9-87ee-ef18f0cfe037"_s));
    EXPECT_TRUE(ambiguous.error().message.contains(u"4c770fe4-61e5-4fdc-bc14-605d55091bd3"_s));
    EXPECT_TRUE(ambiguous.error().message.contains(u"In-Place Archive - Grady Bowen"_s));
}

TEST(CliResolver, anExactIdBeatsANameThatLooksTheSame)
{
    const QList<Candidate> candidates = {{u"abc"_s, {u"first"_s}, u"first"_s}, {u"xyz"_s, {u"ABC"_s}, u"second"_s}};
    EXPECT_EQ(resolveOne(candidates, u"abc"_s, u"things"_s).value(), 0);
    EXPECT_EQ(resolveOne(candidates, u"Abc"_s, u"things"_s).value(), 1); // the name, case-insensitively
}

TEST(CliResolver, pathStepsTakeIdsAndNamesWithSlashes)
{
    CliResult<PathStep> step = resolvePathStep(kFolders, u"AAMk++//ENa+G2Th/XrOiSt==/Projects", u"folders"_s);
    ASSERT_TRUE(step) << step.error().message.toStdString();
    EXPECT_EQ(step->index, 0);
    EXPECT_EQ(step->consumed, QStringLiteral("AAMk++//ENa+G2Th/XrOiSt==/").size());

    step = resolvePathStep(kFolders, u"q1/q2 REPORTS", u"folders"_s);
    ASSERT_TRUE(step);
    EXPECT_EQ(step->index, 2);
    EXPECT_EQ(step->consumed, 13);

    step = resolvePathStep(kFolders, u"inbox/", u"folders"_s);
    ASSERT_TRUE(step);
    EXPECT_EQ(step->index, 0);
    EXPECT_EQ(step->consumed, 6);
}

TEST(CliResolver, pathStepsMatchWholeSegmentsOnly)
{
    const CliResult<PathStep> partial = resolvePathStep(kFolders, u"Inboxes/x", u"folders"_s);
    ASSERT_FALSE(partial);
    EXPECT_EQ(partial.error().code, ExitCode::NotFound);
    EXPECT_TRUE(partial.error().message.contains(u"\"Inboxes\""_s)) << partial.error().message.toStdString();
    EXPECT_FALSE(resolvePathStep(kFolders, u"Sent", u"folders"_s));
}
