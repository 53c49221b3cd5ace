#pragma once

#include <QLoggingCategory>

// Category of the emulator's tenant library ("vb365emu.tenant").
Q_DECLARE_LOGGING_CATEGORY(lcEmuTenant)
