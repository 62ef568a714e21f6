#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace leadscope::test {

// A real SMTP server for the mail suites: scripts/lib/mail-catcher
// (Debian's python3-aiosmtpd) on a free loopback port, STARTTLS and AUTH
// required, with a certificate from `leadscope-server certs`. What it
// received is read back as a mail reader would show it (decoded subject,
// plain and HTML parts) plus the envelope and whether TLS and AUTH were on.
class SmtpServer
{
public:
    SmtpServer() = default;
    ~SmtpServer();
    SmtpServer(const SmtpServer&) = delete;
    SmtpServer& operator=(const SmtpServer&) = delete;

    bool start(QString* error);
    void stop();

    quint16 port() const { return m_port; }
    // smtp://mailer@127.0.0.1:<port>
    QString url() const;
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    // A file holding the password (what --smtp-password-file reads).
    QString passwordFile() const { return m_dir.filePath(QStringLiteral("smtp-password")); }
    static QString user() { return QStringLiteral("mailer"); }

    // The messages received so far, oldest first.
    QList<QJsonObject> received() const;
    // Waits until at least `count` messages arrived (or the timeout passed).
    QList<QJsonObject> waitFor(int count, int timeoutMs = 20'000) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace leadscope::test
