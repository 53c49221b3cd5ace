#pragma once

#include "common/result.h"
#include "profiles/serverprofile.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace re {

// The user's server profiles, kept in QSettings under the group "profiles" (one sub-group per
// profile id). It writes the fields of ServerProfile and nothing else, so no secret can reach the
// settings file through it. A corrupt or hand-edited file never stops the program: unreadable
// entries are skipped (or an unreadable optional field is dropped) with a logged warning, and
// loadWarnings() tells the UI what was skipped.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // `settings` must outlive the store.
    explicit ProfileStore(QSettings &settings, QObject *parent = nullptr);

    // Re-reads the settings (after another process changed them).
    void reload();

    // Sorted by title, case-insensitively.
    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> find(const QUuid &id) const;
    // Case-insensitive match on the title (for `restore-cli --profile NAME`).
    std::optional<ServerProfile> findByTitle(QStringView title) const;

    // Gives the profile an id when it has none; refuses a duplicate id or an invalid profile.
    Result<QUuid, QString> add(ServerProfile profile);
    Result<void, QString> update(const ServerProfile &profile);
    // Removing a profile does not touch its secrets: call CredentialStore::removeAllSecrets too.
    Result<void, QString> remove(const QUuid &id);

    Result<void, QString> setLastUsed(const QUuid &id);
    std::optional<ServerProfile> lastUsed() const;

    QStringList loadWarnings() const;

signals:
    void profilesChanged();

private:
    void write(const ServerProfile &profile);
    Result<void, QString> commit();

    QSettings &m_settings;
    QList<ServerProfile> m_profiles;
    QUuid m_lastUsed;
    QStringList m_loadWarnings;
};

} // namespace re
