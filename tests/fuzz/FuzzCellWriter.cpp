// Export cells: any text from a registry or a user goes into CSV and XLSX.
// CSV must read back (RFC 4180, with the project's own reader) as exactly the
// fields written, dangerous ones only prefixed with an apostrophe, and no
// field may start as a formula. XLSX must take any text or refuse it cleanly,
// and each workbook is read back by openpyxl (tests/support/read_xlsx.py):
// every cell holds the text written (cut at Excel's 32 767 characters).
#include "FuzzSupport.h"

#include "core/export/CsvWriter.h"
#include "core/export/XlsxSheet.h"
#include "server/tracking/CsvReader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>

#include <memory>

using namespace leadscope;

namespace {

void csvRoundTrip(const QStringList& fields, bool bom)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    core::CsvWriter writer(&buffer, {u',', bom});
    QVariantList row;
    for (const QString& field : fields)
        row.append(field);
    if (!writer.writeRow(row))
        fuzz::fail("a buffer refused a row");
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    server::CsvReader reader(&buffer);
    QStringList back;
    if (!reader.next(&back))
        fuzz::fail("written CSV does not read back", reader.error());
    if (fields.size() == 1 && fields.first().isEmpty())
        return; // one empty field is an empty line, which reads as nothing to compare
    if (back.size() != fields.size())
        fuzz::fail("field count changed");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const bool dangerous = core::CsvWriter::isDangerous(fields[i]);
        const QString expected = dangerous ? u'\'' + fields[i] : fields[i];
        if (back[i] != expected)
            fuzz::fail("field changed on the way", back[i]);
        const QChar first = back[i].isEmpty() ? QChar() : back[i].front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@')
            fuzz::fail("a field starts like a formula", back[i]);
    }
    QStringList more;
    if (reader.next(&more))
        fuzz::fail("one row read back as two");
}

// What a cell must read back as: the text as UTF-8 can carry it, cut to
// Excel's limit, without control characters but tab and line feed (and
// U+FFFE, U+FFFF); an empty cell is no cell.
QJsonValue expectedCell(const QString& text)
{
    QString cell;
    for (const QChar c : text.left(32767)) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 || u == 0x09 || u == 0x0a) && u != 0xfffe && u != 0xffff)
            cell.append(c);
    }
    if (cell.isEmpty())
        return QJsonValue::Null;
    // (A leading U+FEFF is text here, not a byte-order mark to skip.)
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return QString(decoder(cell.toUtf8()));
}

void readBack(const QString& path, const QList<QJsonArray>& written)
{
    // Debian's own python3 first: it is the one with python3-openpyxl.
    static const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                    : QStringLiteral("python3");
    QProcess reader;
    reader.start(python, {QStringLiteral(LEADSCOPE_READ_XLSX), path});
    if (!reader.waitForFinished(120'000) || reader.exitCode() != 0)
        fuzz::fail("openpyxl cannot read the workbook", QString::fromUtf8(reader.readAllStandardError()));
    const QJsonArray rows =
        QJsonDocument::fromJson(reader.readAllStandardOutput()).object().value(QStringLiteral("rows")).toArray();
    for (qsizetype r = 0; r < written.size(); ++r) {
        const QJsonArray cells = rows.at(r + 1).toArray(); // row 0 is left empty
        for (qsizetype c = 0; c < written[r].size(); ++c) {
            // (openpyxl leaves out rows and columns past the last cell that holds something.)
            const QJsonValue read = cells.at(c).isUndefined() ? QJsonValue(QJsonValue::Null) : cells.at(c);
            if (read != written[r].at(c))
                fuzz::fail("a cell reads back changed",
                           QStringLiteral("row %1 column %2: wrote %3, read %4")
                               .arg(r + 1)
                               .arg(c)
                               .arg(QString::fromLatin1(written[r].at(c).toString().toUtf8().toHex()),
                                    QString::fromLatin1(cells.at(c).toString().toUtf8().toHex())));
        }
    }
}

// One workbook takes many inputs (a row each) and is committed and read back
// every 500 rows: a workbook per input would measure zip and Python, not the
// cell writer.
void xlsx(const QStringList& fields)
{
    static const QString path = QDir(fuzz::scratchDirectory()).filePath(QStringLiteral("fuzz-cells.xlsx"));
    static std::unique_ptr<core::XlsxSheet> sheet;
    static QList<QJsonArray> written;
    if (!sheet) {
        sheet = std::make_unique<core::XlsxSheet>(path);
        if (!sheet->open())
            fuzz::fail("cannot open a workbook", sheet->errorString());
        written.clear();
    }
    const int row = int(written.size()) + 1;
    QJsonArray cells;
    int column = 0;
    for (const QString& field : fields) {
        const bool ok = sheet->writeText(row, column, field) && sheet->writeLink(row, column + 1, field, field);
        if (!ok && sheet->errorString().isEmpty())
            fuzz::fail("a cell was refused without a reason");
        if (!ok)
            return; // refused, in words: the workbook is not read back
        cells << expectedCell(field) << expectedCell(field);
        column += 2;
        if (column > 200)
            break;
    }
    written.append(cells);
    if (written.size() >= 500) {
        if (!sheet->commit())
            fuzz::fail("cannot commit a workbook", sheet->errorString());
        sheet.reset();
        readBack(path, written);
        QFile::remove(path);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QStringList fields = QString::fromUtf8(fuzz::bytes(data + 1, size - 1)).split(QChar(0x1f));
    if (data[0] & 1)
        xlsx(fields);
    else
        csvRoundTrip(fields, data[0] & 2);
    return 0;
}
