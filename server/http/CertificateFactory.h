#pragma once

#include <QString>
#include <QStringList>

namespace leadscope::server {

// Makes a private certificate authority and a server certificate signed by
// it (ECDSA P-256, SHA-256), for the demo and for tests: clients then trust
// that one CA explicitly, with verification on. The CA's private key is
// never written anywhere, so nothing else can ever be signed with it.
class CertificateFactory
{
public:
    struct Files
    {
        QString caCertificate;     // ca.pem — give this to clients
        QString serverCertificate; // server.pem
        QString serverKey;         // server.key (mode 0600)
    };

    // Writes ca.pem, server.pem and server.key into `directory` for the given
    // host names / IP addresses (subjectAltName). False + *error on failure.
    static bool create(const QString& directory, const QStringList& hosts, int validDays, Files* files, QString* error);
};

} // namespace leadscope::server
