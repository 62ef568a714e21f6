#include "ApiTestClient.h"

#include "protocol/Base32.h"
#include "protocol/Totp.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

namespace leadscope::test {

QByteArray ApiTestClient::Reply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiTestClient::Reply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

ApiTestClient::ApiTestClient(const QUrl& base, const QString& caFile)
    : m_base(base)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
}

ApiTestClient::Reply ApiTestClient::call(const QByteArray& method, const QString& path, const QJsonObject& body,
                                         const QString& bearer,
                                         const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    return callRaw(method, path, body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson(),
                   bearer, extraHeaders);
}

QNetworkRequest ApiTestClient::request(const QString& path, bool hasBody, const QString& bearer,
                                       const QList<QPair<QByteArray, QByteArray>>& extraHeaders) const
{
    QUrl url = m_base;
    const int q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(60'000);
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    for (const auto& [name, value] : extraHeaders)
        request.setRawHeader(name, value);
    return request;
}

ApiTestClient::Reply ApiTestClient::collect(QNetworkReply* reply)
{
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    out.json = QJsonDocument::fromJson(out.body).object();
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

ApiTestClient::Reply ApiTestClient::callRaw(const QByteArray& method, const QString& path, const QByteArray& body,
                                            const QString& bearer,
                                            const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    QNetworkReply* reply =
        m_network.sendCustomRequest(request(path, !body.isEmpty(), bearer, extraHeaders), method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return collect(reply);
}

QList<ApiTestClient::Reply> ApiTestClient::callParallel(int count, const QByteArray& method, const QString& path,
                                                        const QJsonObject& body, const QString& bearer,
                                                        const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    const QByteArray payload = QJsonDocument(body).toJson();
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply*> replies;
    QEventLoop loop;
    int pending = count;
    for (int i = 0; i < count; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkReply* reply =
            managers.back()->sendCustomRequest(request(path, true, bearer, extraHeaders), method, payload);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
        replies.append(reply);
    }
    loop.exec();
    QList<Reply> out;
    for (QNetworkReply* reply : std::as_const(replies))
        out.append(collect(reply));
    return out;
}

ApiTestClient::Tokens ApiTestClient::signIn(TestUser& user)
{
    const Reply login =
        call("POST", QStringLiteral("/api/v1/auth/login"),
             {{QStringLiteral("email"), user.email}, {QStringLiteral("password"), QString::fromUtf8(user.password)}});
    if (login.status != 200)
        return {};
    if (login.json.contains(QStringLiteral("enrol"))) {
        const QString secret =
            login.json.value(QStringLiteral("enrol")).toObject().value(QStringLiteral("secret")).toString();
        user.totpSecret = protocol::Base32::decode(secret).value_or(QByteArray());
        user.lastStep = 0;
    }
    const Reply mfa = call("POST", QStringLiteral("/api/v1/auth/mfa"),
                           {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                            {QStringLiteral("code"), user.nextCode()}});
    for (const QJsonValue& code : mfa.json.value(QStringLiteral("recovery_codes")).toArray())
        user.recoveryCodes.append(code.toString());
    return {mfa.json.value(QStringLiteral("access_token")).toString(),
            mfa.json.value(QStringLiteral("refresh_token")).toString()};
}

QString TestUser::nextCode()
{
    for (;;) {
        const qint64 nowStep = QDateTime::currentSecsSinceEpoch() / 30;
        // The server accepts now-1 … now+1; take the earliest unused step,
        // but not now-1 when the step is about to roll over.
        for (qint64 step = nowStep; step <= nowStep + 1; ++step) {
            if (step > lastStep) {
                lastStep = step;
                return protocol::Totp::code(totpSecret, step * 30);
            }
        }
        QThread::msleep(500);
    }
}

} // namespace leadscope::test
