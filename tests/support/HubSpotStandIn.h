#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace leadscope::test {

// A local HTTPS stand-in of the HubSpot CRM v3 endpoints a HubSpot
// destination uses (scripts/lib/hubspot-standin, Python's standard library):
// it checks each request's shape, headers and bearer token as HubSpot's
// documentation says and keeps an account in memory (companies, owners,
// notes, properties). What it received is read back in order, each with the
// problems it found; state() is the account now.
class HubSpotStandIn
{
public:
    HubSpotStandIn() = default;
    ~HubSpotStandIn();
    HubSpotStandIn(const HubSpotStandIn&) = delete;
    HubSpotStandIn& operator=(const HubSpotStandIn&) = delete;

    struct Options
    {
        QJsonArray companies; // [{"id", "properties": {…}}] already in the account
        QJsonArray owners;    // [{"id", "email", "firstName", "lastName"}]
        int limitNotes = 0;   // the first N note creations get 429 + Retry-After
        int retryAfterSeconds = 7;
    };
    bool start(QString* error, const Options& options);
    void stop();

    QString url() const; // https://127.0.0.1:<port>
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    // The private app's token the stand-in takes.
    QString token() const { return m_token; }

    QList<QJsonObject> requests() const;
    QList<QJsonObject> waitFor(int count, int timeoutMs = 20'000) const;
    // {"companies": {id: {...}}, "notes": {id: {...}}, "properties": {name: {...}}}
    QJsonObject state() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_token;
};

} // namespace leadscope::test
