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

QNetworkRequest ApiClient::makeRequest(const QString& path) const
{
    QNetworkRequest request(m_endpoint.url(path));
    request.setSslConfiguration(m_endpoint.sslConfiguration());
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Leadscope/" LEADSCOPE_VERSION));
    return request;
}

ApiJob* ApiClient::get(const QString& path)
{
    return new ApiJob(m_network->get(makeRequest(path)), m_endpoint.displayName(), this);
}

ApiJob* ApiClient::post(const QString& path, const QJsonDocument& body)
{
    QNetworkRequest request = makeRequest(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return new ApiJob(m_network->post(request, body.toJson(QJsonDocument::Compact)), m_endpoint.displayName(), this);
}

} // namespace leadscope::core
