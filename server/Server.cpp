#include "Server.h"

#include "HealthEndpoint.h"
#include "HttpServer.h"
#include "Logging.h"
#include "Router.h"
#include "Store.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace leadscope::server {

namespace {

bool loadTls(const ServeOptions& options, QSslConfiguration* config, QString* error)
{
    if (options.tlsCertificate.isEmpty() || options.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key are required: leadscope-server only serves HTTPS.");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(options.tlsCertificate, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate.").arg(options.tlsCertificate);
        return false;
    }
    QFile keyFile(options.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the TLS key %1: %2").arg(options.tlsKey, keyFile.errorString());
        return false;
    }
    QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    pem.fill('\0');
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM EC or RSA private key.").arg(options.tlsKey);
        return false;
    }
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(key);
    return true;
}

} // namespace

Server::Server(QObject* parent)
    : QObject(parent)
    , m_router(std::make_unique<Router>())
{
}

Server::~Server() = default;

bool Server::start(const ServeOptions& options, QString* error)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!loadTls(options, &tls, error))
        return false;
    m_store = std::make_unique<Store>(options.database);
    if (!m_store->open(error))
        return false;
    HealthEndpoint::registerRoutes(*m_router, *m_store);

    m_http = new HttpServer(*m_router, this);
    m_http->setIdleTimeout(options.idleTimeoutMs);
    m_port = m_http->listenTls(options.address, options.port, tls, error);
    if (m_port == 0)
        return false;
    qCInfo(lcServer) << "serving on port" << m_port << "with store" << m_store->url().kindName();
    return true;
}

} // namespace leadscope::server
