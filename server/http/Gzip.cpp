#include "server/http/Gzip.h"

#include <QList>

#include <zlib.h>

namespace leadscope::server {

QByteArray Gzip::compress(const QByteArray& data, int level)
{
    z_stream stream{};
    // windowBits 15 + 16: a gzip wrapper instead of zlib's.
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    const auto written = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

bool Gzip::accepts(const QByteArray& acceptEncoding)
{
    for (const QByteArray& part : acceptEncoding.split(',')) {
        const QByteArray coding = part.split(';').first().trimmed().toLower();
        if (coding == "gzip" && !part.contains("q=0"))
            return true;
    }
    return false;
}

} // namespace leadscope::server
