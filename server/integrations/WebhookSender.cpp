#include "server/integrations/WebhookSender.h"

#include "server/domain/Webhooks.h"

#include "protocol/Crypto.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <memory>

namespace leadscope::server {

namespace {

struct CurlDeleter
{
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
template <typename T>
using Owned = std::unique_ptr<T, CurlDeleter>;

// The receiver's answer is not read beyond its status (at most this much is taken in).
size_t discard(char*, size_t size, size_t count, void* taken)
{
    auto* total = static_cast<size_t*>(taken);
    *total += size * count;
    constexpr size_t kMaxAnswer = size_t(64) * 1024;
    return *total > kMaxAnswer ? 0 : size * count;
}

} // namespace

WebhookSender::WebhookSender(Settings settings)
    : m_settings(std::move(settings))
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

WebhookSender::~WebhookSender()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL*>(m_curl));
    curl_global_cleanup();
}

QByteArray WebhookSender::signature(const QStringList& secrets, const QString& id, qint64 timestampSeconds,
                                    const QByteArray& body)
{
    const QByteArray content = id.toUtf8() + '.' + QByteArray::number(timestampSeconds) + '.' + body;
    QList<QByteArray> signatures;
    for (const QString& secret : secrets) {
        QByteArray key = QByteArray::fromBase64(secret.mid(QStringLiteral("whsec_").size()).toLatin1());
        signatures << "v1," + protocol::Crypto::hmacSha256(key, content).toBase64();
        protocol::Crypto::wipe(key);
    }
    return signatures.join(' ');
}

bool WebhookSender::resolve(const QString& host, QStringList* addresses, QString* why) const
{
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        *why = QStringLiteral("%1 does not resolve: %2").arg(host, info.errorString());
        return false;
    }
    for (const QHostAddress& address : info.addresses()) {
        const QString refused = m_settings.allowPrivate ? QString() : Webhooks::refusal(address);
        if (!refused.isEmpty()) {
            *why = QStringLiteral("refused: %1 resolves to %2, %3 (the server's operator has not allowed such "
                                  "destinations)")
                       .arg(host, address.toString(), refused);
            return false;
        }
        *addresses << (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                           : address.toString());
    }
    return true;
}

WebhookSender::Result WebhookSender::send(const QString& url, const QString& id, qint64 timestampSeconds,
                                          const QByteArray& body, const QStringList& secrets) const
{
    Result result;
    const QUrl parsed(url);
    QString why;
    if (!Webhooks::acceptableUrl(url, m_settings.allowPrivate, &why)) {
        result.error = why;
        return result;
    }
    QStringList addresses;
    const QString host = parsed.host(QUrl::FullyEncoded);
    if (!resolve(host, &addresses, &result.error))
        return result;
    if (!m_curl)
        m_curl = curl_easy_init();
    if (!m_curl) {
        result.error = QStringLiteral("libcurl could not start");
        return result;
    }
    CURL* c = static_cast<CURL*>(m_curl);
    curl_easy_reset(c); // the options go; the open connections stay
    char errorBuffer[CURL_ERROR_SIZE] = {};
    size_t taken = 0;
    const QByteArray target = parsed.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray pin =
        QStringLiteral("%1:%2:%3").arg(host).arg(parsed.port(443)).arg(addresses.join(u',')).toUtf8();
    Owned<curl_slist> resolved(curl_slist_append(nullptr, pin.constData()));
    const QByteArray ca = QFile::encodeName(m_settings.caFile);
    const QList<QByteArray> headerLines{"Content-Type: application/json", "User-Agent: Leadscope-Webhooks/1",
                                        "webhook-id: " + id.toUtf8(),
                                        "webhook-timestamp: " + QByteArray::number(timestampSeconds),
                                        "webhook-signature: " + signature(secrets, id, timestampSeconds, body)};
    Owned<curl_slist> headers;
    for (const QByteArray& line : headerLines)
        headers.reset(curl_slist_append(headers.release(), line.constData()));
    curl_easy_setopt(c, CURLOPT_URL, target.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_RESOLVE, resolved.get());
    curl_easy_setopt(c, CURLOPT_PROXY, "");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!ca.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &taken);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(m_settings.timeoutMs));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    QElapsedTimer clock;
    clock.start();
    const CURLcode code = curl_easy_perform(c);
    result.latencyMs = static_cast<int>(clock.elapsed());
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    result.status = static_cast<int>(status);
    if (code == CURLE_OK || (code == CURLE_WRITE_ERROR && status > 0)) {
        result.delivered = status >= 200 && status < 300;
        if (!result.delivered)
            result.error = QStringLiteral("the receiver answered HTTP %1").arg(status);
        return result;
    }
    result.error = QStringLiteral("%1%2").arg(
        QString::fromUtf8(curl_easy_strerror(code)),
        std::strlen(errorBuffer) > 0 ? QStringLiteral(": ") + QString::fromUtf8(errorBuffer).trimmed() : QString());
    return result;
}

} // namespace leadscope::server
