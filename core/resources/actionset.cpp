#include "resources/actionset.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <list>

namespace re {

namespace {

// Interned action-name lists. Entries are never removed: the number of distinct sets a server
// produces is tiny (one per resource kind and version), and rows keep raw pointers to them.
class ActionSetPool
{
public:
    const QStringList *intern(const QStringList &names)
    {
        const QMutexLocker lock(&m_mutex);
        for (const QStringList &existing : m_sets) {
            if (existing == names)
                return &existing;
        }
        m_sets.push_back(names);
        return &m_sets.back();
    }

private:
    QMutex m_mutex;
    std::list<QStringList> m_sets; // std::list: stable addresses
};

ActionSetPool &pool()
{
    static ActionSetPool instance;
    return instance;
}

} // namespace

ActionSet::ActionSet()
    : m_names(pool().intern({}))
{ }

ActionSet ActionSet::fromNames(QStringList names)
{
    names.removeAll(QString());
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QStringList unique;
    for (const QString &name : names) {
        if (unique.isEmpty() || unique.constLast().compare(name, Qt::CaseInsensitive) != 0)
            unique.append(name);
    }
    return ActionSet(pool().intern(unique));
}

ActionSet ActionSet::fromJson(const QJsonValue &actions)
{
    QStringList names;
    if (actions.isObject()) {
        names = actions.toObject().keys();
    } else if (actions.isArray()) {
        const QJsonArray array = actions.toArray();
        for (const QJsonValue &v : array) {
            if (v.isString())
                names.append(v.toString());
        }
    }
    return fromNames(std::move(names));
}

bool ActionSet::offers(QStringView name) const
{
    for (const QString &candidate : *m_names) {
        if (candidate.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace re
