#pragma once

#include <QByteArray>

namespace leadscope::server {

// gzip (RFC 1952) through zlib, for responses to clients that accept it.
class Gzip
{
public:
    static QByteArray compress(const QByteArray& data, int level = 1);
    static bool accepts(const QByteArray& acceptEncoding);
};

} // namespace leadscope::server
