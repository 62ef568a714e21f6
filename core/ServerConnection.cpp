#include "ServerConnection.h"

#include "ApiClient.h"
#include "ConnectionMonitor.h"
#include "Session.h"
#include "sync/SyncScheduler.h"

#include <QNetworkAccessManager>

namespace leadscope::core {

ServerConnection::ServerConnection(ServerProfile profile)
    : m_profile(std::move(profile))
{
}

ServerConnection::~ServerConnection()
{
    // The scheduler (and its cache) first, then the session: it may still hold jobs of the client.
    m_sync.reset();
    m_session.reset();
    m_monitor.reset();
    m_client.reset();
}

std::unique_ptr<ServerConnection> ServerConnection::open(QNetworkAccessManager* network, CredentialStore* keychain,
                                                         const ServerProfile& profile, QString* error)
{
    ServerEndpoint endpoint(profile.url, profile.caFile);
    if (!endpoint.load(error))
        return nullptr;
    // Qt keeps open HTTP connections per host and port, with the TLS settings
    // (trusted CA) they were made with: without this, a corrected CA file
    // would only take effect once the cached connection expired.
    network->clearConnectionCache();
    std::unique_ptr<ServerConnection> connection(new ServerConnection(profile));
    connection->m_client = std::make_unique<ApiClient>(network, endpoint);
    connection->m_monitor = std::make_unique<ConnectionMonitor>(connection->m_client.get());
    connection->m_session = std::make_unique<Session>(connection->m_client.get(), keychain);
    connection->m_sync = std::make_unique<SyncScheduler>(connection->m_session.get(), keychain, profile.url);
    connection->m_sync->setMonitor(connection->m_monitor.get());
    return connection;
}

} // namespace leadscope::core
