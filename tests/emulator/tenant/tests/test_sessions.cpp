// Restore-session state: explore, list, stop, events.
#include "sessions.h"

#include <QSet>
#include <QTimeZone>

#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace vb365emu;
using namespace Qt::StringLiterals;

namespace {

// A clock the test moves by hand.
struct ManualClock
{
    QDateTime now{QDate(2026, 11, 23), QTime(16, 50, 12), QTimeZone::utc()};
    RestoreSessionStore::Clock function()
    {
        return [this] { return now; };
    }
};

} // namespace

TEST(EmulatorSessions, ExploreCreatesAWorkingSessionWithAStartEvent)
{
    ManualClock clock;
    const Tenant tenant(TenantKind::Demo, 1);
    RestoreSessionStore store(tenant, clock.function());
    const Organization org = tenant.organizations().first();
    const auto session = store.create({org.id.toUpper(), SessionType::Vex, std::nullopt, true, false, u"helpdesk"_s});
    ASSERT_TRUE(session);
    EXPECT_EQ(session->name, u"Exchange restore (contoso.onmicrosoft.com - 2026-11-23 16:50:12)"_s);
    EXPECT_EQ(session->organizationId, org.id);
    EXPECT_EQ(session->organizationName, org.name);
    EXPECT_EQ(session->state, SessionState::Working);
    EXPECT_EQ(session->result, SessionResult::Success);
    EXPECT_FALSE(session->endTime);
    EXPECT_EQ(session->creationTime, clock.now);
    EXPECT_EQ(session->initiatedBy, u"helpdesk"_s);
    EXPECT_TRUE(session->scope.showDeleted);

    const auto events = store.events(session->id, {0, 30});
    ASSERT_TRUE(events);
    ASSERT_EQ(events->totalCount, 1);
    const SessionEvent started = events->items.first();
    EXPECT_EQ(started.title, u"Restore session started"_s);
    EXPECT_EQ(started.order, 0);
    EXPECT_EQ(started.status, EventStatus::Success);
    EXPECT_EQ(started.duration(clock.now), u"00:00:00"_s);
    EXPECT_TRUE(store.event(session->id, started.id));

    const auto view = store.view(session->id);
    ASSERT_TRUE(view);
    EXPECT_EQ(view->mailboxes({0, 1}).totalCount, 13);
}

TEST(EmulatorSessions, UnknownOrganizationOrSessionIsReported)
{
    RestoreSessionStore store(Tenant(TenantKind::Demo, 1));
    EXPECT_FALSE(store.create({u"7d3e1a52-0000-4000-8000-000000000000"_s, SessionType::Veod, {}, false, false, {}}));
    EXPECT_FALSE(store.find(u"nope"_s));
    EXPECT_FALSE(store.stop(u"nope"_s));
    EXPECT_FALSE(store.events(u"nope"_s, {0, 30}));
    EXPECT_FALSE(store.appendEvent(u"nope"_s, {}));
    EXPECT_FALSE(store.view(u"nope"_s));
}

TEST(EmulatorSessions, ListIsNewestFirstAndPaged)
{
    ManualClock clock;
    const Tenant tenant(TenantKind::Demo, 1);
    RestoreSessionStore store(tenant, clock.function());
    QStringList created;
    for (const SessionType type : {SessionType::Vex, SessionType::Veod, SessionType::Vesp}) {
        created << store.create({tenant.organizations().first().id, type, {}, false, false, {}})->id;
        clock.now = clock.now.addSecs(60);
    }
    const Page<RestoreSession> page = store.list({0, 2});
    EXPECT_EQ(page.totalCount, 3);
    ASSERT_EQ(page.items.size(), 2);
    EXPECT_EQ(page.items.at(0).id, created.at(2));
    EXPECT_EQ(page.items.at(1).id, created.at(1));
    EXPECT_TRUE(page.items.at(0).name.startsWith(u"SharePoint restore"_s));
    EXPECT_EQ(store.list({2, 2}).items.first().id, created.at(0));
    EXPECT_EQ(QSet<QString>(created.begin(), created.end()).size(), 3);
}

TEST(EmulatorSessions, SessionIdsAreDeterministicPerSeed)
{
    const Tenant tenant(TenantKind::Demo, 9);
    RestoreSessionStore a(tenant);
    RestoreSessionStore b(tenant);
    const QString org = tenant.organizations().first().id;
    EXPECT_EQ(a.create({org, SessionType::Vex, {}, false, false, {}})->id,
              b.create({org, SessionType::Vex, {}, false, false, {}})->id);
    RestoreSessionStore c(Tenant(TenantKind::Demo, 10));
    EXPECT_NE(a.list({0, 1}).items.first().id,
              c.create({Tenant(TenantKind::Demo, 10).organizations().first().id, SessionType::Vex, {}, false, false, {}})->id);
}

TEST(EmulatorSessions, EventsAreAppendedFinishedAndCancelledByStop)
{
    ManualClock clock;
    const Tenant tenant(TenantKind::Demo, 1);
    RestoreSessionStore store(tenant, clock.function());
    const RestoreSession session = *store.create({tenant.organizations().first().id, SessionType::Veod, {}, false, false, {}});

    clock.now = clock.now.addSecs(5);
    const auto saved = store.appendEvent(session.id, {EventType::Save, EventStatus::Success, u"Save"_s,
                                                      u"Saved 1 document"_s, u"Report.docx"_s, u"Document"_s, 1234,
                                                      {}, {}});
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->order, 1);
    EXPECT_EQ(saved->endTime, saved->startTime);

    const auto restore = store.appendEvent(session.id, {EventType::Restore, EventStatus::Running, u"Restore"_s,
                                                        u"Restoring"_s, {}, {}, 0, {}, {}});
    ASSERT_TRUE(restore);
    EXPECT_FALSE(restore->endTime);
    clock.now = clock.now.addSecs(3725);
    EXPECT_EQ(restore->duration(clock.now), u"01:02:05"_s);
    const qint64 eTagBefore = store.find(session.id)->eTag;
    const auto finished = store.finishEvent(session.id, restore->id, EventStatus::Warning, u"1 item skipped"_s);
    ASSERT_TRUE(finished);
    EXPECT_EQ(finished->status, EventStatus::Warning);
    EXPECT_EQ(finished->message, u"1 item skipped"_s);
    EXPECT_EQ(finished->duration(clock.now.addSecs(100)), u"01:02:05"_s);
    EXPECT_GT(store.find(session.id)->eTag, eTagBefore);

    const auto running = store.appendEvent(session.id, {EventType::Export, EventStatus::Running, u"Export"_s, {}, {},
                                                        {}, 0, {}, {}});
    clock.now = clock.now.addSecs(10);
    const auto stopped = store.stop(session.id);
    ASSERT_TRUE(stopped);
    EXPECT_EQ(stopped->state, SessionState::Stopped);
    ASSERT_TRUE(stopped->endTime);
    EXPECT_EQ(*stopped->endTime, clock.now);
    EXPECT_EQ(store.event(session.id, running->id)->status, EventStatus::Cancelled);
    EXPECT_EQ(store.events(session.id, {0, 30})->totalCount, 4);

    // Stopping again changes nothing.
    clock.now = clock.now.addSecs(10);
    EXPECT_EQ(*store.stop(session.id)->endTime, *stopped->endTime);
}

TEST(EmulatorSessions, TypeNamesParseAnyCase)
{
    EXPECT_EQ(sessionTypeFromName(u"vex"_s), SessionType::Vex);
    EXPECT_EQ(sessionTypeFromName(u"VEOD"_s), SessionType::Veod);
    EXPECT_EQ(sessionTypeFromName(u"Vet"_s), SessionType::Vet);
    EXPECT_FALSE(sessionTypeFromName(u"sharepoint"_s));
    EXPECT_EQ(wireName(EventStatus::Cancelled), u"Cancelled"_s);
}
