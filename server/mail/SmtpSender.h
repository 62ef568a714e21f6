#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace leadscope::server {

// Sends one e-mail through the operator's relay with libcurl: STARTTLS on
// smtp:// (required, never plain), or TLS from the start on smtps://; TLS 1.2
// or newer with the certificate and host name verified (against the system's
// CAs or the operator's CA file); AUTH with the configured user. Blocking:
// only the mail worker's thread calls it. docs/ALERTS.md.
class SmtpSender
{
public:
    struct Settings
    {
        QUrl url;            // smtp://relay.example.com:587 or smtps://…:465
        QString user;        // from the URL's user part; empty: no AUTH
        QByteArray password; // from a file, never the command line
        QString from;        // the envelope and header sender
        QString caFile;      // empty: the system's CAs
        int timeoutSeconds = 30;
        bool isSet() const { return url.isValid() && !url.isEmpty(); }
        // From `serve`'s options; false + *error (in the operator's words).
        static bool parse(const QString& url, const QString& passwordFile, const QString& from, const QString& caFile,
                          Settings* settings, QString* error);
    };
    struct Mail
    {
        QString to;
        QString subject;
        QString text;
        QString html;
    };

    explicit SmtpSender(Settings settings);
    ~SmtpSender();
    SmtpSender(const SmtpSender&) = delete;
    SmtpSender& operator=(const SmtpSender&) = delete;

    // False + *error; *permanent when retrying cannot help (the relay refused
    // the recipient for good).
    bool send(const Mail& mail, qint64 nowMs, QString* error, bool* permanent) const;

    // RFC 2047 "encoded-word" for a header with non-ASCII text.
    static QByteArray encodedHeader(const QString& text);

private:
    Settings m_settings;
};

} // namespace leadscope::server
