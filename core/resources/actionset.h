#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QStringView>

namespace re {

// The `_actions` a server offers on one resource (`{"exportToPst": {"uri", "method"}, …}`), reduced
// to the action names. Rows of a 100,000-item folder carry the same few combinations, so each
// distinct set is stored once in a process-wide pool and a row keeps one pointer (sizeof(ActionSet)
// == 8). The uri/method values are dropped: the dialect builds URLs itself.
class ActionSet
{
public:
    ActionSet();

    // Accepts the HAL dictionary form, an array of names, or anything else (= no actions).
    static ActionSet fromJson(const QJsonValue &actions);
    static ActionSet fromNames(QStringList names);

    // Names as the server spelled them, sorted case-insensitively, without duplicates.
    const QStringList &names() const { return *m_names; }
    bool isEmpty() const { return m_names->isEmpty(); }
    // Case-insensitive: v5 offers "exporttoPst", v6+ "exportToPst".
    bool offers(QStringView name) const;

    friend bool operator==(const ActionSet &a, const ActionSet &b)
    {
        return a.m_names == b.m_names;
    }

private:
    explicit ActionSet(const QStringList *names)
        : m_names(names)
    { }
    const QStringList *m_names;
};

} // namespace re
