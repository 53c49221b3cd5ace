#include "common/logging.h"

Q_LOGGING_CATEGORY(lcApi, "restoreexplorer.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "restoreexplorer.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "restoreexplorer.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "restoreexplorer.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "restoreexplorer.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransfer, "restoreexplorer.transfer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcActions, "restoreexplorer.actions", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "restoreexplorer.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "restoreexplorer.cli", QtInfoMsg)
