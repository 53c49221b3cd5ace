#pragma once

#include "common/result.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace re {

// Recent and saved searches of one server profile, in QSettings under "search/<profile id>". Queries
// only: no ids of restore sessions (they die with the session), no secrets.
class SearchHistory
{
public:
    static constexpr int kMaxRecent = 15;
    static constexpr qsizetype kMaxNameLength = 256; // of a saved search

    struct Saved
    {
        QString name;
        QString query;
        QString scope; // what it searches: "mail" or "documents"
    };

    SearchHistory(QSettings &settings, const QUuid &profileId);

    // Newest first, without duplicates, at most kMaxRecent.
    QStringList recent() const;
    void addRecent(const QString &query);
    void clearRecent();

    QList<Saved> saved() const; // sorted by name
    // Adds or replaces (same name, any case). Refuses an empty name or query.
    Result<void, QString> save(const Saved &search);
    void remove(const QString &name);

private:
    QString group() const;
    void writeSaved(const QList<Saved> &list);

    QSettings &m_settings;
    QString m_profile;
};

} // namespace re
