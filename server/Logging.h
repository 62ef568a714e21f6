#pragma once

#include <QLoggingCategory>

// leadscope.server.* categories. Never log an IP address, a cookie value,
// a password, a TOTP code or a token under any of them.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcIngest)
