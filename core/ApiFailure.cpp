#include "ApiFailure.h"

#include "protocol/ApiError.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSslCertificate>
#include <QTime>

namespace leadscope::core {

namespace {
QString nameOf(const QSslCertificate& certificate, bool issuer)
{
    const auto pick = [&](QSslCertificate::SubjectInfo field) {
        const QStringList values = issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
        return values.isEmpty() ? QString() : values.first();
    };
    QString name = pick(QSslCertificate::CommonName);
    if (name.isEmpty())
        name = pick(QSslCertificate::Organization);
    return name.isEmpty() ? ApiFailure::tr("an unnamed party") : name;
}
} // namespace

QString ApiFailure::describeCertificateProblem(const QList<QSslError>& errors, const QString& host)
{
    for (const QSslError& error : errors) {
        const QSslCertificate certificate = error.certificate();
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            return tr("The server's certificate is for %1, not for %2. You may be talking to the wrong server.")
                .arg(nameOf(certificate, false), host);
        case QSslError::CertificateExpired:
            return tr("The server's certificate expired on %1.")
                .arg(QLocale().toString(certificate.expiryDate(), QLocale::ShortFormat));
        case QSslError::CertificateNotYetValid:
            return tr("The server's certificate is not valid until %1. Check this computer's clock.")
                .arg(QLocale().toString(certificate.effectiveDate(), QLocale::ShortFormat));
        case QSslError::CertificateRevoked:
            return tr("The server's certificate has been revoked.");
        case QSslError::NoError:
            continue;
        default:
            break;
        }
    }
    if (!errors.isEmpty()) {
        const QSslCertificate certificate = errors.first().certificate();
        if (!certificate.isNull())
            return tr("The server's certificate is not trusted: issued by %1 for %2. Ask your administrator for "
                      "the right certificate authority file.")
                .arg(nameOf(certificate, true), nameOf(certificate, false));
    }
    return tr("The server's certificate is not trusted (%1).").arg(host);
}

ApiFailure ApiFailure::fromNetworkError(QNetworkReply::NetworkError error, const QString& host,
                                        const QList<QSslError>& sslErrors, const QString& detail)
{
    ApiFailure failure;
    if (!sslErrors.isEmpty()) {
        failure.kind = Kind::Certificate;
        failure.message = describeCertificateProblem(sslErrors, host);
        return failure;
    }
    switch (error) {
    case QNetworkReply::NoError:
        return failure;
    case QNetworkReply::OperationCanceledError:
        failure.kind = Kind::Cancelled;
        failure.message = tr("The request was cancelled.");
        return failure;
    case QNetworkReply::TimeoutError:
        failure.kind = Kind::Timeout;
        failure.message = tr("%1 did not answer in time.").arg(host);
        return failure;
    case QNetworkReply::SslHandshakeFailedError:
        failure.kind = Kind::Tls;
        failure.message = tr("A secure connection to %1 could not be established (%2).").arg(host, detail);
        return failure;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        failure.kind = Kind::Network;
        failure.message = tr("No connection to %1.").arg(host);
        return failure;
    default:
        failure.kind = Kind::Network;
        failure.message = tr("The connection to %1 failed: %2").arg(host, detail);
        return failure;
    }
}

ApiFailure ApiFailure::fromHttp(int status, const QByteArray& body, int retryAfterSeconds)
{
    ApiFailure failure;
    failure.kind = Kind::Http;
    failure.httpStatus = status;
    failure.retryAfterSeconds = retryAfterSeconds;
    if (const auto error = protocol::ApiError::fromJson(body)) {
        failure.code = error->code;
        // What the user reads is ours, translated; the server's English text is the fallback.
        static const QHash<QString, const char*> known{
            {QStringLiteral("invalid_credentials"), QT_TR_NOOP("The e-mail address or password is wrong.")},
            {QStringLiteral("invalid_code"), QT_TR_NOOP("That code is not right. Enter the code your authenticator "
                                                        "app shows now.")},
            {QStringLiteral("code_replayed"), QT_TR_NOOP("That code was used already. Wait for the next one.")},
            {QStringLiteral("invalid_mfa_token"), QT_TR_NOOP("The sign-in took too long. Start again with your "
                                                             "password.")},
            {QStringLiteral("too_many_attempts"), QT_TR_NOOP("Too many attempts. Sign-in is paused for this account "
                                                             "for a while; try again later.")},
            {QStringLiteral("refresh_token_reused"), QT_TR_NOOP("For your safety this session was ended. Sign in "
                                                                "again.")},
            {QStringLiteral("invalid_refresh_token"), QT_TR_NOOP("Your session has ended. Sign in again.")},
            {QStringLiteral("dpa_required"), QT_TR_NOOP("An admin of your organisation must accept the Data "
                                                        "Processing Agreement before visit data is shown.")},
        };
        const auto it = known.constFind(error->code);
        failure.message = it != known.cend() ? tr(it.value()) : error->message;
        if (error->code == QLatin1String("too_many_attempts") && retryAfterSeconds > 0)
            failure.message = tr("Too many attempts. You can try again at %1.")
                                  .arg(QLocale().toString(QTime::currentTime().addSecs(retryAfterSeconds + 59),
                                                          QLocale::ShortFormat));
    } else {
        failure.message = tr("The server answered with error %1.").arg(status);
    }
    return failure;
}

ApiFailure ApiFailure::protocolError(const QString& what)
{
    ApiFailure failure;
    failure.kind = Kind::Protocol;
    failure.message = tr("The server sent an answer Leadscope does not understand (%1).").arg(what);
    return failure;
}

} // namespace leadscope::core
