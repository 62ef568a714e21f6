#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace leadscope::core {

// A response body the app asked to receive as the server encoded it
// (Accept-Encoding: gzip set by hand, so Qt passes it through): decoded where
// the caller chooses, off the UI thread for a sync page, instead of inside
// QNetworkReply on the thread that owns it.
class ContentDecoding
{
    Q_DECLARE_TR_FUNCTIONS(ContentDecoding)

public:
    // The body for its Content-Encoding header: gzip is inflated (zlib), none
    // or "identity" is the body as it is. False, with why, for an encoding the
    // app did not ask for, a damaged or cut-off stream, or a body that would
    // inflate beyond `limit` bytes (a page is a few MiB; a bomb is refused).
    static bool decode(const QByteArray& encoding, const QByteArray& body, qsizetype limit, QByteArray* out,
                       QString* error);
};

} // namespace leadscope::core
