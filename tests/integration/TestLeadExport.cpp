#include "core/cache/Cache.h"
#include "core/export/CsvWriter.h"
#include "core/export/LeadExport.h"
#include "core/export/LeadReport.h"
#include "core/export/XlsxSheet.h"
#include "core/query/DataStore.h"
#include "core/query/Team.h"
#include "core/sync/ChangeApplier.h"
#include "protocol/Crypto.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>

#include <optional>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace leadscope;
using namespace leadscope::core;

// Lead lists as CSV, XLSX and PDF, read back by programs nobody here wrote
// (LibreOffice, openpyxl, pdftotext): RFC 4180 quoting, no formula can reach
// a spreadsheet (while a Dutch phone number stays readable), numbers stay
// numbers and dates dates, every matching company exactly once, nothing
// personal in the file, and a cancelled export leaves no file behind — nor
// touches an existing one.
class TestLeadExport : public QObject
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

    // What an attacker might name a company to get a formula into a sales team's spreadsheet.
    static const QStringList& hostileNames()
    {
        static const QStringList names{QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("@SUM(1+1)"),
                                       QStringLiteral("+31 20 555 0101"), QStringLiteral("-2")};
        return names;
    }

    static QString tool(const QString& name)
    {
        // Debian's own first: its python3 is the one with python3-openpyxl.
        QString path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/bin")});
        if (path.isEmpty())
            path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            qWarning("%s is missing: ./scripts/deps installs it", qPrintable(name));
        return path;
    }

    // Runs a program to completion; its stdout, or a failure with its stderr.
    static bool runTool(const QString& program, const QStringList& arguments, QByteArray* out, QString* error)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(180'000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            *error = program + QStringLiteral(": ") + QString::fromUtf8(process.readAllStandardError());
            return false;
        }
        *out = process.readAllStandardOutput();
        return true;
    }

    static qint64 cacheCount(Cache& cache, const char* sql)
    {
        QString error;
        SqliteStatement query = cache.db().prepare(QString::fromLatin1(sql), &error);
        return query.isValid() && query.next() ? query.int64(0) : -1;
    }

    static QJsonObject readXlsx(const QString& path)
    {
        QByteArray out;
        QString error;
        if (!runTool(
                tool(QStringLiteral("python3")),
                {qEnvironmentVariable("LEADSCOPE_SOURCE_DIR") + QStringLiteral("/tests/support/read_xlsx.py"), path},
                &out, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return QJsonDocument::fromJson(out).object();
    }

    // LibreOffice converts `file` to `format` in `m_dir`; the converted file's path.
    QString libreOffice(const QString& file, const QString& format, const QStringList& extra = {})
    {
        const QString soffice = tool(QStringLiteral("soffice"));
        QByteArray out;
        QString error;
        const QString profile = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString();
        const QString outDir = m_dir.filePath(QStringLiteral("lo-out"));
        QStringList arguments{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                              QStringLiteral("--norestore"), QStringLiteral("--convert-to"), format};
        arguments << extra << QStringLiteral("--outdir") << outDir << file;
        if (soffice.isEmpty() || !runTool(soffice, arguments, &out, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return QDir(outDir).filePath(QFileInfo(file).completeBaseName() + u'.' + format.section(u':', 0, 0));
    }

    std::unique_ptr<Cache> cacheWith(int companies, const QString& name, const QByteArray& key = {})
    {
        Cache::OpenResult result;
        auto cache =
            Cache::open(m_dir.filePath(name), key.isEmpty() ? protocol::Crypto::randomBytes(32) : key, &result);
        if (!cache)
            return nullptr;
        QJsonArray changes;
        for (int i = 0; i < companies; ++i) {
            const QString id = QStringLiteral("kvk-%1").arg(i);
            changes.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("company")},
                {QStringLiteral("op"), QStringLiteral("upsert")},
                {QStringLiteral("id"), id},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("name"), i < hostileNames().size()
                                                          ? hostileNames().at(i)
                                                          : QStringLiteral("Bedrijf %1, B.V.").arg(i)},
                             {QStringLiteral("registry_number"), QStringLiteral("%1").arg(i, 8, 10, QLatin1Char('0'))},
                             {QStringLiteral("website"), QStringLiteral("www.bedrijf%1.nl").arg(i)},
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
    void initTestCase()
    {
        // LEADSCOPE_KEEP_TEST_FILES=1 keeps the files to look at (the PDF report, the workbooks).
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("LEADSCOPE_KEEP_TEST_FILES"));
        if (!m_dir.autoRemove())
            qInfo("files in %s", qPrintable(m_dir.path()));
    }

    void quotingAndFormulaInjection()
    {
        QCOMPARE(csv({QStringLiteral("plain"), 42, 2.5}), QStringLiteral("plain,42,2.5\r\n"));
        QCOMPARE(csv({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}),
                 QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
        // Each dangerous first character is neutralised with an apostrophe, and quoted.
        for (const QString& bad : {QStringLiteral("=1+1"), QStringLiteral("+1+1"), QStringLiteral("-1+1"),
                                   QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx"),
                                   QStringLiteral("\nx"), QString(QString(QChar(0)) + QStringLiteral("x")),
                                   QString(QString(QChar(0xFEFF)) + QStringLiteral("=1+1"))}) {
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
    void xlsxReadByOpenpyxlHasTypedCellsAndNoFormula()
    {
        auto cache = cacheWith(2500, QStringLiteral("xlsx.cache"));
        QVERIFY(cache);
        const QString path = m_dir.filePath(QStringLiteral("leads.xlsx"));
        QList<qint64> progress;
        bool cancelled = false;
        QString error;
        QVERIFY2(LeadExport::writeXlsx(
                     *cache, {}, LeadExport::allColumns(), path,
                     [&](qint64 written, qint64) {
                         progress << written;
                         return true;
                     },
                     &cancelled, &error),
                 qPrintable(error));
        QCOMPARE(progress, (QList<qint64>{1000, 2000, 2500}));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden).size(), 0);
        const QJsonObject book = readXlsx(path);
        QVERIFY2(!book.isEmpty(), "openpyxl could not read the file");
        QCOMPARE(book.value(QStringLiteral("formula_cells")).toInt(), 0);
        QCOMPARE(book.value(QStringLiteral("freeze_panes")).toString(), QStringLiteral("A2"));
        QCOMPARE(book.value(QStringLiteral("autofilter")).toString(), QStringLiteral("A1:N2501"));
        QVERIFY(book.value(QStringLiteral("widths")).toObject().value(QStringLiteral("A")).toDouble() >= 30);
        const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
        const QJsonArray types = book.value(QStringLiteral("types")).toArray();
        QCOMPARE(rows.size(), 2501);
        QCOMPARE(rows.at(0).toArray().at(0).toString(), QStringLiteral("Company"));

        // Row for row what the leads list holds, in its order, with types a spreadsheet can sum and sort.
        QList<LeadsQuery::Row> source;
        QVERIFY(LeadsQuery(*cache).page({}, LeadsQuery::Sort::LastVisit, std::nullopt, 5000, &source, &error));
        QCOMPARE(source.size(), 2500);
        const QJsonObject links = book.value(QStringLiteral("hyperlinks")).toObject();
        for (int i = 0; i < source.size(); ++i) {
            const QJsonArray cells = rows.at(i + 1).toArray();
            const QJsonArray kinds = types.at(i + 1).toArray();
            const LeadsQuery::Row& lead = source.at(i);
            QCOMPARE(cells.at(0).toString(), lead.name);
            QCOMPARE(kinds.at(0).toString(), QStringLiteral("s"));
            QCOMPARE(cells.at(1).toString(), lead.registryNumber); // leading zeros kept: text
            QCOMPARE(cells.at(6).toString(), lead.phone);          // +31 … as text
            QCOMPARE(kinds.at(6).toString(), QStringLiteral("s"));
            QCOMPARE(cells.at(7).toDouble(), double(lead.visits)); // numbers
            QCOMPARE(kinds.at(7).toString(), QStringLiteral("n"));
            QCOMPARE(cells.at(9).toString(), QDateTime::fromMSecsSinceEpoch(lead.lastVisit, QTimeZone::utc())
                                                 .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
            QCOMPARE(kinds.at(9).toString(), QStringLiteral("d"));
            QCOMPARE(cells.at(10).toInt(), lead.score);
            QCOMPARE(links.value(QStringLiteral("F%1").arg(i + 2)).toString(),
                     QStringLiteral("https://") + lead.website);
        }
        // The hostile names are there, character for character, as plain text.
        QStringList names;
        for (const QJsonValue& row : rows)
            names << row.toArray().at(0).toString();
        for (const QString& hostile : hostileNames())
            QVERIFY2(names.contains(hostile), qPrintable(hostile));
        // No visitor key anywhere in the package's parts (searched unzipped:
        // the file itself is compressed, where no search could find it).
        // The controls: the keys are in the data exported, and the search
        // finds what is in the sheet.
        QVERIFY(cacheCount(*cache, "SELECT count(*) FROM visits WHERE visitor_key LIKE 'secret-visitor-key-%'") > 0);
        const QString xml = book.value(QStringLiteral("xml")).toString();
        QVERIFY(xml.contains(source.at(0).registryNumber));
        QVERIFY(xml.contains(QStringLiteral("<sheetData>")) || xml.contains(QStringLiteral("<sheetData ")));
        QVERIFY(!xml.contains(QStringLiteral("secret-visitor-key")));
    }

    void libreOfficeReadsBothFilesAsText()
    {
        auto cache = cacheWith(40, QStringLiteral("lo.cache"));
        QVERIFY(cache);
        bool cancelled = false;
        QString error;
        const QList<LeadExport::Column> columns{LeadExport::Column::Name, LeadExport::Column::Phone,
                                                LeadExport::Column::Visits};
        const QString csvPath = m_dir.filePath(QStringLiteral("lo-leads.csv"));
        QVERIFY2(LeadExport::writeCsv(*cache, {}, columns, csvPath, {u',', true}, {}, &cancelled, &error),
                 qPrintable(error));
        const QString xlsxPath = m_dir.filePath(QStringLiteral("lo-sheet.xlsx"));
        QVERIFY2(LeadExport::writeXlsx(*cache, {}, columns, xlsxPath, {}, &cancelled, &error), qPrintable(error));

        // CSV opened by LibreOffice (comma, quote, UTF-8) and saved as a workbook: no formula anywhere.
        const QString fromCsv =
            libreOffice(csvPath, QStringLiteral("xlsx"), {QStringLiteral("--infilter=CSV:44,34,76,1")});
        QVERIFY2(QFile::exists(fromCsv), "LibreOffice did not convert the CSV");
        const QJsonObject book = readXlsx(fromCsv);
        QCOMPARE(book.value(QStringLiteral("formula_cells")).toInt(), 0);
        const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 41);
        int hostileSeen = 0;
        for (int i = 1; i < rows.size(); ++i) {
            const QJsonArray cells = rows.at(i).toArray();
            const QString name = cells.at(0).toString();
            QVERIFY2(cells.at(0).isString(), qPrintable(QString::fromUtf8(QJsonDocument(cells).toJson())));
            for (const QString& hostile : hostileNames()) {
                // Shown as written (a leading apostrophe at most), never evaluated.
                if (name == hostile || name == u'\'' + hostile)
                    ++hostileSeen;
            }
            QVERIFY2(cells.at(1).toString().contains(QStringLiteral("+31 30 123 45")),
                     qPrintable(cells.at(1).toString()));
            QVERIFY(cells.at(2).isDouble()); // a number stays a number
        }
        QCOMPARE(hostileSeen, hostileNames().size());

        // The workbook opened by LibreOffice and saved as CSV: the hostile text came through as text.
        const QString fromXlsx = libreOffice(xlsxPath, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"));
        QFile csv(fromXlsx);
        QVERIFY2(csv.open(QIODevice::ReadOnly), "LibreOffice did not convert the workbook");
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QStringLiteral("\"=HYPERLINK(\"\"http://evil\"\")\"")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("@SUM(1+1)")));
        QVERIFY(text.contains(QStringLiteral("+31 20 555 0101")));
        QVERIFY(!text.contains(QStringLiteral("\nhttp://evil"))); // what an evaluated HYPERLINK would show
    }

    void pdfReportHasEveryCompanyAndNothingPersonal()
    {
        auto cache = cacheWith(30, QStringLiteral("pdf.cache"));
        QVERIFY(cache);
        LeadsQuery::Filter filter;
        filter.city = QStringLiteral("Utrecht");
        QTextDocument document;
        bool cancelled = false;
        QString error;
        QList<qint64> progress;
        LeadReport::Options options;
        options.scope = QStringLiteral("Utrecht prospects");
        options.companyPages = true;
        QVERIFY2(LeadReport::build(
                     *cache, filter, options, &document,
                     [&](qint64 done, qint64) {
                         progress << done;
                         return true;
                     },
                     &cancelled, &error),
                 qPrintable(error));
        QCOMPARE(progress.size(), 30);
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(LeadReport::writePdf(&document, QStringLiteral("Lead report"), path, &error), qPrintable(error));
        QByteArray text;
        QVERIFY2(runTool(tool(QStringLiteral("pdftotext")),
                         {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}, &text, &error),
                 qPrintable(error));
        const QString pdf = QString::fromUtf8(text);
        QVERIFY2(pdf.contains(QStringLiteral("Utrecht prospects")) && pdf.contains(QStringLiteral("city Utrecht")),
                 qPrintable(pdf.left(600)));
        for (int i = hostileNames().size(); i < 30; ++i)
            QVERIFY2(pdf.contains(QStringLiteral("Bedrijf %1, B.V.").arg(i)), qPrintable(QString::number(i)));
        QVERIFY(pdf.contains(QStringLiteral("=HYPERLINK(\"http://evil\")")));
        QVERIFY(!pdf.contains(QStringLiteral("secret-visitor-key")));
        QVERIFY(pdf.contains(QStringLiteral("Latest visits")));

        // One company's profile.
        QTextDocument profile;
        QVERIFY2(LeadReport::buildCompany(*cache, QStringLiteral("kvk-7"), {}, &profile, &error), qPrintable(error));
        const QString profilePath = m_dir.filePath(QStringLiteral("profile.pdf"));
        QVERIFY2(LeadReport::writePdf(&profile, QStringLiteral("Bedrijf 7"), profilePath, &error), qPrintable(error));
        QVERIFY(runTool(tool(QStringLiteral("pdftotext")), {profilePath, QStringLiteral("-")}, &text, &error));
        QVERIFY2(QString::fromUtf8(text).contains(QStringLiteral("Bedrijf 7, B.V.")), text.constData());
        QVERIFY(QString::fromUtf8(text).contains(QStringLiteral("00000007")));
        QVERIFY(!LeadReport::buildCompany(*cache, QStringLiteral("kvk-none"), {}, &profile, &error));
        QVERIFY2(error.contains(QStringLiteral("no longer")), qPrintable(error));

        // A document of thousands of companies is refused in words, before any work.
        auto big = cacheWith(LeadReport::kMaxCompanies + 1, QStringLiteral("big.cache"));
        QVERIFY(big);
        QTextDocument tooMuch;
        QVERIFY(!LeadReport::build(*big, {}, {}, &tooMuch, {}, &cancelled, &error));
        QVERIFY2(error.contains(QStringLiteral("at most 500")), qPrintable(error));
    }

    // The list report is something to hand on: one line per company (about 50
    // to an A4 page, no row split over two pages, the headings on every page),
    // status labels and colleagues' names, in the list's order, and small.
    void pdfListReportIsCompactAndReadyToHandOn()
    {
        auto cache = cacheWith(119, QStringLiteral("compact.cache"));
        QVERIFY(cache);
        QString error;
        QVERIFY2(Team::replace(*cache, R"({"team":[{"id":"u-anna","email":"anna@bedrijf.example","role":"sales"}]})",
                               &error),
                 qPrintable(error));
        QJsonArray changes;
        for (int i = 0; i < 119; i += 3)
            changes.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("annotation")},
                {QStringLiteral("op"), QStringLiteral("upsert")},
                {QStringLiteral("id"), QStringLiteral("kvk-%1").arg(i)},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), QStringLiteral("contacted")},
                                                     {QStringLiteral("assignee"), QStringLiteral("u-anna")},
                                                     {QStringLiteral("tags"), QJsonArray{}}}}});
        ChangeApplier applier(*cache);
        ChangeApplier::Outcome outcome;
        QVERIFY2(applier.apply(QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                                         {QStringLiteral("cursor"), QStringLiteral("c1:2")},
                                                         {QStringLiteral("has_more"), false}})
                                   .toJson(),
                               &outcome, &error),
                 qPrintable(error));

        const auto write = [&](const LeadsQuery::Filter& filter, const LeadReport::Options& options,
                               const QString& name) {
            QTextDocument document;
            bool cancelled = false;
            const QString path = m_dir.filePath(name);
            if (!LeadReport::build(*cache, filter, options, &document, {}, &cancelled, &error) ||
                !LeadReport::writePdf(&document, QStringLiteral("Lead report"), path, &error))
                return QString();
            return path;
        };
        LeadReport::Options options;
        options.order = {LeadsQuery::Sort::Name, Qt::AscendingOrder};
        const QString path = write({}, options, QStringLiteral("list.pdf"));
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QByteArray info;
        QVERIFY2(runTool(tool(QStringLiteral("pdfinfo")), {path}, &info, &error), qPrintable(error));
        const QRegularExpressionMatch pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info));
        QVERIFY(pages.hasMatch());
        QVERIFY2(pages.captured(1).toInt() <= (119 * 3 + 49) / 50, qPrintable(pages.captured(1))); // ≤ 3 per 50
        QVERIFY2(QFileInfo(path).size() < 400 * 1024, qPrintable(QString::number(QFileInfo(path).size())));

        QByteArray text;
        QVERIFY2(runTool(tool(QStringLiteral("pdftotext")),
                         {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                          QStringLiteral("-")},
                         &text, &error),
                 qPrintable(error));
        const QStringList pageTexts = QString::fromUtf8(text).split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages.captured(1).toInt());
        for (const QString& page : pageTexts)
            QVERIFY2(page.contains(QStringLiteral("Company")) && page.contains(QStringLiteral("Assignee")),
                     qPrintable(page.left(300))); // the headings on every page
        QStringList order;
        for (int i = hostileNames().size(); i < 119; ++i) {
            const QString name = QStringLiteral("Bedrijf %1, B.V.").arg(i);
            int lines = 0;
            for (const QString& line : QString::fromUtf8(text).split(u'\n')) {
                if (!line.contains(name + u' '))
                    continue;
                ++lines; // the whole row on one line: name, city, status, assignee
                QVERIFY2(line.contains(QStringLiteral("Utrecht")), qPrintable(line));
                QCOMPARE(line.contains(QStringLiteral("Contacted")), i % 3 == 0);
                QCOMPARE(line.contains(QStringLiteral("anna@bedrijf.example")), i % 3 == 0);
                QVERIFY2(!line.contains(QStringLiteral("u-anna")) && !line.contains(QStringLiteral("contacted")),
                         qPrintable(line));
            }
            QCOMPARE(lines, 1);
        }
        // The list's order: by name, so "Bedrijf 10" comes before "Bedrijf 9".
        const QString all = QString::fromUtf8(text);
        QVERIFY(all.indexOf(QStringLiteral("Bedrijf 10, B.V.")) < all.indexOf(QStringLiteral("Bedrijf 9, B.V.")));

        // Filtered by assignee: the filter is said with the colleague's name.
        LeadsQuery::Filter mine;
        mine.assignee = QStringLiteral("u-anna");
        const QString assigned = write(mine, {}, QStringLiteral("assigned.pdf"));
        QVERIFY2(!assigned.isEmpty(), qPrintable(error));
        QVERIFY(runTool(tool(QStringLiteral("pdftotext")), {assigned, QStringLiteral("-")}, &text, &error));
        QVERIFY2(QString::fromUtf8(text).contains(QStringLiteral("assigned to anna@bedrijf.example")),
                 text.left(600).constData());
    }

    void closingTheStoreStopsARunningExport()
    {
        // Sign-out, lock or quit while an export runs: the store stops it, waits for it, and no file appears.
        const QByteArray key = protocol::Crypto::randomBytes(32);
        QVERIFY(cacheWith(20'000, QStringLiteral("shutdown.cache"), key));
        const QString path = m_dir.filePath(QStringLiteral("shutdown.xlsx"));
        std::atomic_bool started{false};
        bool done = false;
        {
            DataStore store(m_dir.filePath(QStringLiteral("shutdown.cache")), protocol::SecretBytes(key));
            store.runLong<bool>(
                this,
                [&](Cache& cache, const std::atomic_bool& stop, QString* error) {
                    bool cancelled = false;
                    return LeadExport::writeXlsx(
                        cache, {}, LeadExport::allColumns(), path,
                        [&](qint64, qint64) {
                            started = true;
                            return !stop;
                        },
                        &cancelled, error);
                },
                [&](bool, const QString&) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(started, 30'000);
        } // the store goes while the export is under way
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".shutdown*")}, QDir::Files | QDir::Hidden).size(), 0);
        QCoreApplication::processEvents();
        QVERIFY(!done); // nobody is told about work of a store that has gone
    }

#ifdef Q_OS_LINUX
    // On two busy cores the window's thread goes first, then the screens'
    // queries, then an export (and a sync): a repaint never waits for a
    // query, a query never for an export. Linux: each thread's nice value.
    void theWindowGoesBeforeTheQueriesAndTheQueriesBeforeAnExport()
    {
        const QByteArray key = protocol::Crypto::randomBytes(32);
        QVERIFY(cacheWith(10, QStringLiteral("priorities.cache"), key));
        const auto nice = [] {
            return ::getpriority(PRIO_PROCESS, id_t(::gettid()));
        };
        DataStore store(m_dir.filePath(QStringLiteral("priorities.cache")), protocol::SecretBytes(key));
        std::optional<int> query, exporting;
        store.run<int>(
            this, [&](Cache&, QString*) { return nice(); }, [&](int value, const QString&) { query = value; });
        store.runLong<int>(
            this, [&](Cache&, const std::atomic_bool&, QString*) { return nice(); },
            [&](int value, const QString&) { exporting = value; });
        QTRY_VERIFY_WITH_TIMEOUT(query && exporting, 30'000);
        const int window = nice();
        QVERIFY2(
            window < *query && *query < *exporting,
            qPrintable(QStringLiteral("window %1, queries %2, export %3").arg(window).arg(*query).arg(*exporting)));
    }
#endif

    void aCancelledWorkbookLeavesNoFile()
    {
        auto cache = cacheWith(2500, QStringLiteral("xlsx-cancel.cache"));
        QVERIFY(cache);
        const QString path = m_dir.filePath(QStringLiteral("kept.xlsx"));
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
        earlier.close();
        bool cancelled = false;
        QString error;
        QVERIFY(!LeadExport::writeXlsx(
            *cache, {}, {LeadExport::Column::Name}, path, [](qint64 written, qint64) { return written < 2000; },
            &cancelled, &error));
        QVERIFY(cancelled);
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("earlier"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".kept*")}, QDir::Files | QDir::Hidden).size(), 0);
        QVERIFY(!LeadExport::writeXlsx(*cache, {}, {LeadExport::Column::Name},
                                       QStringLiteral("/proc/leadscope-cannot/leads.xlsx"), {}, &cancelled, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
    }

    void controlCharactersLeaveTheCellTheSameForEveryReader()
    {
        // Found by FuzzCellWriter reading its workbooks back: a NUL cut the cell's text (libxlsxwriter
        // takes a C string), and other control characters became _xHHHH_ escapes that openpyxl shows
        // as seven letters and Excel as the character. A byte-order mark is text and stays.
        const QString path = m_dir.filePath(QStringLiteral("control.xlsx"));
        XlsxSheet sheet(path);
        QVERIFY(sheet.open());
        const QStringList written{QStringLiteral("Acme") + QChar(0) + QStringLiteral(" B.V."),
                                  QStringLiteral("Bell") + QChar(7) + QStringLiteral(" & Co"),
                                  QStringLiteral("Two\nlines\tand a tab"), QChar(0xfeff) + QStringLiteral("Bom")};
        for (int i = 0; i < written.size(); ++i)
            QVERIFY2(sheet.writeText(i, 0, written[i]), qPrintable(sheet.errorString()));
        QVERIFY2(sheet.commit(), qPrintable(sheet.errorString()));
        const QJsonArray rows = readXlsx(path).value(QStringLiteral("rows")).toArray();
        QStringList read;
        for (const QJsonValue& row : rows)
            read << row.toArray().at(0).toString();
        QCOMPARE(read, (QStringList{QStringLiteral("Acme B.V."), QStringLiteral("Bell & Co"),
                                    QStringLiteral("Two\nlines\tand a tab"), QChar(0xfeff) + QStringLiteral("Bom")}));
    }
};

QTEST_MAIN(TestLeadExport)
#include "TestLeadExport.moc"
