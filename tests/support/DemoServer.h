#pragma once

#include "ApiTestClient.h"
#include "ServerProcess.h"

#include <QString>
#include <QTemporaryDir>

namespace leadscope::core {
class Session;
}

namespace leadscope::test {

// A real leadscope-server serving `leadscope-server demo` data (the demo
// organisation, its registry and traffic), with the demo admin's login.
class DemoServer
{
public:
    // dbUrl: empty for a fresh SQLite file, or a PostgreSQL database; `serve` gets extraArguments.
    bool start(QString* error, int companies, int days, const QString& dbUrl = {},
               const QStringList& extraArguments = {});
    bool stop(QString* error) { return m_server.stop(error); }

    ServerProcess& process() { return m_server; }
    TestUser& admin() { return m_admin; }
    TestUser& sales() { return m_sales; } // the demo's sales rep (may not export)
    TestUser& manager() { return m_manager; }
    // Accepts the DPA as the admin (one TOTP code).
    bool acceptDpa(QString* error);
    // Signs `session` in as `user` (password, then a fresh 2FA code), without remembering it.
    static bool signIn(core::Session& session, TestUser& user, QString* error);

private:
    ServerProcess m_server;
    QTemporaryDir m_demo;
    TestUser m_admin;
    TestUser m_sales;
    TestUser m_manager;
};

} // namespace leadscope::test
