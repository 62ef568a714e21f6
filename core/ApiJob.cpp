#include "ApiJob.h"

#include "Logging.h"

#include <QNetworkReply>
#include <QSslCipher>

namespace leadscope::core {

namespace {
QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return {};
    }
}
} // namespace

ApiJob::ApiJob(QNetworkReply* reply, QString host, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_host(std::move(host))
{
    // Certificate problems are recorded to explain them, never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        const QSslConfiguration config = m_reply->sslConfiguration();
        m_tlsProtocol = protocolName(config.sessionCipher().protocol());
        m_peerCertificate = config.peerCertificate();
    });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::abort()
{
    if (m_reply)
        m_reply->abort();
}

void ApiJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && m_status == 0) {
        m_failure = ApiFailure::fromNetworkError(reply->error(), m_host, m_sslErrors, reply->errorString());
    } else if (m_status >= 400) {
        m_failure = ApiFailure::fromHttp(m_status, m_body, reply->rawHeader("Retry-After").toInt());
    } else if (m_status == 0) {
        m_failure = ApiFailure::protocolError(tr("no HTTP status"));
    }
    if (m_failure.isError())
        qCInfo(lcApi) << "request to" << reply->url().path() << "failed:" << static_cast<int>(m_failure.kind)
                      << m_status;
    reply->deleteLater();
    m_reply.clear();
    Q_EMIT finished();
}

} // namespace leadscope::core
