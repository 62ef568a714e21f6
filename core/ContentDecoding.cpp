#include "ContentDecoding.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace leadscope::core {

bool ContentDecoding::decode(const QByteArray& encoding, const QByteArray& body, qsizetype limit, QByteArray* out,
                             QString* error)
{
    const QByteArray coding = encoding.trimmed().toLower();
    if (coding.isEmpty() || coding == "identity") {
        *out = body;
        return true;
    }
    if (coding != "gzip") {
        *error = tr("The server sent its answer in an encoding Leadscope did not ask for.");
        return false;
    }
    if (body.size() > qsizetype(std::numeric_limits<uInt>::max()) ||
        limit > qsizetype(std::numeric_limits<uInt>::max())) {
        *error = tr("The server's answer unpacks to more than Leadscope accepts.");
        return false;
    }
    z_stream stream{};
    // windowBits 15 + 16: the gzip wrapper (RFC 1952), as the server writes it.
    if (inflateInit2(&stream, 15 + 16) != Z_OK) {
        *error = tr("The server's answer could not be unpacked.");
        return false;
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.constData()));
    stream.avail_in = static_cast<uInt>(body.size());
    // JSON packs about 5:1 at the server's level; the buffer grows in steps when it packed better.
    QByteArray inflated(std::min<qsizetype>(limit, std::max<qsizetype>(body.size() * 6, 4096)), Qt::Uninitialized);
    int rc = Z_OK;
    while (rc == Z_OK) {
        if (qsizetype(stream.total_out) == inflated.size()) {
            if (inflated.size() >= limit)
                break;
            inflated.resize(std::min<qsizetype>(limit, inflated.size() * 2));
        }
        stream.next_out = reinterpret_cast<Bytef*>(inflated.data()) + stream.total_out;
        stream.avail_out = static_cast<uInt>(inflated.size() - qsizetype(stream.total_out));
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc == Z_BUF_ERROR && stream.avail_out > 0)
            break; // no more input, and the stream has not ended: cut off
    }
    const auto written = static_cast<qsizetype>(stream.total_out);
    const bool ended = rc == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    if (!ended) {
        *error = rc == Z_OK || (rc == Z_BUF_ERROR && written >= limit)
                     ? tr("The server's answer unpacks to more than Leadscope accepts.")
                     : tr("The server's answer arrived damaged or incomplete.");
        return false;
    }
    inflated.resize(written);
    *out = std::move(inflated);
    return true;
}

} // namespace leadscope::core
