#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vb365emu {

// The URL prefix the client picked decides every wire detail of an answer (api-reference.md §1, §15.4).
enum class ApiVersion { V5 = 5, V6 = 6, V7 = 7, V8 = 8 };

using ApiVersions = QList<ApiVersion>;

inline int versionNumber(ApiVersion v) { return static_cast<int>(v); }
inline QString versionPrefix(ApiVersion v) { return QStringLiteral("v%1").arg(versionNumber(v)); }

std::optional<ApiVersion> versionFromPrefix(const QString &segment);

inline bool usesActionEndpoints(ApiVersion v) { return v == ApiVersion::V5; }
inline bool hasAbsoluteHrefs(ApiVersion v) { return v == ApiVersion::V5; }
inline bool pagesCarryTotalCount(ApiVersion v) { return v == ApiVersion::V6 || v == ApiVersion::V7; }
inline bool organizationsArePaged(ApiVersion v) { return v == ApiVersion::V8; }
inline bool usesRootSelector(ApiVersion v) { return v >= ApiVersion::V7; }
inline bool mailItemsFilterByParentId(ApiVersion v) { return v >= ApiVersion::V7; }
inline bool hasDocumentVersions(ApiVersion v) { return v >= ApiVersion::V6; }
inline bool omitsMissingBackupTimes(ApiVersion v) { return v >= ApiVersion::V7; }
inline bool stopAnswersNoContent(ApiVersion v) { return v == ApiVersion::V8; }
inline bool exploreAnswersCreated(ApiVersion v) { return v == ApiVersion::V5 || v == ApiVersion::V8; }
inline bool malformedBodyIsServerError(ApiVersion v) { return v == ApiVersion::V5; }

} // namespace vb365emu
