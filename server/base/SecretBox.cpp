#include "server/base/SecretBox.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/evp.h>

#include <sys/stat.h>

namespace leadscope::server {

namespace {

constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
const QString kPrefix = QStringLiteral("lsk1");

struct CipherContext
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
    CipherContext() = default;
    CipherContext(const CipherContext&) = delete;
    CipherContext& operator=(const CipherContext&) = delete;
};

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

SecretBox::SecretBox(protocol::SecretBytes key)
    : m_key(std::move(key))
{
    // A fingerprint of the key, not the key: SHA-256 over a label and the key.
    m_keyId = QString::fromLatin1(
        protocol::Crypto::sha256(QByteArray(QByteArray("leadscope secrets key id ") + m_key.bytes())).left(4).toHex());
}

std::unique_ptr<SecretBox> SecretBox::load(const QString& path, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(native.constData(), &info) != 0) {
        *error = QStringLiteral("The secrets key %1 does not exist; make one with `leadscope-server secrets-key --out "
                                "%1`.")
                     .arg(path);
        return nullptr;
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *error =
            QStringLiteral("The secrets key %1 may be read by others than its owner; `chmod 600 %1` first.").arg(path);
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("The secrets key %1 cannot be read: %2").arg(path, file.errorString());
        return nullptr;
    }
    QByteArray text = file.read(256);
    QByteArray key = QByteArray::fromBase64(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    protocol::Crypto::wipe(text);
    if (key.size() != kKeyBytes) {
        protocol::Crypto::wipe(key);
        *error = QStringLiteral("The secrets key %1 is not a key made by `leadscope-server secrets-key` (base64 of %2 "
                                "bytes).")
                     .arg(path)
                     .arg(kKeyBytes);
        return nullptr;
    }
    return std::make_unique<SecretBox>(protocol::SecretBytes(std::move(key)));
}

bool SecretBox::create(const QString& path, QString* error)
{
    if (QFileInfo::exists(path)) {
        *error = QStringLiteral("%1 exists already; a secrets key is never replaced (what it sealed would no longer "
                                "open).")
                     .arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray key = protocol::Crypto::randomBytes(kKeyBytes);
    QByteArray text = key.toBase64() + '\n';
    protocol::Crypto::wipe(key);
    const bool written = file.write(text) == text.size();
    protocol::Crypto::wipe(text);
    if (!written || !file.commit()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString SecretBox::seal(QByteArrayView plaintext, const QString& context) const
{
    const QByteArray nonce = protocol::Crypto::randomBytes(kNonceBytes);
    const QByteArray aad = context.toUtf8();
    QByteArray out(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    std::copy(nonce.cbegin(), nonce.cend(), out.begin());
    auto* cipher = reinterpret_cast<unsigned char*>(out.data() + kNonceBytes);
    CipherContext c;
    int length = 0;
    int total = 0;
    const bool ok = c.ctx && EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
                    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
                    EVP_EncryptInit_ex(c.ctx, nullptr, nullptr, bytes(m_key.bytes()), bytes(nonce)) == 1 &&
                    EVP_EncryptUpdate(c.ctx, nullptr, &length, bytes(aad), int(aad.size())) == 1 &&
                    EVP_EncryptUpdate(c.ctx, cipher, &length, bytes(plaintext), int(plaintext.size())) == 1 &&
                    (total = length, EVP_EncryptFinal_ex(c.ctx, cipher + total, &length) == 1) &&
                    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTagBytes, cipher + plaintext.size()) == 1;
    if (!ok)
        std::abort(); // fail closed: never store a secret that was not sealed
    return kPrefix + u'.' + m_keyId + u'.' + QString::fromLatin1(out.toBase64());
}

bool SecretBox::open(const QString& sealed, const QString& context, protocol::SecretBytes* plaintext,
                     QString* why) const
{
    const QStringList parts = sealed.split(u'.');
    if (parts.size() != 3 || parts[0] != kPrefix) {
        *why = QStringLiteral("not a sealed secret");
        return false;
    }
    if (parts[1] != m_keyId) {
        *why = QStringLiteral("sealed with another secrets key (%1; this server's is %2)").arg(parts[1], m_keyId);
        return false;
    }
    const QByteArray data = QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (data.size() < kNonceBytes + kTagBytes) {
        *why = QStringLiteral("the sealed secret is damaged");
        return false;
    }
    const qsizetype length = data.size() - kNonceBytes - kTagBytes;
    const QByteArray aad = context.toUtf8();
    QByteArray out(length, Qt::Uninitialized);
    QByteArray tag = data.right(kTagBytes);
    CipherContext c;
    int written = 0;
    const bool ok = c.ctx && EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
                    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
                    EVP_DecryptInit_ex(c.ctx, nullptr, nullptr, bytes(m_key.bytes()), bytes(data)) == 1 &&
                    EVP_DecryptUpdate(c.ctx, nullptr, &written, bytes(aad), int(aad.size())) == 1 &&
                    EVP_DecryptUpdate(c.ctx, reinterpret_cast<unsigned char*>(out.data()), &written,
                                      bytes(QByteArrayView(data).sliced(kNonceBytes, length)), int(length)) == 1 &&
                    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1 &&
                    EVP_DecryptFinal_ex(c.ctx, reinterpret_cast<unsigned char*>(out.data()) + written, &written) == 1;
    if (!ok) {
        protocol::Crypto::wipe(out);
        *why = QStringLiteral("the sealed secret was changed or belongs elsewhere (it does not open here)");
        return false;
    }
    *plaintext = protocol::SecretBytes(std::move(out));
    return true;
}

} // namespace leadscope::server
