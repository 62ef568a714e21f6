#include "ApiClient.h"

#include "ApiJob.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace leadscope::core {

ApiClient::ApiClient(QNetworkAccessManager* network, ServerEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
{
}

QNetworkRequest ApiClient::makeRequest(const QString& path, const QByteArray& bearer) const
{
    QNetworkRequest request(m_endpoint.url(path));
    request.setSslConfiguration(m_endpoint.sslConfiguration());
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Leadscope/" LEADSCOPE_VERSION));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return request;
}

ApiJob* ApiClient::get(const QString& path, const QByteArray& bearer)
{
    return send("GET", path, QJsonDocument(), bearer);
}

ApiJob* ApiClient::post(const QString& path, const QJsonDocument& body, const QByteArray& bearer)
{
    return send("POST", path, body, bearer);
}

ApiJob* ApiClient::send(const QByteArray& method, const QString& path, const QJsonDocument& body,
                        const QByteArray& bearer, Body answer)
{
    QNetworkRequest request = makeRequest(path, bearer);
    // Asked for by hand, the encoding is left to the caller: Qt unpacks only what it asked for itself.
    if (answer == Body::AsSent)
        request.setRawHeader("Accept-Encoding", "gzip");
    QByteArray payload;
    if (!body.isNull()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = body.toJson(QJsonDocument::Compact);
    }
    const bool idempotent = method == "GET" || method == "PUT" || method == "DELETE";
    QNetworkAccessManager* network = m_network;
    auto* job =
        new ApiJob([network, request, method, payload] { return network->sendCustomRequest(request, method, payload); },
                   m_endpoint.displayName(), idempotent, this);
    job->setConnectTimeout(m_connectTimeoutMs);
    return job;
}

void ApiClient::forgetConnections()
{
    m_network->clearConnectionCache();
}

} // namespace leadscope::core
