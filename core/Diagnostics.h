#pragma once

#include "core/ServerProfiles.h"

#include <QString>

#include <optional>

namespace leadscope::core {

class Session;
class SyncScheduler;

// The text Help → Copy diagnostics puts on the clipboard for a support
// request: versions, platform, TLS and keychain backends, the server's host
// and TLS version, the local copy's size, the log's place, session and sync
// states. Nothing secret: no e-mail address, token, key or company data.
class Diagnostics
{
public:
    struct Inputs
    {
        std::optional<ServerProfile> profile; // the current one
        QString tlsProtocol;                  // of the last connection check
        const Session* session = nullptr;
        const SyncScheduler* sync = nullptr;
    };
    static QString text(const Inputs& inputs);
};

} // namespace leadscope::core
