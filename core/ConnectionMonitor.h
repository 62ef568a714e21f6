#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace leadscope::core {

class ApiClient;
class ApiJob;

// Whether the configured server answers, over a verified TLS connection,
// and what it is. The UI shows this in the title and status bar.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown,
        Checking,
        Connected,
        Failed
    };
    Q_ENUM(State)

    struct Status
    {
        State state = State::Unknown;
        QString server;         // host:port
        QString tlsProtocol;    // "TLS 1.3"
        QString issuer;         // who issued the server's certificate
        QString serverVersion;  // from /health
        QString store;          // "sqlite" / "postgresql"
        QString message;        // translated failure reason
        bool untrusted = false; // the certificate is not trusted (a private CA file may be missing)
        QString fingerprint;    // SHA-256 of the server's certificate, "AB:CD:…"
    };

    explicit ConnectionMonitor(ApiClient* client, QObject* parent = nullptr);

    const Status& status() const { return m_status; }

public Q_SLOTS:
    void check();

Q_SIGNALS:
    void statusChanged(const leadscope::core::ConnectionMonitor::Status& status);

private:
    void onFinished(ApiJob* job);
    void update(Status status);

    ApiClient* m_client;
    QPointer<ApiJob> m_job;
    Status m_status;
};

} // namespace leadscope::core
