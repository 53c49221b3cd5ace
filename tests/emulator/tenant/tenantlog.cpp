#include "tenantlog.h"

Q_LOGGING_CATEGORY(lcEmuTenant, "vb365emu.tenant", QtWarningMsg)
