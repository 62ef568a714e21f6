#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <vector>

namespace leadscope::server {

// A synthetic, KvK-style company register for the demo: a realistic SBI mix,
// Dutch names, addresses and postcodes, heavy-tailed company sizes, and the
// IP ranges that go with it — a few percent of companies own a range, the
// rest of the address space belongs to ISPs, mobile networks and hosters.
// Deterministic for a given seed. Written as the CSVs `import` reads.
class DemoRegistry
{
public:
    struct Company
    {
        QString registryNumber;
        QString name;
        QString tradeName;
        QString legalForm;
        QString sbiCode;
        QString sbiLabel;
        QString employeeBand;
        QString street;
        QString postcode;
        QString city;
        QString website;
        QString phone;
        QString linkedin;
    };
    struct Range
    {
        QString start;
        QString end;
        QString registryNumber; // empty for networks
        QString kind;
        QString name;
    };

    DemoRegistry(quint32 seed, int companyCount);

    const std::vector<Company>& companies() const { return m_companies; }
    const std::vector<Range>& ranges() const { return m_ranges; }
    // Addresses to send demo traffic from.
    QString addressOfCompany(size_t rangeIndex, QRandomGenerator& random) const;
    QStringList networkAddresses(const QString& kind, int count, QRandomGenerator& random) const;
    // Indexes into ranges() of company-owned ranges.
    const std::vector<size_t>& companyRanges() const { return m_companyRanges; }

    bool writeCsv(const QString& companiesPath, const QString& rangesPath, QString* error) const;

private:
    // Company number i of the register; draws from `random` in a fixed order (the seed decides everything).
    static Company makeCompany(int i, int totalWeight, QRandomGenerator& random);
    // The networks (ISP, mobile, hosting) and the blocks a few companies own.
    void addRanges(QRandomGenerator& random);
    std::vector<Company> m_companies;
    std::vector<Range> m_ranges;
    std::vector<size_t> m_companyRanges;
};

} // namespace leadscope::server
