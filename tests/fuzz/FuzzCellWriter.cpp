// Export cells: any text from a registry or a user goes into CSV and XLSX.
// CSV must read back (RFC 4180, with the project's own reader) as exactly the
// fields written, dangerous ones only prefixed with an apostrophe, and no
// field may start as a formula. XLSX must take any text or refuse it cleanly.
#include "FuzzSupport.h"

#include "core/export/CsvWriter.h"
#include "core/export/XlsxSheet.h"
#include "server/tracking/CsvReader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

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

// One workbook takes many inputs (a row each) and is committed every 2 000
// rows: making a workbook per input would measure zip, not the cell writer.
void xlsx(const QStringList& fields)
{
    static const QString path = QDir(fuzz::scratchDirectory()).filePath(QStringLiteral("fuzz-cells.xlsx"));
    static std::unique_ptr<core::XlsxSheet> sheet;
    static int row = 0;
    if (!sheet) {
        sheet = std::make_unique<core::XlsxSheet>(path);
        if (!sheet->open())
            fuzz::fail("cannot open a workbook", sheet->errorString());
        row = 0;
    }
    ++row;
    int column = 0;
    for (const QString& field : fields) {
        const bool ok = sheet->writeText(row, column, field) && sheet->writeLink(row, column + 1, field, field);
        if (!ok && sheet->errorString().isEmpty())
            fuzz::fail("a cell was refused without a reason");
        column += 2;
        if (column > 200)
            break;
    }
    if (row >= 2000) {
        if (!sheet->commit())
            fuzz::fail("cannot commit a workbook", sheet->errorString());
        sheet.reset();
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
