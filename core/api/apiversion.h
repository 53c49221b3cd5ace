#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace re {

// A URL prefix of the VB365 REST API. Each is a different dialect (api-reference.md §1).
enum class ApiVersion { V5 = 5, V6 = 6, V7 = 7, V8 = 8 };

inline constexpr std::array<ApiVersion, 4> kVersionsNewestFirst = {ApiVersion::V8, ApiVersion::V7,
                                                                   ApiVersion::V6, ApiVersion::V5};

// "v5" … "v8"
inline QString toString(ApiVersion v)
{
    return QStringLiteral("v%1").arg(static_cast<int>(v));
}

// Accepts "v8", "V8", "8"; anything else is nullopt.
inline std::optional<ApiVersion> apiVersionFromString(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u'v', Qt::CaseInsensitive))
        t = t.mid(1);
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 5 || n > 8)
        return std::nullopt;
    return static_cast<ApiVersion>(n);
}

} // namespace re
