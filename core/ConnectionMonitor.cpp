#include "ConnectionMonitor.h"

#include <QCryptographicHash>

#include "ApiClient.h"
#include "ApiJob.h"

#include "protocol/HealthStatus.h"

namespace leadscope::core {

ConnectionMonitor::ConnectionMonitor(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_status.server = client->endpoint().displayName();
}

void ConnectionMonitor::check()
{
    if (m_job)
        return;
    Status checking = m_status;
    checking.state = State::Checking;
    checking.message.clear();
    update(checking);
    m_job = m_client->get(QStringLiteral("/api/v1/health"));
    ApiJob* job = m_job;
    connect(job, &ApiJob::finished, this, [this, job] { onFinished(job); });
}

void ConnectionMonitor::onFinished(ApiJob* job)
{
    job->deleteLater();
    Status status;
    status.server = m_client->endpoint().displayName();
    status.tlsProtocol = job->tlsProtocol();
    const QStringList issuer = job->peerCertificate().issuerInfo(QSslCertificate::CommonName);
    status.issuer = issuer.isEmpty() ? QString() : issuer.first();
    if (!job->peerCertificate().isNull())
        status.fingerprint =
            QString::fromLatin1(job->peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    status.untrusted = job->failure().kind == ApiFailure::Kind::Certificate;
    const auto health = job->succeeded() ? protocol::HealthStatus::fromJson(job->body()) : std::nullopt;
    if (!job->succeeded()) {
        status.state = State::Failed;
        status.message = job->failure().message;
    } else if (!health) {
        status.state = State::Failed;
        status.message = ApiFailure::protocolError(tr("health")).message;
    } else {
        status.state = health->isOk() ? State::Connected : State::Failed;
        status.serverVersion = health->version;
        status.store = health->store;
        if (!health->isOk())
            status.message = tr("The server is running but its database does not answer.");
    }
    update(status);
}

void ConnectionMonitor::update(Status status)
{
    m_status = std::move(status);
    Q_EMIT statusChanged(m_status);
}

} // namespace leadscope::core
