#include "transfer/saveplan.h"

#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace re {
namespace {

SaveSubject subject(ResourceKind kind, const QString &container, const QString &id, const QString &name)
{
    SaveSubject s;
    s.ref.kind = kind;
    s.ref.sessionId = u"session-1"_s;
    s.ref.containerId = container;
    s.ref.id = id;
    s.name = name;
    return s;
}

class SavePlan : public ::testing::TestWithParam<ApiVersion>
{
protected:
    std::unique_ptr<Dialect> dialect = Dialect::create(GetParam());
};

TEST_P(SavePlan, EachKindGetsItsVerbAndNominalExtension)
{
    const auto plan = planSave(*dialect, {subject(ResourceKind::OneDrive, u"d1"_s, {}, u"Adele Vance"_s),
                                          subject(ResourceKind::OneDriveFolder, u"d1"_s, u"f1"_s, u"Projects"_s),
                                          subject(ResourceKind::OneDriveDocument, u"d1"_s, u"doc1"_s, u"Budget.xlsx"_s),
                                          subject(ResourceKind::Mailbox, u"m1"_s, {}, u"Adele"_s),
                                          subject(ResourceKind::MailFolder, u"m1"_s, u"inbox"_s, u"Inbox"_s),
                                          subject(ResourceKind::MailItem, u"m1"_s, u"i1"_s, u"Lunch?"_s)});
    ASSERT_TRUE(plan.hasValue()) << plan.error().message.toStdString();
    ASSERT_EQ(plan->size(), 6);
    const QList<std::pair<ActionVerb, QString>> expected = {
        {ActionVerb::Save, u"Adele Vance.zip"_s},   {ActionVerb::Save, u"Projects.zip"_s},
        {ActionVerb::Save, u"Budget.xlsx"_s},       {ActionVerb::ExportToPst, u"Adele.pst"_s},
        {ActionVerb::ExportToPst, u"Inbox.pst"_s},  {ActionVerb::SaveToMsg, u"Lunch?.msg"_s},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(plan->at(i).verb, expected.at(i).first) << i;
        EXPECT_EQ(plan->at(i).suggestedName, expected.at(i).second) << i;
        EXPECT_TRUE(plan->at(i).target.selectedIds.isEmpty()) << i;
    }
    EXPECT_EQ(plan->at(2).options.value(u"asZip"_s).toBool(true), false);
}

TEST_P(SavePlan, ItemsOfOneContainerTravelInOneDownload)
{
    const QList<SaveSubject> mail = {subject(ResourceKind::MailItem, u"m1"_s, u"i1"_s, u"One"_s),
                                     subject(ResourceKind::MailItem, u"m1"_s, u"i2"_s, u"Two"_s),
                                     subject(ResourceKind::MailItem, u"m2"_s, u"i3"_s, u"Other mailbox"_s)};
    const auto msg = planSave(*dialect, mail);
    ASSERT_TRUE(msg.hasValue()) << msg.error().message.toStdString();
    ASSERT_EQ(msg->size(), 2);
    EXPECT_EQ(msg->at(0).verb, ActionVerb::SaveToMsg);
    EXPECT_EQ(msg->at(0).target.selectedIds, (QStringList{u"i1"_s, u"i2"_s}));
    EXPECT_EQ(msg->at(0).target.ref.kind, ResourceKind::Mailbox);
    EXPECT_EQ(msg->at(0).target.ref.containerId, u"m1"_s);
    EXPECT_EQ(msg->at(0).subjectCount, 2);
    EXPECT_TRUE(msg->at(0).suggestedName.endsWith(u".zip"_s));
    EXPECT_EQ(msg->at(1).suggestedName, u"Other mailbox.msg"_s);

    SavePlanOptions pst;
    pst.format = SaveFormat::Pst;
    const auto exported = planSave(*dialect, mail, pst);
    ASSERT_TRUE(exported.hasValue()) << exported.error().message.toStdString();
    ASSERT_EQ(exported->size(), 2);
    EXPECT_EQ(exported->at(0).verb, ActionVerb::ExportToPst);
    EXPECT_EQ(exported->at(0).target.selectedIds.size(), 2);
    EXPECT_TRUE(exported->at(0).suggestedName.endsWith(u".pst"_s));

    const auto documents = planSave(*dialect, {subject(ResourceKind::OneDriveDocument, u"d1"_s, u"a"_s, u"a.txt"_s),
                                               subject(ResourceKind::OneDriveDocument, u"d1"_s, u"b"_s, u"b.txt"_s),
                                               subject(ResourceKind::OneDriveFolder, u"d1"_s, u"f"_s, u"F"_s)});
    ASSERT_TRUE(documents.hasValue()) << documents.error().message.toStdString();
    ASSERT_EQ(documents->size(), 2);
    EXPECT_EQ(documents->at(0).target.selectionKind, Collection::OneDriveDocuments);
    EXPECT_EQ(documents->at(0).target.ref.kind, ResourceKind::OneDrive);
    EXPECT_TRUE(documents->at(0).suggestedName.endsWith(u".zip"_s));
    EXPECT_EQ(documents->at(1).suggestedName, u"F.zip"_s);
}

TEST_P(SavePlan, RefusesWhatCannotBeSavedThatWay)
{
    SavePlanOptions pst;
    pst.format = SaveFormat::Pst;
    const auto document = planSave(*dialect, {subject(ResourceKind::OneDriveDocument, u"d1"_s, u"a"_s, u"a.txt"_s)}, pst);
    ASSERT_FALSE(document.hasValue());
    EXPECT_EQ(document.error().kind, ApiError::Kind::Validation);
    EXPECT_TRUE(document.error().message.contains(u"a.txt"_s)) << document.error().message.toStdString();

    SaveSubject session;
    session.ref.kind = ResourceKind::RestoreSession;
    session.ref.sessionId = u"s"_s;
    session.name = u"Session"_s;
    const auto refused = planSave(*dialect, {session});
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().kind, ApiError::Kind::Validation);

    EXPECT_FALSE(planSave(*dialect, {}).hasValue());
}

TEST_P(SavePlan, ZipOptionForASingleDocument)
{
    SavePlanOptions zip;
    zip.documentsAsZip = true;
    const auto plan = planSave(*dialect, {subject(ResourceKind::OneDriveDocument, u"d1"_s, u"a"_s, u"a.txt"_s)}, zip);
    ASSERT_TRUE(plan.hasValue());
    EXPECT_EQ(plan->constFirst().suggestedName, u"a.txt.zip"_s);
    EXPECT_TRUE(plan->constFirst().options.value(u"asZip"_s).toBool());
}

INSTANTIATE_TEST_SUITE_P(EveryDialect, SavePlan,
                         ::testing::Values(ApiVersion::V5, ApiVersion::V6, ApiVersion::V7, ApiVersion::V8),
                         [](const auto &param) { return "v" + std::to_string(static_cast<int>(param.param)); });

} // namespace
} // namespace re
