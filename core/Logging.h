#pragma once

#include <QLoggingCategory>

// One category per area (leadscope.core.*). Nothing logged under these ever
// contains a password, token, TOTP code, cookie value or IP address.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
