#include "search/searchhistory.h"

#include "common/textlimits.h"
#include "search/searchcriteria.h"

#include <QCoreApplication>

#include <algorithm>

namespace re {

SearchHistory::SearchHistory(QSettings &settings, const QUuid &profileId)
    : m_settings(settings), m_profile(profileId.toString(QUuid::WithoutBraces))
{
}

QString SearchHistory::group() const
{
    return QStringLiteral("search/") + (m_profile.isEmpty() ? QStringLiteral("default") : m_profile);
}

QStringList SearchHistory::recent() const
{
    return m_settings.value(group() + QStringLiteral("/recent")).toStringList();
}

void SearchHistory::addRecent(const QString &query)
{
    const QString text = query.trimmed();
    if (text.isEmpty() || !SearchCriteria::queryProblem(text).isEmpty())
        return; // the search box refused it already; the settings file gets no pasted document
    QStringList list = recent();
    list.removeAll(text);
    list.prepend(text);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.setValue(group() + QStringLiteral("/recent"), list);
}

void SearchHistory::clearRecent()
{
    m_settings.remove(group() + QStringLiteral("/recent"));
}

QList<SearchHistory::Saved> SearchHistory::saved() const
{
    QList<Saved> list;
    m_settings.beginGroup(group());
    const int count = m_settings.beginReadArray(QStringLiteral("saved"));
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        Saved s{m_settings.value(QStringLiteral("name")).toString(), m_settings.value(QStringLiteral("query")).toString(),
                m_settings.value(QStringLiteral("scope")).toString()};
        if (!s.name.isEmpty() && !s.query.isEmpty()) // a hand-edited, broken entry is skipped, not shown empty
            list.append(s);
    }
    m_settings.endArray();
    m_settings.endGroup();
    std::sort(list.begin(), list.end(), [](const Saved &a, const Saved &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return list;
}

void SearchHistory::writeSaved(const QList<Saved> &list)
{
    m_settings.beginGroup(group());
    m_settings.remove(QStringLiteral("saved"));
    m_settings.beginWriteArray(QStringLiteral("saved"), static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), list.at(i).name);
        m_settings.setValue(QStringLiteral("query"), list.at(i).query);
        m_settings.setValue(QStringLiteral("scope"), list.at(i).scope);
    }
    m_settings.endArray();
    m_settings.endGroup();
}

Result<void, QString> SearchHistory::save(const Saved &search)
{
    Saved entry{search.name.trimmed(), search.query.trimmed(), search.scope};
    if (entry.name.isEmpty())
        return unexpected(QCoreApplication::translate("SearchHistory", "Give the saved search a name."));
    if (entry.query.isEmpty())
        return unexpected(QCoreApplication::translate("SearchHistory", "There is no query to save."));
    if (entry.name.size() > kMaxNameLength)
        return unexpected(tooLongMessage(QCoreApplication::translate("SearchHistory", "name of the saved search"),
                                         entry.name.size(), kMaxNameLength));
    if (const QString problem = SearchCriteria::queryProblem(entry.query); !problem.isEmpty())
        return unexpected(problem);
    QList<Saved> list = saved();
    list.removeIf([&entry](const Saved &s) { return s.name.compare(entry.name, Qt::CaseInsensitive) == 0; });
    list.append(entry);
    writeSaved(list);
    return {};
}

void SearchHistory::remove(const QString &name)
{
    QList<Saved> list = saved();
    list.removeIf([&name](const Saved &s) { return s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0; });
    writeSaved(list);
}

} // namespace re
