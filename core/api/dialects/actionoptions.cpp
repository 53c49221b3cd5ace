#include "api/dialects/actionoptions.h"

#include "resources/lenientjson.h"

#include <array>
#include <utility>

namespace re::dialects {

namespace {

const QStringList &exchangeCredentials()
{
    static const QStringList names
        = {QStringLiteral("userName"), QStringLiteral("userPassword"), QStringLiteral("userCode"),
            QStringLiteral("applicationId"), QStringLiteral("applicationCertificatePassword"),
            QStringLiteral("applicationCertificate"), QStringLiteral("impersonationAccountName")};
    return names;
}

const QStringList &oneDriveCredentials()
{
    static const QStringList names = {QStringLiteral("userCode"), QStringLiteral("applicationId"),
        QStringLiteral("applicationCertificatePassword"), QStringLiteral("applicationCertificate"),
        QStringLiteral("userName"), QStringLiteral("userPassword"), QStringLiteral("officeRegion"),
        QStringLiteral("organizationName")};
    return names;
}

QStringList names(std::initializer_list<const char16_t *> list)
{
    QStringList result;
    for (const char16_t *name : list)
        result.append(QString::fromUtf16(name));
    return result;
}

// Older or alternative spellings callers (and the v5 docs) use, lower-cased → canonical v6 name.
constexpr std::array<std::pair<QStringView, QStringView>, 8> kAliases = {{
    {u"contentkeywords", u"contentKeyword"},
    {u"officepassword", u"officeUserpassword"},
    {u"onpremisespassword", u"onpremisesUserpassword"},
    {u"onpremusername", u"onPremisesUserName"},
    {u"onpremuserpassword", u"onPremisesUserPassword"},
    {u"datetime", u"dateTime"},
    {u"mailboxes", u"mailboxes"},
    {u"onedrives", u"oneDrives"},
}};

const QStringList &booleanOptions()
{
    static const QStringList list = names({u"changedItems", u"deletedItems",
        u"markRestoredAsUnread", u"excludeDrafts", u"excludeDeletedItems",
        u"excludeInPlaceHoldItems", u"excludeLitigationHoldItems", u"skipUnresolved",
        u"restorePermissions", u"sendSharedLinksNotification", u"enablePstSizeLimit", u"asZip",
        u"skipItemChecks", u"showDeleted", u"showAllVersions"});
    return list;
}

const QStringList &integerOptions()
{
    static const QStringList list = names({u"pstSizeLimitBytes", u"recentItemRestorePeriod"});
    return list;
}

struct EnumOption
{
    QStringView key;
    std::array<QStringView, 5> values; // empty views pad the shorter lists
    bool lowerCaseInV5;
};

constexpr std::array<EnumOption, 5> kEnums = {{
    {u"type", {u"Vex", u"Veod", u"Vesp", u"Vet", {}}, true},
    {u"documentAction", {u"Overwrite", u"Keep", {}, {}, {}}, true},
    {u"documentVersion", {u"All", u"Last", {}, {}, {}}, true},
    {u"documentLastVersionAction", {u"Overwrite", u"Merge", {}, {}, {}}, true},
    {u"officeRegion", {u"Worldwide", u"Germany", u"China", u"USDefence", u"USGovernment"}, false},
}};

// Every option name of every schema, plus the selection arrays: what optionsFor() recognises.
const QStringList &allKnownOptions()
{
    static const QStringList all = [] {
        QStringList list;
        for (int s = static_cast<int>(OptionSchema::None);
             s <= static_cast<int>(OptionSchema::Search); ++s)
            list += v6OptionNames(static_cast<OptionSchema>(s));
        list += names(
            {u"items", u"documents", u"folders", u"mailboxes", u"oneDrives", u"documentVersion",
                u"dateTime", u"type", u"showDeleted", u"showAllVersions", u"repositoryId"});
        list.removeDuplicates();
        return list;
    }();
    return all;
}

QString findCaseInsensitive(const QStringList &names, QStringView key)
{
    for (const QString &name : names) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

QString alias(QStringView key)
{
    for (const auto &[from, to] : kAliases) {
        if (key.compare(from, Qt::CaseInsensitive) == 0)
            return to.toString();
    }
    return key.toString();
}

QJsonValue normalisedValue(const QString &canonicalKey, const QJsonValue &value)
{
    if (booleanOptions().contains(canonicalKey)) {
        if (const std::optional<bool> b = lenientBool(value))
            return *b;
    } else if (integerOptions().contains(canonicalKey)) {
        if (const std::optional<qint64> n = lenientInteger(value))
            return static_cast<double>(*n);
    }
    return value;
}

} // namespace

QStringList v6OptionNames(OptionSchema schema)
{
    switch (schema) {
    case OptionSchema::None:
    case OptionSchema::MailSaveToMsg:
    case OptionSchema::MailSendToDefault:
    case OptionSchema::OneDriveSaveSelection:
        return {};
    case OptionSchema::MailRestoreToOriginal:
        return exchangeCredentials();
    case OptionSchema::MailRestoreTo:
        return names({u"changedItems", u"deletedItems", u"markRestoredAsUnread", u"excludeDrafts",
                   u"excludeDeletedItems", u"excludeInPlaceHoldItems",
                   u"excludeLitigationHoldItems", u"mailbox", u"casServer", u"folder",
                   u"officeRegion", u"officeOrganizationName"})
            + exchangeCredentials();
    case OptionSchema::PstExportWithKeyword:
        return names({u"contentKeyword", u"enablePstSizeLimit", u"pstSizeLimitBytes"});
    case OptionSchema::PstExportItems:
        return names({u"enablePstSizeLimit", u"pstSizeLimitBytes"});
    case OptionSchema::MailSendToDifferent:
        return names({u"from", u"to", u"subject", u"text"});
    case OptionSchema::MailBulkRestore:
        return names({u"casServer", u"changedItems", u"deletedItems", u"markRestoredAsUnread",
            u"skipUnresolved", u"excludeDrafts", u"excludeDeletedItems", u"excludeInPlaceHoldItems",
            u"excludeLitigationHoldItems", u"office365UserName", u"office365UserPassword",
            u"userCode", u"applicationId", u"applicationCertificatePassword",
            u"applicationCertificate", u"impersonationAccountName", u"domainName",
            u"onPremisesUserName", u"onPremisesUserPassword", u"recentItemRestorePeriod"});
    case OptionSchema::OneDriveBulkRestore:
        return names({u"documentAction", u"skipUnresolved", u"officeUsername",
            u"officeUserpassword", u"onpremisesUsername", u"onpremisesUserpassword", u"userCode",
            u"applicationId", u"applicationCertificatePassword", u"applicationCertificate"});
    case OptionSchema::OneDriveRestoreToOriginal:
        return names({u"documentAction"}) + oneDriveCredentials();
    case OptionSchema::OneDriveCopyFolder:
        return names({u"changedItems", u"deletedItems", u"restorePermissions",
                   u"sendSharedLinksNotification", u"onedrive", u"folder", u"documentVersion",
                   u"documentLastVersionAction"})
            + oneDriveCredentials();
    case OptionSchema::OneDriveCopyDocument:
        return names({u"onedrive", u"folder", u"documentVersion", u"documentLastVersionAction"})
            + oneDriveCredentials();
    case OptionSchema::OneDriveSaveDocument:
        return names({u"asZip"});
    case OptionSchema::Search:
        return names({u"query"});
    case OptionSchema::OneDriveSend:
        return names({u"skipItemChecks", u"from", u"to", u"subject", u"text"});
    }
    return {};
}

QJsonObject optionsFor(const QJsonObject &options, const QStringList &allowed, QStringList *dropped,
    QStringList *unknown)
{
    QJsonObject result;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        QString name = findCaseInsensitive(allowed, it.key());
        if (name.isEmpty())
            name = findCaseInsensitive(allowed, alias(it.key()));
        if (!name.isEmpty()) {
            result.insert(name, normalisedValue(name, it.value()));
        } else if (!findCaseInsensitive(allKnownOptions(), alias(it.key())).isEmpty()) {
            if (dropped)
                dropped->append(it.key());
        } else if (unknown) {
            unknown->append(it.key());
        }
    }
    return result;
}

QJsonObject recaseEnums(const QJsonObject &options, ApiVersion version)
{
    QJsonObject result = options;
    for (const EnumOption &option : kEnums) {
        const QString key = option.key.toString();
        const QJsonValue value = result.value(key);
        if (!value.isString())
            continue;
        for (QStringView known : option.values) {
            if (!known.isEmpty() && value.toString().compare(known, Qt::CaseInsensitive) == 0) {
                const bool lower = version == ApiVersion::V5 && option.lowerCaseInV5;
                result.insert(key, lower ? known.toString().toLower() : known.toString());
                break;
            }
        }
    }
    return result;
}

QJsonObject renameForV5(const QJsonObject &options, OptionSchema schema)
{
    QList<std::pair<QString, QString>> renames;
    switch (schema) {
    case OptionSchema::PstExportWithKeyword:
        renames = {{QStringLiteral("contentKeyword"), QStringLiteral("contentKeywords")}};
        break;
    case OptionSchema::OneDriveBulkRestore: // v3/v5 bulk OneDrive table
        renames = {{QStringLiteral("officeUserpassword"), QStringLiteral("officePassword")},
            {QStringLiteral("onpremisesUsername"), QStringLiteral("onPremisesUsername")},
            {QStringLiteral("onpremisesUserpassword"), QStringLiteral("onPremisesPassword")}};
        break;
    case OptionSchema::MailBulkRestore: // v5 …/Organization/Mailboxes/Action restoreTo
        renames = {{QStringLiteral("onPremisesUserName"), QStringLiteral("onpremuserName")},
            {QStringLiteral("onPremisesUserPassword"), QStringLiteral("onpremuserPassword")}};
        break;
    default:
        return options;
    }
    QJsonObject result = options;
    for (const auto &[from, to] : renames) {
        if (result.contains(from)) {
            result.insert(to, result.value(from));
            result.remove(from);
        }
    }
    return result;
}

} // namespace re::dialects
