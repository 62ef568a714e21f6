#include "core/cache/Cache.h"
#include "core/export/CsvWriter.h"
#include "core/export/LeadExport.h"
#include "core/protocol/Crypto.h"
#include "core/sync/ChangeApplier.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;
using namespace leadscope::core;

// Lead lists as CSV: RFC 4180 quoting, no formula can reach a spreadsheet
// (while a Dutch phone number stays readable), numbers stay numbers, every
// matching company exactly once, nothing personal in the file, and a
// cancelled export leaves no file behind — nor touches an existing one.
class TestCsvExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString csv(const QVariantList& row, CsvWriter::Options options = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, options);
        writer.writeRow(row);
        return QString::fromUtf8(buffer.data());
    }

    std::unique_ptr<Cache> cacheWith(int companies, const QString& name)
    {
        Cache::OpenResult result;
        auto cache = Cache::open(m_dir.filePath(name), protocol::Crypto::randomBytes(32), &result);
        if (!cache)
            return nullptr;
        QJsonArray changes;
        for (int i = 0; i < companies; ++i) {
            const QString id = QStringLiteral("kvk-%1").arg(i);
            changes.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("company")},
                            {QStringLiteral("op"), QStringLiteral("upsert")},
                            {QStringLiteral("id"), id},
                            {QStringLiteral("data"),
                             QJsonObject{{QStringLiteral("name"), i == 0 ? QStringLiteral("=HYPERLINK(\"http://evil\")")
                                                                         : QStringLiteral("Bedrijf %1, B.V.").arg(i)},
                                         {QStringLiteral("phone"), QStringLiteral("+31 30 123 45%1").arg(i % 10)},
                                         {QStringLiteral("city"), QStringLiteral("Utrecht")}}}});
            changes.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("visit")},
                {QStringLiteral("op"), QStringLiteral("upsert")},
                {QStringLiteral("id"), QStringLiteral("v-%1").arg(i)},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("company_id"), id},
                             {QStringLiteral("visitor_key"), QStringLiteral("secret-visitor-key-%1").arg(i)},
                             {QStringLiteral("started_at"),
                              QStringLiteral("2026-11-%1T10:00:00.000Z").arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
                             {QStringLiteral("ended_at"),
                              QStringLiteral("2026-11-%1T10:05:00.000Z").arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
                             {QStringLiteral("pageviews"), 1 + i % 3}}}});
        }
        ChangeApplier applier(*cache);
        ChangeApplier::Outcome outcome;
        QString error;
        if (!applier.apply(QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                                     {QStringLiteral("cursor"), QStringLiteral("c1:1")},
                                                     {QStringLiteral("has_more"), false}})
                               .toJson(),
                           &outcome, &error))
            return nullptr;
        return cache;
    }

private Q_SLOTS:
    void quotingAndFormulaInjection()
    {
        QCOMPARE(csv({QStringLiteral("plain"), 42, 2.5}), QStringLiteral("plain,42,2.5\r\n"));
        QCOMPARE(csv({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}),
                 QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
        // Each dangerous first character is neutralised with an apostrophe, and quoted.
        for (const QString& bad : {QStringLiteral("=1+1"), QStringLiteral("+1+1"), QStringLiteral("-1+1"),
                                   QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx"),
                                   QStringLiteral("\nx"), QString(QString(QChar(0)) + QStringLiteral("x"))}) {
            const QString out = csv({bad});
            QVERIFY2(out.startsWith(QStringLiteral("\"'")), qPrintable(out));
            QVERIFY(out.contains(bad.mid(1)));
        }
        // A Dutch phone number: readable, one apostrophe added, nothing else changed.
        QCOMPARE(csv({QStringLiteral("+31 30 123 4567")}), QStringLiteral("\"'+31 30 123 4567\"\r\n"));
        // Numbers from Leadscope are numbers, negative too; text that merely contains = is fine.
        QCOMPARE(csv({-3, QStringLiteral("a=b")}), QStringLiteral("-3,a=b\r\n"));
        // Semicolons (Dutch/German Excel) and the byte-order mark.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, {u';', true});
        writer.writeRow({QStringLiteral("a;b"), QStringLiteral("c,d")});
        writer.writeRow({QStringLiteral("e")});
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF\"a;b\";c,d\r\ne\r\n")); // one mark, at the start
    }

    void exportWritesEveryCompanyOnceAndNothingPersonal()
    {
        auto cache = cacheWith(2500, QStringLiteral("export.cache"));
        QVERIFY(cache);
        const QString path = m_dir.filePath(QStringLiteral("leads.csv"));
        QList<qint64> progress;
        bool cancelled = false;
        QString error;
        QVERIFY2(LeadExport::writeCsv(
                     *cache, {}, LeadExport::allColumns(), path, {u',', false},
                     [&](qint64 written, qint64 total) {
                         progress << written;
                         return total == 2500;
                     },
                     &cancelled, &error),
                 qPrintable(error));
        QCOMPARE(progress, (QList<qint64>{1000, 2000, 2500}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2501);
        QVERIFY(lines.first().startsWith(QStringLiteral("Company,Registry number,")));
        QVERIFY(!text.contains(QStringLiteral("secret-visitor-key")));
        QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\"")));
        QVERIFY(!text.contains(QStringLiteral(",=HYPERLINK")));
        QVERIFY(text.contains(QStringLiteral("\"'+31 30 123 451\"")));
        QSet<QString> names;
        for (const QString& line : lines.mid(1))
            names.insert(line.section(u',', 0, 1));
        QCOMPARE(names.size(), 2500);

        // Only the chosen columns, by their command-line keys.
        QCOMPARE(LeadExport::fromKey(QStringLiteral("registry_number")), LeadExport::Column::RegistryNumber);
        QVERIFY(!LeadExport::fromKey(QStringLiteral("visitor_key")));
    }

    void aCancelledExportLeavesNoFileAndKeepsTheOldOne()
    {
        auto cache = cacheWith(2500, QStringLiteral("cancel.cache"));
        QVERIFY(cache);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        bool cancelled = false;
        QString error;
        QVERIFY(!LeadExport::writeCsv(
            *cache, {}, {LeadExport::Column::Name}, path, {}, [](qint64 written, qint64) { return written < 1000; },
            &cancelled, &error));
        QVERIFY(cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files).size(), 0);
        // An earlier export at that path survives a cancelled one.
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier\r\n");
        earlier.close();
        QVERIFY(!LeadExport::writeCsv(
            *cache, {}, {LeadExport::Column::Name}, path, {}, [](qint64, qint64) { return false; }, &cancelled,
            &error));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("earlier\r\n"));
        // A folder that cannot be written: a clear error, in words.
        QVERIFY(!LeadExport::writeCsv(*cache, {}, {LeadExport::Column::Name},
                                      QStringLiteral("/proc/leadscope-cannot/leads.csv"), {}, {}, &cancelled, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "TestCsvExport.moc"
