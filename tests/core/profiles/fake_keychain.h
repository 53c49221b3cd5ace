#pragma once

// A scripted SecretBackend: behaves like a working keychain, a missing one, a refusing one, or
// one that never answers (a locked keyring waiting on an invisible prompt).

#include "profiles/secretbackend.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <vector>

namespace re::test {

class FakeKeychain final : public SecretBackend
{
public:
    enum class Behaviour { Works, Unavailable, Refuses, Hangs };

    Behaviour behaviour = Behaviour::Works;
    QHash<QString, QString> entries; // what a working keychain holds
    int calls = 0;
    std::vector<Done> unanswered; // the callbacks a hanging keychain still owes

    void read(const QString &key, Done done) override
    {
        answer(std::move(done), [this, key] {
            const auto it = entries.constFind(key);
            if (it == entries.cend())
                return Reply {Status::NotFound, {}, QStringLiteral("Entry not found")};
            return Reply {Status::Ok, *it, {}};
        });
    }

    void write(const QString &key, const QString &secret, Done done) override
    {
        answer(std::move(done), [this, key, secret] {
            entries.insert(key, secret);
            return Reply {Status::Ok, {}, {}};
        });
    }

    void remove(const QString &key, Done done) override
    {
        answer(std::move(done), [this, key] {
            return entries.remove(key)
                ? Reply {Status::Ok, {}, {}}
                : Reply {Status::NotFound, {}, QStringLiteral("Entry not found")};
        });
    }

private:
    template <typename Works>
    void answer(Done done, Works works)
    {
        ++calls;
        if (behaviour == Behaviour::Hangs) {
            unanswered.push_back(std::move(done));
            return;
        }
        Reply reply;
        switch (behaviour) {
        case Behaviour::Works:
            reply = works();
            break;
        case Behaviour::Unavailable:
            reply = {Status::Unavailable, {},
                QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")};
            break;
        case Behaviour::Refuses:
        case Behaviour::Hangs:
            reply = {Status::Failed, {}, QStringLiteral("Access denied")};
            break;
        }
        QTimer::singleShot(1, &m_context, [done = std::move(done), reply] { done(reply); });
    }

    QObject m_context;
};

} // namespace re::test
