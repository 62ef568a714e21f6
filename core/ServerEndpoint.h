#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

namespace leadscope::core {

// Where a server is and which certificate authorities it is trusted through:
// the system store plus, optionally, one explicitly configured CA file (how
// the demo and self-hosted servers are trusted). Verification is always on.
class ServerEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ServerEndpoint)

public:
    ServerEndpoint() = default;
    ServerEndpoint(QUrl baseUrl, QString caFile);

    // Loads the CA file (if any). On failure returns false and a translated
    // message in *error; the endpoint must then not be used.
    bool load(QString* error);

    const QUrl& baseUrl() const { return m_baseUrl; }
    const QString& caFile() const { return m_caFile; }
    QUrl url(const QString& path) const;
    QString displayName() const; // host[:port], for the user

    QSslConfiguration sslConfiguration() const;

private:
    QSslConfiguration buildSslConfiguration() const;

    QUrl m_baseUrl;
    QString m_caFile;
    QList<QSslCertificate> m_extraCas;
    mutable std::optional<QSslConfiguration> m_ssl; // one thread uses an endpoint (its ApiClient's)
};

} // namespace leadscope::core
