#include "profiles/profilestore.h"

#include "common/logging.h"
#include "tls/truststore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace re {

namespace {

// Settings keys. Renaming one loses the users' profiles: add a migration instead.
const QString kGroup = u"profiles"_s;
const QString kLastUsed = u"lastUsed"_s;
const QString kName = u"name"_s;
const QString kUrl = u"url"_s;
const QString kApiVersion = u"apiVersion"_s;
const QString kUser = u"user"_s;
const QString kPinnedSha256 = u"pinnedSha256"_s;
const QString kRememberPassword = u"rememberPassword"_s;
const QString kLastDetectedVersion = u"lastDetectedVersion"_s;

QString groupFor(const QUuid &id)
{
    return kGroup + u'/' + id.toString(QUuid::WithoutBraces);
}

// A hand-edited INI value with an unquoted comma comes back as a list; take it as the text it was.
QString textValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u", "_s);
    return value.toString();
}

std::optional<bool> boolValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = textValue(value).trimmed().toLower();
    if (text == u"true"_s || text == u"1"_s)
        return true;
    if (text == u"false"_s || text == u"0"_s || text.isEmpty())
        return false;
    return std::nullopt;
}

// Reads one profile sub-group (the caller has already entered it). Problems that make the entry
// useless are errors; problems with optional fields become `warnings` and the field is dropped.
Result<ServerProfile, QString> readProfile(
    const QSettings &settings, const QUuid &id, QStringList &warnings)
{
    ServerProfile profile;
    profile.id = id;
    profile.displayName = textValue(settings.value(kName));

    const auto url = parseServerUrl(textValue(settings.value(kUrl)));
    if (!url)
        return unexpected(url.error());
    profile.serverUrl = url.value();
    const QString title = profile.title();

    const auto choice = apiVersionChoiceFromString(textValue(settings.value(kApiVersion)));
    if (choice)
        profile.apiVersion = choice.value();
    else
        warnings << QCoreApplication::translate(
            "ProfileStore", "Profile \"%1\": %2 Automatic detection is used.")
                        .arg(title, choice.error());

    const auto detected
        = apiVersionChoiceFromString(textValue(settings.value(kLastDetectedVersion)));
    if (detected)
        profile.lastDetectedVersion = detected.value();

    profile.userName = textValue(settings.value(kUser));

    const QString pin = textValue(settings.value(kPinnedSha256));
    if (!pin.trimmed().isEmpty()) {
        const auto parsed = TrustStore::parseFingerprint(pin);
        if (parsed)
            profile.pinnedSha256 = parsed.value();
        else
            warnings << QCoreApplication::translate("ProfileStore",
                "Profile \"%1\": the pinned certificate fingerprint is unreadable (%2); "
                "the certificate will be shown for confirmation again.")
                            .arg(title, parsed.error());
    }

    const auto remember = boolValue(settings.value(kRememberPassword));
    profile.rememberPassword = remember.value_or(false);
    if (!remember)
        warnings << QCoreApplication::translate("ProfileStore",
            "Profile \"%1\": \"%2\" is not true or false; the password is not remembered.")
                        .arg(title, kRememberPassword);

    // Someone put a secret into the file by hand: never read it, and say so (without the value).
    static const QRegularExpression secretLike(
        u"password|secret|token"_s, QRegularExpression::CaseInsensitiveOption);
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys) {
        if (key != kRememberPassword && secretLike.match(key).hasMatch())
            warnings << QCoreApplication::translate("ProfileStore",
                "Profile \"%1\": the entry \"%2\" in the settings file is ignored; passwords and "
                "tokens are only kept in the system keychain. Remove it from the file.")
                            .arg(title, key);
    }
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    reload();
}

void ProfileStore::reload()
{
    m_settings.sync(); // picks up changes another process (restore-cli, a second window) made
    m_profiles.clear();
    m_loadWarnings.clear();
    if (m_settings.status() != QSettings::NoError)
        m_loadWarnings << QCoreApplication::translate("ProfileStore",
            "The settings file %1 could not be read completely; some server "
            "profiles may be missing.")
                              .arg(m_settings.fileName());

    m_settings.beginGroup(kGroup);
    const QUuid lastUsed = QUuid::fromString(textValue(m_settings.value(kLastUsed)));
    const QStringList groups = m_settings.childGroups();
    for (const QString &group : groups) {
        const QUuid id = QUuid::fromString(group);
        if (id.isNull()) {
            m_loadWarnings << QCoreApplication::translate("ProfileStore",
                "Skipped the settings entry \"%1\": it is not a profile identifier.")
                                  .arg(group);
            continue;
        }
        m_settings.beginGroup(group);
        auto profile = readProfile(m_settings, id, m_loadWarnings);
        m_settings.endGroup();
        if (!profile) {
            m_loadWarnings << QCoreApplication::translate(
                "ProfileStore", "Skipped the server profile %1: %2")
                                  .arg(group, profile.error());
            continue;
        }
        m_profiles << std::move(profile).value();
    }
    m_settings.endGroup();

    m_lastUsed = find(lastUsed) ? lastUsed : QUuid();
    for (const QString &warning : std::as_const(m_loadWarnings))
        qCWarning(lcProfiles).noquote() << warning;
    qCDebug(lcProfiles) << "loaded" << m_profiles.size() << "server profiles from"
                        << m_settings.fileName();
}

QList<ServerProfile> ProfileStore::profiles() const
{
    QList<ServerProfile> sorted = m_profiles;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const ServerProfile &a, const ServerProfile &b) {
            return a.title().compare(b.title(), Qt::CaseInsensitive) < 0;
        });
    return sorted;
}

std::optional<ServerProfile> ProfileStore::find(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
        [&id](const ServerProfile &p) { return p.id == id; });
    if (it == m_profiles.cend())
        return std::nullopt;
    return *it;
}

std::optional<ServerProfile> ProfileStore::findByTitle(QStringView title) const
{
    const auto it
        = std::find_if(m_profiles.cbegin(), m_profiles.cend(), [title](const ServerProfile &p) {
              return p.title().compare(title.trimmed(), Qt::CaseInsensitive) == 0;
          });
    if (it == m_profiles.cend())
        return std::nullopt;
    return *it;
}

Result<QUuid, QString> ProfileStore::add(ServerProfile profile)
{
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    if (find(profile.id))
        return unexpected(QCoreApplication::translate(
            "ProfileStore", "A server profile with this identifier exists already."));
    auto checked = profile.normalised();
    if (!checked)
        return unexpected(checked.error());
    write(checked.value());
    m_profiles << checked.value();
    const auto saved = commit();
    if (!saved)
        return unexpected(saved.error());
    return profile.id;
}

Result<void, QString> ProfileStore::update(const ServerProfile &profile)
{
    const auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
        [&profile](const ServerProfile &p) { return p.id == profile.id; });
    if (it == m_profiles.end())
        return unexpected(QCoreApplication::translate(
            "ProfileStore", "The server profile \"%1\" does not exist (any more).")
                              .arg(profile.title()));
    auto checked = profile.normalised();
    if (!checked)
        return unexpected(checked.error());
    *it = checked.value();
    m_settings.remove(groupFor(profile.id)); // drops keys of fields that became empty
    write(*it);
    return commit();
}

Result<void, QString> ProfileStore::remove(const QUuid &id)
{
    const auto removed = m_profiles.removeIf([&id](const ServerProfile &p) { return p.id == id; });
    if (removed == 0)
        return unexpected(QCoreApplication::translate(
            "ProfileStore", "The server profile does not exist (any more)."));
    m_settings.remove(groupFor(id));
    if (m_lastUsed == id) {
        m_lastUsed = QUuid();
        m_settings.remove(kGroup + u'/' + kLastUsed);
    }
    return commit();
}

Result<void, QString> ProfileStore::setLastUsed(const QUuid &id)
{
    if (!find(id))
        return unexpected(QCoreApplication::translate(
            "ProfileStore", "The server profile does not exist (any more)."));
    m_lastUsed = id;
    m_settings.setValue(kGroup + u'/' + kLastUsed, id.toString(QUuid::WithoutBraces));
    return commit();
}

std::optional<ServerProfile> ProfileStore::lastUsed() const
{
    return find(m_lastUsed);
}

QStringList ProfileStore::loadWarnings() const
{
    return m_loadWarnings;
}

void ProfileStore::write(const ServerProfile &profile)
{
    m_settings.beginGroup(groupFor(profile.id));
    m_settings.setValue(kName, profile.displayName);
    m_settings.setValue(kUrl, profile.serverUrl.toString());
    m_settings.setValue(kApiVersion, apiVersionChoiceToString(profile.apiVersion));
    m_settings.setValue(kUser, profile.userName);
    if (!profile.pinnedSha256.isEmpty())
        m_settings.setValue(kPinnedSha256, QString::fromLatin1(profile.pinnedSha256));
    m_settings.setValue(kRememberPassword, profile.rememberPassword);
    if (profile.lastDetectedVersion)
        m_settings.setValue(kLastDetectedVersion, toString(*profile.lastDetectedVersion));
    m_settings.endGroup();
}

Result<void, QString> ProfileStore::commit()
{
    m_settings.sync();
    emit profilesChanged();
    if (m_settings.status() == QSettings::AccessError) {
        const QString message = QCoreApplication::translate("ProfileStore",
            "The server profiles could not be saved to %1: the file or its "
            "folder is not writable.")
                                    .arg(m_settings.fileName());
        qCWarning(lcProfiles).noquote() << message;
        return unexpected(message);
    }
    return {};
}

} // namespace re
