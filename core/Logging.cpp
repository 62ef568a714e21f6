#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "leadscope.core.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "leadscope.core.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "leadscope.core.sync", QtInfoMsg)
