#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace leadscope::core {

// Every way a request can fail, typed, with a translated sentence for the user.
struct ApiFailure
{
    Q_DECLARE_TR_FUNCTIONS(ApiFailure)

public:
    enum class Kind
    {
        None,
        Network,     // no route, refused, reset, DNS
        Timeout,     // no answer in time
        Certificate, // TLS peer not trusted (never bypassed)
        Tls,         // handshake failed for another reason
        Http,        // the server answered with an error status
        Protocol,    // the answer was not what Protocol v1 says
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int retryAfterSeconds = 0; // from Retry-After, when the server sent one
    QString code;              // the server's snake_case error code, when it sent one
    QString message;           // translated, for the user

    bool isError() const { return kind != Kind::None; }

    static ApiFailure fromNetworkError(QNetworkReply::NetworkError error, const QString& host,
                                       const QList<QSslError>& sslErrors, const QString& detail);
    static ApiFailure fromHttp(int status, const QByteArray& body, int retryAfterSeconds = 0);
    static ApiFailure protocolError(const QString& what);
    static QString describeCertificateProblem(const QList<QSslError>& errors, const QString& host);
};

} // namespace leadscope::core
