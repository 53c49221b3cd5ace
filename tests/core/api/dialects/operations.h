#pragma once

// Every request a dialect can build, with realistic ids and every option an action schema knows, so
// the conformance test can check each one against the OpenAPI document of its version.

#include "api/dialect.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace re::test {

namespace ids {
inline const QString session = QStringLiteral("0800471b-d0e2-422b-9d7c-35d15661c3fb");
inline const QString organization = QStringLiteral("3c424478-0811-4920-8aab-01f0bf2a2822");
inline const QString mailbox = QStringLiteral("9e9b7199-f547-467a-b580-9d283a75eaad");
inline const QString mailFolder
    = QStringLiteral("AAAAAKGE4dIvQUtGjuSnq8JTHAgBAPliTMf_6DxPiJ6TGYB9CqAAAAAAAQ0AAA==");
inline const QString mailItem = QStringLiteral("AAMkAGI2+TG9/AAA=");
inline const QString oneDrive
    = QStringLiteral("b3184e77-b95b-45f7-96cc-180a20b61cbd8507931c-4561-4ddf-bc90-411aba44bb39");
inline const QString oneDriveFolder = QStringLiteral("3dfb16ea-0dd1-43d0-becf-ee47713afb67");
inline const QString document = QStringLiteral("8f0e2a4c-1b7d-4c55-9e61-0f6f2b1c9d10");
inline const QString version = QStringLiteral("3");
} // namespace ids

// All options any action takes, in the caller's (v6 camelCase) names — with a few older spellings,
// string booleans and lowercase enums on purpose: the dialect must normalise them.
QJsonObject everyOption();

struct NamedRequest
{
    QString name;
    RequestSpec spec;
};

ResourceRef refOf(ResourceKind kind);
std::vector<NamedRequest> everyRequest(const Dialect &dialect);

} // namespace re::test
