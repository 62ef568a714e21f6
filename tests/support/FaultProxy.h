#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QString>
#include <QUrl>

class QSslSocket;

namespace leadscope::test {

// An HTTPS man-in-the-middle for fault injection: terminates TLS with the
// test server's own certificate (so the client verifies it as usual),
// forwards each request to the real server and does to the answer what it
// is told — per request whose path starts with a prefix, cycling through a
// list of faults.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        Pass,
        DropMidBody,  // half the answer, then the connection is cut
        Stall,        // the answer never comes (the client must give up)
        Throttle,     // the answer at 10 KiB/s
        TruncateGzip, // a complete HTTP message whose gzip body stops half way
        Status500,    // instead of forwarding: an error status
        Status502,
        Status503,
        Status429,
        Status503RetryAfter, // with Retry-After: 1
        Status429RetryAfter,
        Duplicate, // the answer twice on the same connection
    };

    // directory: where ServerProcess keeps server.pem and server.key.
    FaultProxy(const QUrl& upstream, const QString& certificateDirectory, QObject* parent = nullptr);
    ~FaultProxy() override;

    QUrl url() const;
    // Requests whose path starts with `prefix` get faults[i % faults.size()].
    void setFaults(const QString& prefix, const QList<Fault>& faults);
    int faultsInjected() const { return m_injected; }
    static QString name(Fault fault);

private:
    void accept();
    void onRequestBytes(QSslSocket* client);
    void forward(QSslSocket* client, const QByteArray& request, const QString& path);
    void deliver(QSslSocket* client, const QByteArray& response, Fault fault);

    QHash<QSslSocket*, QByteArray> m_buffers; // before m_server: its sockets die first and use it
    QUrl m_upstream;
    QSslServer m_server;
    QSslConfiguration m_upstreamTls;
    QString m_prefix;
    QList<Fault> m_faults;
    int m_matching = 0;
    int m_injected = 0;
};

} // namespace leadscope::test
