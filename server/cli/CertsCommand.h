#pragma once

#include "server/cli/Command.h"

namespace leadscope::server {

// `certs`: a private CA and a server certificate (demo, tests, self-hosting).
class CertsCommand : public Command
{
public:
    CertsCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    const QCommandLineOption m_out{
        QStringLiteral("out"), QStringLiteral("Directory for ca.pem, server.pem, server.key."), QStringLiteral("dir")};
    const QCommandLineOption m_host{QStringLiteral("host"),
                                    QStringLiteral("Host name or IP address the certificate is for (repeatable; "
                                                   "default localhost, 127.0.0.1 and ::1)."),
                                    QStringLiteral("name")};
    const QCommandLineOption m_days{QStringLiteral("days"), QStringLiteral("Validity in days (default 397)."),
                                    QStringLiteral("days"), QStringLiteral("397")};
};

} // namespace leadscope::server
