#include "api/dialect.h"
#include "api/dialects/perverbdialect.h"
#include "api/dialects/v5dialect.h"
#include "api/dialects/v7dialect.h"
#include "api/dialects/v8dialect.h"

namespace re {

std::unique_ptr<Dialect> Dialect::create(ApiVersion version)
{
    switch (version) {
    case ApiVersion::V5:
        return std::make_unique<dialects::V5Dialect>();
    case ApiVersion::V6:
        return std::make_unique<dialects::PerVerbDialect>();
    case ApiVersion::V7:
        return std::make_unique<dialects::V7Dialect>();
    case ApiVersion::V8:
        return std::make_unique<dialects::V8Dialect>();
    }
    return std::make_unique<dialects::V8Dialect>();
}

} // namespace re
