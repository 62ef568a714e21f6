#pragma once

#include <QByteArray>
#include <QObject>

class QSslSocket;

namespace leadscope::server {

// Bounds what one connection may make the server hold before an answer.
// QtHttpServer 6.4 reads a whole request — headers without limit, the body up
// to any Content-Length — into memory before a handler can look at its size.
// The guard sees each connection's bytes first (its readyRead slot is
// connected before the HTTP server's) and aborts the connection when
//  - the header section passes kMaxHeaderBytes,
//  - a Content-Length announces more than kMaxRequestBodyBytes, or
//  - more than kMaxHeaderBytes + kMaxRequestBodyBytes arrive without an answer
//    (chunked bodies, pipelining).
// Bodies a little over the API's 1 MiB still arrive and get a 413 answer.
class RequestGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kMaxRequestBodyBytes = 2 * 1024 * 1024;

    // Watches `socket` (becomes its child).
    explicit RequestGuard(QSslSocket* socket);

private:
    void inspect();
    void answered();
    bool headerEnd(const QByteArray& chunk, qsizetype* endOffset);
    void refuse(const char* reason);

    QSslSocket* m_socket;
    qsizetype m_pending = 0; // bytes since the last answer
    bool m_inHeaders = true; // reading the current request's header section
    QByteArray m_header;     // that section so far (bounded by kMaxHeaderBytes)
    qint64 m_bodyLeft = 0;   // body bytes still expected by Content-Length
};

} // namespace leadscope::server
