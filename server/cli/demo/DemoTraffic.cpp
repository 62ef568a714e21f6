#include "server/cli/demo/DemoTraffic.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <memory>

namespace leadscope::server {

namespace {

struct Page
{
    const char* path;
    const char* title;
};
const Page kMainSite[] = {
    {"/", "Demo B.V. — Industriële automatisering op maat"},
    {"/producten", "Producten — Demo B.V."},
    {"/producten/robotcel-rc200", "Robotcel RC200 — Demo B.V."},
    {"/producten/besturingssoftware", "Besturingssoftware DemoControl — Demo B.V."},
    {"/prijzen", "Prijzen en licenties — Demo B.V."},
    {"/cases", "Klantcases — Demo B.V."},
    {"/cases/distributiecentrum-tilburg", "Case: distributiecentrum Tilburg — Demo B.V."},
    {"/blog", "Blog — Demo B.V."},
    {"/blog/vijf-tips-voor-automatisering", "Vijf tips voor automatisering in de maakindustrie"},
    {"/blog/roi-van-robotisering", "Wat levert robotisering op? Een rekenvoorbeeld"},
    {"/vacatures", "Werken bij Demo B.V."},
    {"/contact", "Contact — Demo B.V."},
    {"/demo-aanvragen", "Demo aanvragen — Demo B.V."},
};
const Page kShopSite[] = {
    {"/", "Demo Shop — onderdelen en accessoires"},  {"/catalogus", "Catalogus — Demo Shop"},
    {"/catalogus/grijpers", "Grijpers — Demo Shop"}, {"/catalogus/sensoren", "Sensoren — Demo Shop"},
    {"/winkelwagen", "Winkelwagen — Demo Shop"},     {"/contact", "Contact — Demo Shop"},
};

QString hex128(QRandomGenerator& random)
{
    QString out;
    for (int i = 0; i < 4; ++i)
        out += QStringLiteral("%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
    return out;
}

struct Arrival
{
    QString referrer;
    QString query;
    int landing; // index into the main site's pages
};

Arrival arrival(QRandomGenerator& random)
{
    const double u = random.generateDouble();
    if (u < 0.35)
        return {QStringLiteral("https://www.google.nl/"), {}, random.generateDouble() < 0.5 ? 8 : 0};
    if (u < 0.42)
        return {QStringLiteral("https://www.bing.com/search"), {}, 0};
    if (u < 0.55)
        return {QStringLiteral("https://www.linkedin.com/feed/"), {}, 6};
    if (u < 0.70) {
        const char* campaigns[] = {"najaarsactie", "webinar-robotisering", "nieuwsbrief-november"};
        const char* sources[] = {"linkedin", "nieuwsbrief", "google"};
        const int c = static_cast<int>(random.bounded(3u));
        return {QString(),
                QStringLiteral("?utm_source=%1&utm_medium=%2&utm_campaign=%3")
                    .arg(QLatin1String(sources[c]), c == 1 ? QStringLiteral("email") : QStringLiteral("cpc"),
                         QLatin1String(campaigns[c])),
                c == 1 ? 9 : 4};
    }
    if (u < 0.78)
        return {QStringLiteral("https://www.brancheplatform-techniek.nl/artikel/automatisering"), {}, 2};
    return {QString(), {}, 0};
}

int nextPage(QRandomGenerator& random)
{
    // Interested visitors drift towards products, pricing, cases and contact.
    static const int intent[] = {1, 2, 3, 4, 5, 6, 11, 12, 4, 2};
    if (random.generateDouble() < 0.65)
        return intent[random.bounded(static_cast<quint32>(std::size(intent)))];
    return static_cast<int>(random.bounded(static_cast<quint32>(std::size(kMainSite))));
}

} // namespace

DemoTraffic::DemoTraffic(const DemoRegistry& registry, QList<Site> sites, quint32 seed, int days)
    : m_registry(registry)
    , m_sites(std::move(sites))
    , m_seed(seed)
    , m_days(days)
{
}

namespace {
// Crawlers the demo's traffic includes (the server's bot filter counts them; docs/MATCHING.md).
const QByteArray kCrawlers[] = {"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                                "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)"};

// Each company has a level of interest (heavy-tailed) and one to three people.
struct Prospect
{
    size_t range;
    double interest;
    QStringList visitors;
};

template <typename Ranges>
std::vector<Prospect> prospectsOf(const Ranges& owned, QRandomGenerator& random)
{
    std::vector<Prospect> prospects;
    for (size_t r : owned) {
        Prospect p{r, std::pow(random.generateDouble(), 3.0), {}};
        const int people = 1 + static_cast<int>(random.bounded(3u));
        for (int i = 0; i < people; ++i)
            p.visitors << hex128(random);
        prospects.push_back(p);
    }
    return prospects;
}
} // namespace

QList<DemoTraffic::Session> DemoTraffic::generate() const
{
    QRandomGenerator random(m_seed ^ 0x5eed);
    const std::vector<Prospect> prospects = prospectsOf(m_registry.companyRanges(), random);
    const QStringList isp = m_registry.networkAddresses(QStringLiteral("isp"), 400, random) +
                            m_registry.networkAddresses(QStringLiteral("mobile"), 200, random);

    QList<Session> sessions;
    const QDate today = QDate::currentDate();
    for (int d = m_days; d >= 1; --d) {
        const QDate day = today.addDays(-d);
        const int weekday = day.dayOfWeek();
        const double rhythm = weekday <= 5 ? 1.0 : weekday == 6 ? 0.2 : 0.12;
        const auto makeSession = [&](const QString& from, const QString& visitor, bool toShop) {
            Session session;
            // Office hours, peaking late morning and early afternoon.
            const double hour = qBound(6.0,
                                       (random.generateDouble() < 0.5 ? 10.5 : 14.5) +
                                           (random.generateDouble() + random.generateDouble() - 1.0) * 3.5,
                                       21.5);
            qint64 at = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() +
                        static_cast<qint64>(hour * 3600'000) + random.bounded(60'000u);
            const QString sid = hex128(random);
            const Site& site = m_sites[toShop && m_sites.size() > 1 ? 1 : 0];
            const Arrival a = arrival(random);
            int page = toShop ? 0 : a.landing;
            const int views = 1 + static_cast<int>(std::floor(-std::log(1.0 - random.generateDouble()) * 2.5));
            for (int v = 0; v < qMin(views, 12); ++v) {
                const Page& p = toShop ? kShopSite[page % std::size(kShopSite)] : kMainSite[page];
                QJsonObject body{
                    {QStringLiteral("site"), site.id},
                    {QStringLiteral("url"), QStringLiteral("https://www.%1%2%3")
                                                .arg(site.host, QLatin1String(p.path), v == 0 ? a.query : QString())},
                    {QStringLiteral("title"), QString::fromUtf8(p.title)},
                    {QStringLiteral("referrer"), v == 0 ? a.referrer : QString()},
                    {QStringLiteral("vid"), visitor},
                    {QStringLiteral("sid"), sid},
                    {QStringLiteral("device"),
                     random.generateDouble() < 0.85 ? QStringLiteral("desktop") : QStringLiteral("mobile")},
                    {QStringLiteral("ts"), static_cast<double>(at)}};
                session.append({from, body, {}});
                at += 8'000 + random.bounded(170'000u);
                page = toShop ? static_cast<int>(random.bounded(static_cast<quint32>(std::size(kShopSite))))
                              : nextPage(random);
            }
            sessions.append(session);
        };
        for (const Prospect& p : prospects) {
            if (random.generateDouble() < 0.02 + 0.10 * p.interest * rhythm)
                makeSession(m_registry.addressOfCompany(p.range, random),
                            p.visitors[random.bounded(static_cast<quint32>(p.visitors.size()))],
                            random.generateDouble() < 0.15);
        }
        // Most traffic is from people at home or on the road: never identified.
        const int anonymous = static_cast<int>((40 + random.bounded(30u)) * rhythm);
        for (int i = 0; i < anonymous && !isp.isEmpty(); ++i)
            makeSession(isp[random.bounded(static_cast<quint32>(isp.size()))], hex128(random),
                        random.generateDouble() < 0.2);
    }
    addBots(&sessions, isp);
    return sessions;
}

void DemoTraffic::addBots(QList<Session>* sessions, const QStringList& isp) const
{
    // Crawlers from anywhere and scripts in a data centre, walking the pages people walked (the
    // server counts them, records nothing). Their own random numbers: the people's traffic stays
    // what it was for a seed.
    QRandomGenerator random(m_seed ^ 0xb075);
    const QStringList hosting = m_registry.networkAddresses(QStringLiteral("hosting"), 40, random);
    const auto pick = [&random](const auto& list) {
        return list[random.bounded(quint32(std::size(list)))];
    };
    const qsizetype people = sessions->size();
    for (int i = 0; i < m_days * 5 && people > 0 && !isp.isEmpty() && !hosting.isEmpty(); ++i) {
        Session bot = (*sessions)[random.bounded(quint32(people))];
        const bool crawler = i % 5 < 3;
        const QString from = crawler ? pick(isp) : pick(hosting);
        const QString vid = hex128(random);
        const QString sid = hex128(random);
        const QByteArray agent = crawler ? pick(kCrawlers) : QByteArray();
        for (Hit& hit : bot) {
            hit.from = from;
            hit.body.insert(QStringLiteral("vid"), vid);
            hit.body.insert(QStringLiteral("sid"), sid);
            hit.userAgent = agent;
        }
        sessions->append(bot);
    }
}

bool DemoTraffic::send(const QUrl& collectUrl, const QString& caFile, Summary* summary, QString* error)
{
    const QList<Session> sessions = generate();
    QNetworkAccessManager network;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QEventLoop loop;
    qsizetype nextSession = 0;
    int running = 0;
    QTextStream progress(stdout);
    int total = 0;
    for (const Session& s : sessions)
        total += static_cast<int>(s.size());

    // Sessions run side by side; the hits of one session go in order.
    QHash<QNetworkReply*, std::pair<qsizetype, qsizetype>> inFlight; // reply → session, hit
    std::function<void(qsizetype, qsizetype)> sendHit;
    std::function<void()> startNext = [&] {
        while (running < 16 && nextSession < sessions.size()) {
            ++running;
            ++summary->sessions;
            sendHit(nextSession++, 0);
        }
        if (running == 0)
            loop.quit();
    };
    sendHit = [&](qsizetype s, qsizetype h) {
        const Hit& hit = sessions[s][h];
        QNetworkRequest request(collectUrl);
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        request.setRawHeader("X-Forwarded-For", hit.from.toLatin1());
        request.setRawHeader("User-Agent", hit.userAgent.isEmpty()
                                               ? QByteArrayLiteral("Mozilla/5.0 (X11; Linux x86_64) "
                                                                   "AppleWebKit/537.36 (KHTML, like Gecko) "
                                                                   "Chrome/120.0.0.0 Safari/537.36")
                                               : hit.userAgent);
        request.setRawHeader("Origin", QUrl(hit.body.value(QStringLiteral("url")).toString())
                                           .adjusted(QUrl::RemovePath | QUrl::RemoveQuery)
                                           .toString(QUrl::FullyEncoded)
                                           .toLatin1());
        QNetworkReply* reply = network.post(request, QJsonDocument(hit.body).toJson(QJsonDocument::Compact));
        inFlight.insert(reply, {s, h});
    };
    // One connection for every answer, not one per reply: fewer objects, and
    // none that Qt frees on its network thread (which ThreadSanitizer cannot
    // follow without a Qt built for it).
    QObject::connect(&network, &QNetworkAccessManager::finished, &loop, [&](QNetworkReply* reply) {
        const auto [s, h] = inFlight.take(reply);
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 204) {
            if (++summary->failed == 1)
                *error = QStringLiteral("a hit was refused: %1").arg(QString::fromUtf8(reply->readAll()));
        }
        reply->deleteLater();
        if (++summary->hits % 5000 == 0)
            progress << "leadscope-server: demo traffic " << summary->hits << " / " << total << " hits\n" << Qt::flush;
        if (h + 1 < sessions[s].size()) {
            sendHit(s, h + 1);
        } else {
            --running;
            startNext();
        }
    });
    startNext();
    if (running > 0)
        loop.exec();
    return summary->failed == 0;
}

} // namespace leadscope::server
