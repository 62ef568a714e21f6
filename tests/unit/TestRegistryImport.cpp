#include "server/base/Clock.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Store.h"
#include "server/tracking/RegistryImport.h"

#include <QFile>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace leadscope::server;

// ip-location-db rows name an AS organisation, not a registry number: the
// import links a company network to the company whose name (or trade name)
// is the same once case, punctuation and spacing are set aside — among the
// companies of this import and those already in the store.
class TestRegistryImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Clock m_clock;

    QString write(const QString& name, const QByteArray& content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    QString companiesFile(const QByteArray& rows)
    {
        return write(QStringLiteral("companies.csv"),
                     RegistryImport::companyColumns().join(u',').toUtf8() + '\n' + rows);
    }

    // One ip-location-db import: empty, or what went wrong (the error and every problem).
    QString importIpLocationDb(const QString& companies, const QString& ranges, RegistryImport::Report* report)
    {
        RegistryImport import(*m_store, m_clock);
        QString error;
        if (import.run(companies, {ranges}, RegistryImport::RangeFormat::IpLocationDb, report, &error))
            return {};
        const QString why = error + report->problems.join(u'\n');
        return why.isEmpty() ? QStringLiteral("the import failed without saying why") : why;
    }

    // Who the index says owns `address`: a company id, the network kind, or "none".
    QString owner(const char* address)
    {
        QString error;
        const auto index = RegistryImport::loadIndex(*m_store, &error);
        if (!index)
            return error;
        const IpRangeIndex::Range* range =
            index->lookup(IpAddress128::fromHostAddress(QHostAddress(QLatin1String(address))));
        return !range                       ? QStringLiteral("none")
               : range->companyId.isEmpty() ? rangeKindName(range->kind)
                                            : range->companyId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto url =
            DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("store.db")), &error);
        QVERIFY2(url, qPrintable(error));
        m_store = std::make_unique<Store>(*url);
        QVERIFY2(m_store->open(&error) && m_store->migrate(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_store->closeThreadConnection();
        m_store.reset();
    }

    void linksNetworksToCompaniesByName()
    {
        const QString companies = companiesFile(
            "12345678,Acme-Holding B.V.,Acme Tools,BV,2812,Machines,50-99,Main St 1,1000 AA,Amsterdam,NL,,,\n");
        const QString ranges = write(QStringLiteral("asn.csv"), "192.0.2.0,192.0.2.255,64500,ACME HOLDING B.V.\n"
                                                                "198.51.100.0,198.51.100.255,64501,acme   tools\n"
                                                                "203.0.113.0,203.0.113.127,64502,Example Mobile\n"
                                                                "203.0.113.128,203.0.113.255,64503,Unknown Corp\n"
                                                                "2001:db8::,2001:db8::ffff,64504,Acme holding b v\n");
        RegistryImport::Report report;
        const QString failure = importIpLocationDb(companies, ranges, &report);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(report.companies, 1);
        QCOMPARE(report.ranges, 5);
        QCOMPARE(owner("192.0.2.7"), QStringLiteral("kvk-12345678"));     // by name
        QCOMPARE(owner("198.51.100.20"), QStringLiteral("kvk-12345678")); // by trade name
        QCOMPARE(owner("2001:db8::1"), QStringLiteral("kvk-12345678"));   // punctuation set aside
        QCOMPARE(owner("203.0.113.5"), QStringLiteral("mobile"));
        QCOMPARE(owner("203.0.113.200"), QStringLiteral("company")); // a company network of no known company
    }

    void linksToCompaniesAlreadyInTheStore()
    {
        // A later import with only another company: the ranges still find Acme in the store,
        // and the new company as well.
        const QString companies =
            companiesFile("34567890,Other Company B.V.,,BV,6201,Software,10-19,Kade 3,3000 CC,Rotterdam,NL,,,\n");
        const QString ranges =
            write(QStringLiteral("asn.csv"), "192.0.2.0,192.0.2.255,64500,acme-holding b.v.\n"
                                             "198.51.100.0,198.51.100.255,64505,OTHER-COMPANY B.V.\n");
        RegistryImport::Report report;
        const QString failure = importIpLocationDb(companies, ranges, &report);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(owner("192.0.2.7"), QStringLiteral("kvk-12345678"));
        QCOMPARE(owner("198.51.100.20"), QStringLiteral("kvk-34567890"));
        QCOMPARE(owner("203.0.113.5"), QStringLiteral("none")); // ranges are replaced
    }
};

QTEST_GUILESS_MAIN(TestRegistryImport)
#include "TestRegistryImport.moc"
