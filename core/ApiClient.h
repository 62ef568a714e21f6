#pragma once

#include "ServerEndpoint.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;

namespace leadscope::core {

class ApiJob;

// The one place requests to a Leadscope server are made: TLS 1.2+, peer
// verification on, only the endpoint's trust store, JSON in and out.
// Uses an injected QNetworkAccessManager (one per thread).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager* network, ServerEndpoint endpoint, QObject* parent = nullptr);

    const ServerEndpoint& endpoint() const { return m_endpoint; }

    ApiJob* get(const QString& path, const QByteArray& bearer = {});
    ApiJob* post(const QString& path, const QJsonDocument& body, const QByteArray& bearer = {});
    // How the answer's body arrives: unpacked by Qt on the thread that owns the reply, or as the
    // server packed it (gzip; its Content-Encoding header says), for ContentDecoding elsewhere.
    enum class Body
    {
        Decoded,
        AsSent,
    };
    // Any method (PUT, PATCH, DELETE …) with an optional JSON body.
    ApiJob* send(const QByteArray& method, const QString& path, const QJsonDocument& body,
                 const QByteArray& bearer = {}, Body answer = Body::Decoded);

    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    // Closes the kept-alive connections: their buffers still hold earlier
    // answers in plaintext (tokens among them). For sign-out and lock.
    void forgetConnections();
    void setConnectTimeout(int milliseconds) { m_connectTimeoutMs = milliseconds; }

private:
    QNetworkRequest makeRequest(const QString& path, const QByteArray& bearer) const;

    QNetworkAccessManager* m_network;
    ServerEndpoint m_endpoint;
    int m_transferTimeoutMs = 60'000;
    int m_connectTimeoutMs = 10'000;
};

} // namespace leadscope::core
