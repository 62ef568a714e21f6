#include "server/http/CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace leadscope::server {

namespace {

template <typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

PKey makeKey()
{
    return PKey(EVP_EC_gen("P-256"));
}

bool addExtension(X509* certificate, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

bool setRandomSerial(X509* certificate)
{
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> serial(BN_new());
    if (!serial || !BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY))
        return false;
    return BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

Cert makeCertificate(EVP_PKEY* subjectKey, const QByteArray& commonName, X509* issuer, EVP_PKEY* issuerKey,
                     int validDays, bool isCa, const QByteArray& subjectAltNames)
{
    Cert certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1 || !setRandomSerial(certificate.get()))
        return {};
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), static_cast<long>(validDays) * 24 * 3600);
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Leadscope"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName.data()), -1,
                               -1, 0);
    X509* effectiveIssuer = issuer ? issuer : certificate.get();
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(effectiveIssuer));
    X509_set_pubkey(certificate.get(), subjectKey);

    bool ok = addExtension(certificate.get(), effectiveIssuer, NID_subject_key_identifier, "hash");
    if (isCa) {
        ok =
            ok && addExtension(certificate.get(), effectiveIssuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExtension(certificate.get(), effectiveIssuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(certificate.get(), effectiveIssuer, NID_authority_key_identifier, "keyid:always");
        ok = ok && addExtension(certificate.get(), effectiveIssuer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(certificate.get(), effectiveIssuer, NID_key_usage, "critical,digitalSignature");
        ok = ok && addExtension(certificate.get(), effectiveIssuer, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(certificate.get(), effectiveIssuer, NID_subject_alt_name, subjectAltNames);
    }
    if (!ok || X509_sign(certificate.get(), issuerKey, EVP_sha256()) == 0)
        return {};
    return certificate;
}

QByteArray toPem(X509* certificate)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray toPem(EVP_PKEY* key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QByteArray pem(data, size);
    OPENSSL_cleanse(data, static_cast<size_t>(size));
    return pem;
}

bool writeFile(const QString& path, QByteArray data, QFileDevice::Permissions permissions, QString* error)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.setPermissions(permissions) &&
                    file.write(data) == data.size() && file.commit();
    OPENSSL_cleanse(data.data(), static_cast<size_t>(data.size()));
    if (!ok)
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
    return ok;
}

} // namespace

bool CertificateFactory::create(const QString& directory, const QStringList& hosts, int validDays, Files* files,
                                QString* error)
{
    if (hosts.isEmpty()) {
        *error = QStringLiteral("A server certificate needs at least one host name or address.");
        return false;
    }
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("Cannot create the directory %1").arg(directory);
        return false;
    }
    QByteArrayList altNames;
    for (const QString& host : hosts) {
        const bool isAddress = !QHostAddress(host).isNull();
        altNames.append((isAddress ? "IP:" : "DNS:") + host.toUtf8());
    }
    PKey caKey = makeKey();
    PKey serverKey = makeKey();
    if (!caKey || !serverKey) {
        *error = QStringLiteral("OpenSSL could not generate a P-256 key.");
        return false;
    }
    Cert ca = makeCertificate(caKey.get(), "Leadscope private CA", nullptr, caKey.get(), validDays, true, {});
    Cert server = ca ? makeCertificate(serverKey.get(), hosts.first().toUtf8(), ca.get(), caKey.get(), validDays, false,
                                       altNames.join(','))
                     : Cert();
    if (!ca || !server) {
        *error = QStringLiteral("OpenSSL could not issue the certificates.");
        return false;
    }
    const QDir dir(directory);
    files->caCertificate = dir.absoluteFilePath(QStringLiteral("ca.pem"));
    files->serverCertificate = dir.absoluteFilePath(QStringLiteral("server.pem"));
    files->serverKey = dir.absoluteFilePath(QStringLiteral("server.key"));
    const auto publicFile =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    return writeFile(files->caCertificate, toPem(ca.get()), publicFile, error) &&
           writeFile(files->serverCertificate, toPem(server.get()), publicFile, error) &&
           writeFile(files->serverKey, toPem(serverKey.get()), privateFile, error);
}

} // namespace leadscope::server
