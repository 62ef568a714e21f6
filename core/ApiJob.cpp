#include "ApiJob.h"

#include "ContentDecoding.h"
#include "Logging.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QTimer>

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

ApiJob::ApiJob(std::function<QNetworkReply*()> start, QString host, bool idempotent, QObject* parent)
    : QObject(parent)
    , m_start(std::move(start))
    , m_idempotent(idempotent)
    , m_host(std::move(host))
{
    launch();
}

void ApiJob::launch()
{
    if (m_aborted) {
        m_failure = ApiFailure::fromNetworkError(QNetworkReply::OperationCanceledError, m_host, {}, {});
        Q_EMIT finished();
        return;
    }
    ++m_attempts;
    m_sslErrors.clear();
    m_connectTimedOut = false;
    QNetworkReply* reply = m_start();
    m_reply = reply;
    // Qt has a transfer timeout but no connect timeout: from the moment a
    // socket starts connecting until its TLS handshake is done, this timer is
    // the limit. A request that goes over a connection already open
    // (keep-alive: a sync's pages one after the other) connects nothing and
    // has only the transfer timeout: its answer may take longer than a
    // connection may (a large page on a slow line, a busy server).
    if (!m_connectTimer) {
        m_connectTimer = new QTimer(this);
        m_connectTimer->setSingleShot(true);
        connect(m_connectTimer, &QTimer::timeout, this, [this] {
            if (m_reply) {
                m_connectTimedOut = true;
                m_reply->abort();
            }
        });
    }
    m_connectTimer->stop();
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [this] { m_connectTimer->start(m_connectTimeoutMs); });
    connect(reply, &QNetworkReply::encrypted, m_connectTimer, &QTimer::stop);
    // Certificate problems are recorded to explain them, never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        m_sslErrors = errors;
        // The certificate that was refused: its fingerprint lets the user check it with the administrator.
        for (const QSslError& error : errors) {
            if (!error.certificate().isNull()) {
                m_peerCertificate = error.certificate();
                break;
            }
        }
    });
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

void ApiJob::setConnectTimeout(int milliseconds)
{
    m_connectTimeoutMs = milliseconds;
    if (m_connectTimer && m_connectTimer->isActive())
        m_connectTimer->start(milliseconds);
}

void ApiJob::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

bool ApiJob::shouldRetry(QNetworkReply* reply, int status, int* delayMs) const
{
    if (m_attempts >= kMaxAttempts || !m_sslErrors.isEmpty())
        return false;
    const int retryAfter = reply->rawHeader("Retry-After").toInt();
    if (status == 429 || (status == 503 && retryAfter > 0)) {
        // The server said how long; only wait if that is reasonable.
        if (!m_idempotent || retryAfter <= 0 || retryAfter > 60)
            return false;
        *delayMs = retryAfter * 1000;
        return true;
    }
    // The connection broke (before or after the status line: an answer cut
    // off mid-body is as lost as one never begun), or went silent past the
    // transfer timeout once connected.
    const QNetworkReply::NetworkError error = reply->error();
    const bool stalled = error == QNetworkReply::OperationCanceledError && !m_aborted && !m_connectTimedOut;
    const bool transient =
        status == 502 || status == 503 || status == 504 || stalled || error == QNetworkReply::RemoteHostClosedError ||
        error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::TemporaryNetworkFailureError ||
        error == QNetworkReply::UnknownNetworkError;
    if (!m_idempotent || !transient)
        return false;
    // 0.5 s, 1 s, 2 s … with ±25 % jitter, so many clients do not retry in step.
    const int base = 500 << (m_attempts - 1);
    *delayMs = base * 3 / 4 + static_cast<int>(QRandomGenerator::global()->bounded(base / 2 + 1));
    return true;
}

void ApiJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (m_connectTimer)
        m_connectTimer->stop();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    int delayMs = 0;
    if (!m_aborted && shouldRetry(reply, m_status, &delayMs)) {
        qCInfo(lcApi) << "retrying" << reply->url().path() << "in" << delayMs << "ms after" << m_status;
        reply->deleteLater();
        m_reply.clear();
        QTimer::singleShot(delayMs, this, &ApiJob::launch);
        return;
    }
    m_body = reply->readAll();
    m_headers = reply->rawHeaderPairs();
    // A network error is the failure even after a status line arrived (an
    // answer cut off mid-body): what did arrive is not the answer.
    const bool networkError = reply->error() != QNetworkReply::NoError &&
                              (m_status == 0 || reply->error() < QNetworkReply::ContentAccessDenied ||
                               reply->error() == QNetworkReply::ProtocolFailure);
    if (networkError) {
        // Qt reports its own transfer timeout as a cancellation; only abort() is one.
        const QNetworkReply::NetworkError error = reply->error() == QNetworkReply::OperationCanceledError && !m_aborted
                                                      ? QNetworkReply::TimeoutError
                                                      : reply->error();
        m_failure = ApiFailure::fromNetworkError(error, m_host, m_sslErrors, reply->errorString());
        if (m_connectTimedOut) {
            m_failure.kind = ApiFailure::Kind::Timeout;
            m_failure.message =
                tr("No connection to %1: it did not answer within %n second(s).", nullptr, m_connectTimeoutMs / 1000)
                    .arg(m_host);
        }
    } else if (m_status >= 400) {
        // (A refusal asked for as sent may come packed; it is small, and read here.)
        QByteArray said = m_body;
        QString ignored;
        ContentDecoding::decode(reply->rawHeader("Content-Encoding"), m_body, kMaxRefusalBytes, &said, &ignored);
        m_failure = ApiFailure::fromHttp(m_status, said, reply->rawHeader("Retry-After").toInt());
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
