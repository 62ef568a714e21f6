#include "ServerEndpoint.h"

#include <QCoreApplication>
#include <QFile>

namespace leadscope::core {

ServerEndpoint::ServerEndpoint(QUrl baseUrl, QString caFile)
    : m_baseUrl(std::move(baseUrl))
    , m_caFile(std::move(caFile))
{
}

bool ServerEndpoint::load(QString* error)
{
    m_extraCas.clear();
    m_ssl.reset();
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        *error = tr("“%1” is not a server address. Use a form such as https://leadscope.example.com.")
                     .arg(m_baseUrl.toString());
        return false;
    }
    if (m_baseUrl.scheme() != QLatin1String("https")) {
        *error = tr("Leadscope only connects over HTTPS; “%1” does not start with https://.").arg(m_baseUrl.toString());
        return false;
    }
    if (!m_caFile.isEmpty()) {
        QFile file(m_caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The certificate authority file “%1” cannot be read: %2").arg(m_caFile, file.errorString());
            return false;
        }
        m_extraCas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (m_extraCas.isEmpty()) {
            *error = tr("The file “%1” contains no PEM certificate.").arg(m_caFile);
            return false;
        }
    }
    return true;
}

QUrl ServerEndpoint::url(const QString& path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const int query = path.indexOf(u'?');
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

QString ServerEndpoint::displayName() const
{
    return m_baseUrl.port() > 0 ? QStringLiteral("%1:%2").arg(m_baseUrl.host()).arg(m_baseUrl.port())
                                : m_baseUrl.host();
}

QSslConfiguration ServerEndpoint::sslConfiguration() const
{
    // Built on first use, once: reading the system's CA store costs
    // milliseconds of file and PEM work (validating a profile does not need
    // it), and one shared configuration lets connections be reused.
    if (!m_ssl)
        m_ssl = buildSslConfiguration();
    return *m_ssl;
}

QSslConfiguration ServerEndpoint::buildSslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_extraCas);
    return config;
}

} // namespace leadscope::core
