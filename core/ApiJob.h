#pragma once

#include "ApiFailure.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <functional>

class QNetworkReply;
class QTimer;

namespace leadscope::core {

// One request in flight. Emits finished() exactly once; then result
// accessors are valid. Deletes itself later unless the owner keeps it.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    // start() sends the request (again, for a retry). Idempotent requests are
    // retried on network failures and 502/503/504 with exponential backoff and
    // jitter; 429/503 wait as long as Retry-After says (up to a minute).
    ApiJob(std::function<QNetworkReply*()> start, QString host, bool idempotent, QObject* parent = nullptr);
    static constexpr int kMaxAttempts = 4;
    static constexpr qsizetype kMaxRefusalBytes = 1 << 20; // an error answer, unpacked
    ~ApiJob() override;

    int httpStatus() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    // The answer's header fields (names as the server spelled them).
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    const ApiFailure& failure() const { return m_failure; }
    bool succeeded() const { return !m_failure.isError(); }
    // The negotiated protocol ("TLS 1.3") and the server's certificate.
    QString tlsProtocol() const { return m_tlsProtocol; }
    QSslCertificate peerCertificate() const { return m_peerCertificate; }

    void abort();

    int attempts() const { return m_attempts; }
    // A connection (TCP + TLS handshake) that takes longer than this is given up on.
    void setConnectTimeout(int milliseconds);

Q_SIGNALS:
    void finished();

private:
    void launch();
    void onFinished();
    bool shouldRetry(QNetworkReply* reply, int status, int* delayMs) const;

    std::function<QNetworkReply*()> m_start;
    bool m_idempotent;
    int m_attempts = 0;
    bool m_aborted = false;
    bool m_connectTimedOut = false;
    int m_connectTimeoutMs = 10'000;
    QTimer* m_connectTimer = nullptr;
    QPointer<QNetworkReply> m_reply;
    QString m_host;
    QList<QSslError> m_sslErrors;
    int m_status = 0;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ApiFailure m_failure;
    QString m_tlsProtocol;
    QSslCertificate m_peerCertificate;
};

} // namespace leadscope::core
