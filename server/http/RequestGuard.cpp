#include "server/http/RequestGuard.h"

#include "server/base/Logging.h"

#include <QSslSocket>

namespace leadscope::server {

RequestGuard::RequestGuard(QSslSocket* socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QIODevice::readyRead, this, &RequestGuard::inspect);
    connect(socket, &QIODevice::bytesWritten, this, &RequestGuard::answered);
}

void RequestGuard::answered()
{
    // An answer went out: what arrived so far belonged to answered requests,
    // apart from the header of one that is still arriving (its body is
    // bounded by its Content-Length).
    m_pending = m_inHeaders ? m_header.size() : 0;
}

void RequestGuard::refuse(const char* reason)
{
    // No peer address in the log: only what was wrong.
    qCInfo(lcHttp) << "closing a connection:" << reason;
    m_socket->abort();
}

bool RequestGuard::headerEnd(const QByteArray& chunk, qsizetype* endOffset)
{
    // The separator may straddle two reads: search the tail of the header with the new bytes.
    const qsizetype before = m_header.size();
    const qsizetype room = kMaxHeaderBytes + 4 - before;
    m_header += chunk.left(qMax<qsizetype>(0, room));
    const qsizetype at = m_header.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
    if (at < 0)
        return false;
    *endOffset = at + 4 - before; // in `chunk`
    m_header.truncate(at + 4);
    return true;
}

void RequestGuard::inspect()
{
    // At this point the HTTP server has not read these bytes yet.
    QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
    m_pending += chunk.size();
    if (m_pending > kMaxHeaderBytes + kMaxRequestBodyBytes)
        return refuse("too many bytes without an answer");
    while (!chunk.isEmpty()) {
        if (!m_inHeaders) {
            const qsizetype body = qMin<qint64>(m_bodyLeft, chunk.size());
            m_bodyLeft -= body;
            chunk.remove(0, body);
            if (m_bodyLeft > 0)
                return;
            m_inHeaders = true; // the next request (pipelined) starts here
            m_header.clear();
            continue;
        }
        qsizetype end = 0;
        if (!headerEnd(chunk, &end)) {
            if (m_header.size() > kMaxHeaderBytes)
                return refuse("header section too large");
            return;
        }
        if (m_header.size() > kMaxHeaderBytes)
            return refuse("header section too large");
        chunk.remove(0, end);
        // Content-Length, whatever its case; absent means no body (or chunked,
        // which the byte budget above bounds).
        m_bodyLeft = 0;
        for (const QByteArray& line : m_header.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
                bool ok = false;
                const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                if (!ok || length < 0 || length > kMaxRequestBodyBytes)
                    return refuse("request body too large");
                m_bodyLeft = length;
            }
        }
        m_inHeaders = false;
    }
}

} // namespace leadscope::server
