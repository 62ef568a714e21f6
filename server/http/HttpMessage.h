#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace leadscope::server {

// A request as the router sees it, independent of the QtHttpServer version.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A keyed hash of the source address (per-process random key, held in
    // memory only): enough to rate-limit a source, useless to identify it.
    QByteArray sourceKey;
    // The client's address (the socket peer, or X-Forwarded-For behind a
    // trusted proxy). Only the tracking ingest reads it, to match it to a
    // company in memory; it is never stored, logged or put in a message.
    QHostAddress clientAddress;

    QByteArray header(QByteArrayView name) const; // the first field of that name
    // Every field of that name, in the order they arrived.
    QByteArrayList headerValues(QByteArrayView name) const;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QByteArray& body);
    static HttpResponse json(int status, const QJsonDocument& document);
    // Protocol v1 error: {"error": {"code", "message"}}.
    static HttpResponse error(int status, const QString& code, const QString& message);
    // 429 with Retry-After (whole seconds, at least 1).
    static HttpResponse tooManyRequests(const QString& code, const QString& message, qint64 retryAfterSeconds);
    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(QByteArrayView name) const;
};

} // namespace leadscope::server
