#pragma once

#include "ServerProfiles.h"

#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace leadscope::core {

class ApiClient;
class ConnectionMonitor;
class CredentialStore;
class Session;
class SyncScheduler;

// Everything that talks to one server profile: the API client with that
// profile's trust, its connection monitor and the user's session. Switching
// profiles means replacing this object.
class ServerConnection
{
public:
    // Null + a translated *error when the profile's address or CA file is unusable.
    static std::unique_ptr<ServerConnection> open(QNetworkAccessManager* network, CredentialStore* keychain,
                                                  const ServerProfile& profile, QString* error);
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    const ServerProfile& profile() const { return m_profile; }
    ApiClient* client() const { return m_client.get(); }
    ConnectionMonitor* monitor() const { return m_monitor.get(); }
    Session* session() const { return m_session.get(); }
    SyncScheduler* sync() const { return m_sync.get(); }

private:
    explicit ServerConnection(ServerProfile profile);

    ServerProfile m_profile;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ConnectionMonitor> m_monitor;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SyncScheduler> m_sync;
};

} // namespace leadscope::core
