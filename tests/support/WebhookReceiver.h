#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace leadscope::test {

// A real HTTPS webhook receiver for the integration suites:
// scripts/lib/webhook-receiver (Python's standard library) on a free loopback
// port with a certificate from `leadscope-server certs`, checking each
// delivery's signature as the Standard Webhooks specification says —
// written from the specification, not from the server's code. What it
// received is read back, one JSON object per request, oldest first.
class WebhookReceiver
{
public:
    WebhookReceiver() = default;
    ~WebhookReceiver();
    WebhookReceiver(const WebhookReceiver&) = delete;
    WebhookReceiver& operator=(const WebhookReceiver&) = delete;

    // Answers the first `failFirst` requests with 503.
    bool start(QString* error, int failFirst = 0);
    void stop();

    quint16 port() const { return m_port; }
    // https://<host>:<port>/hooks/leadscope
    QString url(const QString& host = QStringLiteral("127.0.0.1")) const;
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    // The secrets a delivery may be signed with (written for the receiver to read).
    bool setSecrets(const QStringList& secrets) const;

    QList<QJsonObject> received() const;
    // Waits until at least `count` requests arrived (or the timeout passed).
    QList<QJsonObject> waitFor(int count, int timeoutMs = 20'000) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace leadscope::test
