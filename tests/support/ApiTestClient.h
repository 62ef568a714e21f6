#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace leadscope::test {

// A blocking HTTPS client for server tests: full control over method, body
// and headers, and the raw answer (status, headers, JSON). Trusts only the
// given CA; never ignores certificate errors.
class ApiTestClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;
        QByteArray header(const QByteArray& name) const;
        QString errorCode() const;
    };

    ApiTestClient(const QUrl& base, const QString& caFile);

    struct Tokens
    {
        QString access;
        QString refresh;
    };
    // Password, then the enrolment (first time) or a fresh code. Empty tokens on failure.
    Tokens signIn(struct TestUser& user);

    Reply call(const QByteArray& method, const QString& path, const QJsonObject& body = {}, const QString& bearer = {},
               const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});
    Reply callRaw(const QByteArray& method, const QString& path, const QByteArray& body, const QString& bearer = {},
                  const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});

    // The same request `count` times at once, each on a connection of its own
    // (no client-side queueing); the replies in the order they were sent.
    QList<Reply> callParallel(int count, const QByteArray& method, const QString& path, const QJsonObject& body = {},
                              const QString& bearer = {},
                              const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});

private:
    QNetworkRequest request(const QString& path, bool hasBody, const QString& bearer,
                            const QList<QPair<QByteArray, QByteArray>>& extraHeaders) const;
    static Reply collect(QNetworkReply* reply);

    QUrl m_base;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
};

// A user as a test signs in: remembers the last TOTP step the server
// accepted, because a code is only ever accepted once.
struct TestUser
{
    QString id;
    QString email;
    QByteArray password;
    QByteArray totpSecret; // raw bytes, once enrolled
    qint64 lastStep = 0;
    QStringList recoveryCodes; // handed out at enrolment; each works once instead of a code

    // A code for the earliest step the server will still accept (waiting
    // for the clock when this user used up the current window).
    QString nextCode();
};

} // namespace leadscope::test
