#include "DatasetL.h"

#include <QRandomGenerator>
#include <QStringList>

namespace leadscope::bench {

namespace {
const QStringList kCities{QStringLiteral("Amsterdam"), QStringLiteral("Rotterdam"), QStringLiteral("Utrecht"),
                          QStringLiteral("Eindhoven"), QStringLiteral("Groningen"), QStringLiteral("Tilburg"),
                          QStringLiteral("Almere"),    QStringLiteral("Breda"),     QStringLiteral("Nijmegen"),
                          QStringLiteral("Apeldoorn")};
const QStringList kWords{QStringLiteral("Techniek"), QStringLiteral("Logistiek"),   QStringLiteral("Bouw"),
                         QStringLiteral("Advies"),   QStringLiteral("Software"),    QStringLiteral("Metaal"),
                         QStringLiteral("Zorg"),     QStringLiteral("Installatie"), QStringLiteral("Handel"),
                         QStringLiteral("Media")};
} // namespace

const QStringList& DatasetL::cities()
{
    return kCities;
}

const QStringList& DatasetL::words()
{
    return kWords;
}

void DatasetL::generate(const std::function<void(const Company&)>& company,
                        const std::function<void(const Visit&)>& visit,
                        const std::function<void(const Pageview&)>& pageview) const
{
    QRandomGenerator random(42);
    for (int i = 0; i < m_sizes.companies; ++i) {
        const QString word = kWords[i % kWords.size()];
        const QString city = kCities[(i / 10) % kCities.size()];
        company({QStringLiteral("kvk-%1").arg(10'000'000 + i), QString::number(10'000'000 + i),
                 QStringLiteral("%1 %2 %3 B.V.").arg(word, city).arg(i), word, city,
                 QStringLiteral("https://www.company-%1.example").arg(i), word, QStringLiteral("10-19")});
    }
    for (int v = 0; v < m_sizes.visits; ++v) {
        const int companyIndex = int(random.bounded(m_sizes.companies));
        const qint64 started = kStart + qint64(random.bounded(90 * 24 * 3600)) * 1000;
        const QString visitId = QStringLiteral("v-%1").arg(v);
        visit({visitId, QStringLiteral("kvk-%1").arg(10'000'000 + companyIndex),
               QString::number(random.generate64(), 16), QStringLiteral("www.shop.example"), started,
               started + 240'000, m_sizes.pageviewsPerVisit, QStringLiteral("search"), QStringLiteral("/")});
        for (int p = 0; p < m_sizes.pageviewsPerVisit; ++p)
            pageview({QStringLiteral("p-%1-%2").arg(v).arg(p), visitId,
                      QStringLiteral("/products/item-%1").arg(random.bounded(200)), QStringLiteral("Product page"),
                      started + p * 60'000, 60});
    }
}

} // namespace leadscope::bench
