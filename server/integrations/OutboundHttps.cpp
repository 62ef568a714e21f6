#include "server/integrations/OutboundHttps.h"

#include "server/domain/Webhooks.h"

#include <QDateTime>
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

struct Answer
{
    QByteArray body;
    qsizetype max = 0;
    qint64 retryAfterMs = 0;
};

// The answer's body, up to its limit (the rest ends the transfer: CURLE_WRITE_ERROR).
size_t take(char* data, size_t size, size_t count, void* answer)
{
    auto* a = static_cast<Answer*>(answer);
    const size_t n = size * count;
    if (a->body.size() + qsizetype(n) > a->max)
        return 0;
    a->body.append(data, qsizetype(n));
    return n;
}

// Retry-After: delay-seconds or an HTTP date (RFC 9110, 10.2.3).
size_t header(char* data, size_t size, size_t count, void* answer)
{
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, qsizetype(n)).trimmed();
    if (line.toLower().startsWith("retry-after:")) {
        const QByteArray value = line.mid(int(std::strlen("retry-after:"))).trimmed();
        bool number = false;
        const qint64 seconds = value.toLongLong(&number);
        auto* a = static_cast<Answer*>(answer);
        if (number && seconds >= 0) {
            a->retryAfterMs = seconds * 1000;
        } else {
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
            if (at.isValid())
                a->retryAfterMs = qMax(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(at));
        }
    }
    return n;
}

} // namespace

OutboundHttps::OutboundHttps(Settings settings)
    : m_settings(std::move(settings))
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

OutboundHttps::~OutboundHttps()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL*>(m_curl));
    curl_global_cleanup();
}

bool OutboundHttps::resolve(const QString& host, QStringList* addresses, QString* why) const
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

OutboundHttps::Response OutboundHttps::send(const Request& request) const
{
    Response response;
    const QUrl parsed(request.url);
    QString why;
    if (!Webhooks::acceptableUrl(request.url, m_settings.allowPrivate, &why)) {
        response.error = why;
        return response;
    }
    QStringList addresses;
    const QString host = parsed.host(QUrl::FullyEncoded);
    if (!resolve(host, &addresses, &response.error))
        return response;
    if (!m_curl)
        m_curl = curl_easy_init();
    if (!m_curl) {
        response.error = QStringLiteral("libcurl could not start");
        return response;
    }
    CURL* c = static_cast<CURL*>(m_curl);
    curl_easy_reset(c); // the options go; the open connections stay
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Answer answer{{}, request.maxAnswer, 0};
    const QByteArray target = parsed.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray pin =
        QStringLiteral("%1:%2:%3").arg(host).arg(parsed.port(443)).arg(addresses.join(u',')).toUtf8();
    Owned<curl_slist> resolved(curl_slist_append(nullptr, pin.constData()));
    const QByteArray ca = QFile::encodeName(m_settings.caFile);
    Owned<curl_slist> headers;
    for (const QByteArray& line : request.headers)
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
    if (request.method == "GET") {
        curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        if (request.method != "POST")
            curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, take);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &answer);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(m_settings.timeoutMs));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    QElapsedTimer clock;
    clock.start();
    const CURLcode code = curl_easy_perform(c);
    response.latencyMs = static_cast<int>(clock.elapsed());
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    response.body = std::move(answer.body);
    response.retryAfterMs = answer.retryAfterMs;
    if (code == CURLE_OK || (code == CURLE_WRITE_ERROR && status > 0))
        return response;
    response.error = QStringLiteral("%1%2").arg(
        QString::fromUtf8(curl_easy_strerror(code)),
        std::strlen(errorBuffer) > 0 ? QStringLiteral(": ") + QString::fromUtf8(errorBuffer).trimmed() : QString());
    return response;
}

} // namespace leadscope::server
