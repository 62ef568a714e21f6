#pragma once

#include "server/cli/demo/DemoRegistry.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace leadscope::server {

// Realistic visits to the demo's two websites over the last N days —
// weekday and office-hour rhythm, returning visitors with multi-session
// journeys, search / social / campaign / direct arrivals — sent through the
// real /collect endpoint over HTTPS, as a trusted proxy would forward them.
class DemoTraffic
{
public:
    struct Site
    {
        QString id;
        QString host;
    };
    struct Summary
    {
        int sessions = 0;
        int hits = 0;
        int failed = 0;
    };

    DemoTraffic(const DemoRegistry& registry, QList<Site> sites, quint32 seed, int days);
    // Sends everything to `collectUrl`, trusting `caFile`. Blocks (runs a local event loop).
    bool send(const QUrl& collectUrl, const QString& caFile, Summary* summary, QString* error);

private:
    struct Hit
    {
        QString from;
        QJsonObject body;
        QByteArray userAgent = {}; // empty: a browser's
    };
    using Session = QList<Hit>;
    QList<Session> generate() const;
    void addBots(QList<Session>* sessions, const QStringList& isp) const;

    const DemoRegistry& m_registry;
    QList<Site> m_sites;
    quint32 m_seed;
    int m_days;
};

} // namespace leadscope::server
