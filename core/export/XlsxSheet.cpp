#include "XlsxSheet.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QUrl>

#include <xlsxwriter.h>

#include <filesystem>
#include <system_error>

namespace leadscope::core {

namespace {
constexpr int kMaxLinks = 65530; // Excel's limit per worksheet
constexpr qsizetype kMaxCellText = 32767;

// A cell's text: cut to Excel's limit, without the control characters other
// than tab and line feed. libxlsxwriter takes a C string (a NUL would cut the
// text) and writes the others as _xHHHH_ escapes, which one reader shows as
// the character and another as those seven letters; no name or page title
// needs them. Also without U+FFFE and U+FFFF, which XML cannot carry.
QByteArray cellText(const QString& text)
{
    QString cell = text.left(kMaxCellText);
    cell.removeIf([](QChar c) {
        return (c.unicode() < 0x20 && c != u'\t' && c != u'\n') || c.unicode() == 0xfffe || c.unicode() == 0xffff;
    });
    return cell.toUtf8();
}

std::filesystem::path nativePath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}
} // namespace

XlsxSheet::XlsxSheet(QString path, const QString& sheetName)
    : m_path(std::move(path))
    , m_sheetName(sheetName)
{
}

XlsxSheet::~XlsxSheet()
{
    discard();
}

bool XlsxSheet::open()
{
    // Reserve a unique name beside the target (same file system: the final
    // rename is atomic), then let libxlsxwriter write the workbook there.
    const QFileInfo target(m_path);
    QTemporaryFile reserve(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        m_error = tr("%1 cannot be written: %2").arg(m_path, reserve.errorString());
        return false;
    }
    m_temporary = reserve.fileName();
    reserve.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    const QByteArray file = QFile::encodeName(m_temporary);
    m_workbook = workbook_new_opt(file.constData(), &options);
    if (!m_workbook) {
        m_error = tr("%1 cannot be written: out of memory or no room for temporary files.").arg(m_path);
        discard();
        return false;
    }
    const QByteArray name = m_sheetName.isEmpty() ? QByteArray() : cellText(m_sheetName.left(31));
    m_sheet = workbook_add_worksheet(m_workbook, name.isEmpty() ? nullptr : name.constData());
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd hh:mm");
    m_link = workbook_add_format(m_workbook);
    format_set_underline(m_link, LXW_UNDERLINE_SINGLE);
    format_set_font_color(m_link, LXW_COLOR_BLUE);
    if (!m_sheet) {
        m_error = tr("%1 cannot be written: the worksheet could not be made.").arg(m_path);
        discard();
        return false;
    }
    return true;
}

bool XlsxSheet::check(int error)
{
    if (error == LXW_NO_ERROR)
        return true;
    if (m_error.isEmpty())
        m_error = tr("%1 cannot be written: %2").arg(m_path, QString::fromUtf8(lxw_strerror(lxw_error(error))));
    return false;
}

void XlsxSheet::setColumnWidth(int column, double characters)
{
    if (m_sheet)
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), characters, nullptr);
}

bool XlsxSheet::writeHeader(const QStringList& titles)
{
    m_columns = int(titles.size());
    for (int column = 0; column < m_columns; ++column) {
        const QByteArray text = cellText(titles.at(column));
        if (!check(worksheet_write_string(m_sheet, 0, lxw_col_t(column), text.constData(), m_bold)))
            return false;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    return true;
}

bool XlsxSheet::writeText(int row, int column, const QString& text)
{
    m_lastRow = std::max(m_lastRow, row);
    if (text.isEmpty())
        return true;
    const QByteArray bytes = cellText(text);
    return check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), bytes.constData(), nullptr));
}

bool XlsxSheet::writeNumber(int row, int column, double value)
{
    m_lastRow = std::max(m_lastRow, row);
    return check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr));
}

bool XlsxSheet::writeDateTime(int row, int column, const QDateTime& time)
{
    m_lastRow = std::max(m_lastRow, row);
    if (!time.isValid())
        return true;
    const QDate date = time.date();
    const QTime clock = time.time();
    lxw_datetime value{date.year(), date.month(), date.day(), clock.hour(), clock.minute(), double(clock.second())};
    return check(worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &value, m_date));
}

bool XlsxSheet::writeLink(int row, int column, const QString& url, const QString& text)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const bool web = parsed.isValid() && !parsed.host().isEmpty() &&
                     (parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http"));
    if (!web || m_links >= kMaxLinks || url.size() > 2079)
        return writeText(row, column, text);
    m_lastRow = std::max(m_lastRow, row);
    const QByteArray link = parsed.toEncoded();
    const QByteArray shown = cellText(text);
    ++m_links;
    return check(worksheet_write_url_opt(m_sheet, lxw_row_t(row), lxw_col_t(column), link.constData(), m_link,
                                         shown.constData(), nullptr));
}

bool XlsxSheet::commit()
{
    if (!m_workbook)
        return false;
    if (m_columns > 0)
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_lastRow), lxw_col_t(m_columns - 1));
    const lxw_error closed = workbook_close(m_workbook); // frees the workbook, whatever happens
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        check(closed);
        discard();
        return false;
    }
    std::error_code error;
    std::filesystem::rename(nativePath(m_temporary), nativePath(m_path), error); // replaces the target atomically
    if (error) {
        m_error = tr("%1 cannot be written: %2").arg(m_path, QString::fromLocal8Bit(error.message()));
        discard();
        return false;
    }
    m_temporary.clear();
    return true;
}

void XlsxSheet::discard()
{
    if (m_workbook) {
        lxw_workbook_free(m_workbook);
        m_workbook = nullptr;
    }
    m_sheet = nullptr;
    if (!m_temporary.isEmpty()) {
        QFile::remove(m_temporary);
        m_temporary.clear();
    }
}

} // namespace leadscope::core
