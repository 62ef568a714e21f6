#pragma once

#include "ApiFailure.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QNetworkReply;

namespace leadscope::core {

// One request in flight. Emits finished() exactly once; then result
// accessors are valid. Deletes itself later unless the owner keeps it.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(QNetworkReply* reply, QString host, QObject* parent = nullptr);
    ~ApiJob() override;

    int httpStatus() const { return m_status; }
    const QByteArray& body() const { return m_body; }
    const ApiFailure& failure() const { return m_failure; }
    bool succeeded() const { return !m_failure.isError(); }
    // The negotiated protocol ("TLS 1.3") and the server's certificate.
    QString tlsProtocol() const { return m_tlsProtocol; }
    QSslCertificate peerCertificate() const { return m_peerCertificate; }

    void abort();

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    QString m_host;
    QList<QSslError> m_sslErrors;
    int m_status = 0;
    QByteArray m_body;
    ApiFailure m_failure;
    QString m_tlsProtocol;
    QSslCertificate m_peerCertificate;
};

} // namespace leadscope::core
