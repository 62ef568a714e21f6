#pragma once

#include <QLoggingCategory>

// leadscope.server.* categories. Never log an IP address, a cookie value,
// a password, a TOTP code or a token under any of them.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcIngest)

namespace leadscope::server {

// `serve` logs one JSON object per line on stderr:
// {"time":"…Z","level":"info|warning|…","category":"leadscope.server.http","message":"…"}.
// A message that is itself a JSON object contributes its fields (an event
// with counts, never personal data). Thread-safe; lines never interleave.
void installJsonLogHandler();
// Turns Qt's own qt.httpserver* categories off whatever QT_LOGGING_RULES,
// qtlogging.ini or setFilterRules say: at debug level they print each
// request's peer address and headers (Authorization included). Call first
// thing in main(), before any category is used.
void silenceQtHttpServerLogging();
QByteArray jsonLogLine(QtMsgType type, const char* category, const QString& message, qint64 msecsSinceEpoch);

} // namespace leadscope::server
