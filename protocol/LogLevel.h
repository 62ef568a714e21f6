#pragma once

#include <QtGlobal>

namespace leadscope::protocol {

// How both programs name Qt's message types in their logs: debug, info,
// warning, error, fatal.
class LogLevel
{
public:
    static const char* name(QtMsgType type);
};

} // namespace leadscope::protocol
