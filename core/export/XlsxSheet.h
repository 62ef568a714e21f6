#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace leadscope::core {

// One worksheet of an .xlsx file, written row by row through libxlsxwriter
// (constant-memory mode: rows go to disk as they come, so 100 000 rows cost
// no more memory than ten). Like QSaveFile it is all or nothing: the
// workbook is written beside the target and renamed over it by commit();
// without commit() nothing appears and an existing file is untouched.
//
// Only typed values and hyperlinks are written — there is no call that
// writes a formula, so a cell can never be one, whatever text it holds.
class XlsxSheet
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheet)

public:
    explicit XlsxSheet(QString path, const QString& sheetName = QString());
    ~XlsxSheet();
    XlsxSheet(const XlsxSheet&) = delete;
    XlsxSheet& operator=(const XlsxSheet&) = delete;

    // False + errorString() when the temporary workbook cannot be made.
    bool open();

    // Widths in characters; call before the first row.
    void setColumnWidth(int column, double characters);
    // A bold header row, frozen while scrolling, with an autofilter over the
    // columns that commit() stretches to the last row written.
    bool writeHeader(const QStringList& titles);
    bool writeText(int row, int column, const QString& text);
    bool writeNumber(int row, int column, double value);
    bool writeDateTime(int row, int column, const QDateTime& time); // shown as yyyy-mm-dd hh:mm
    // An http(s) link shown as `text`; anything else, or past Excel's
    // 65 530 links per sheet, is written as plain text.
    bool writeLink(int row, int column, const QString& url, const QString& text);

    bool commit();
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

private:
    bool check(int error);
    void discard();

    QString m_path;
    QString m_sheetName;
    QString m_temporary;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_link = nullptr;
    int m_columns = 0;
    int m_lastRow = 0;
    int m_links = 0;
    QString m_error;
};

} // namespace leadscope::core
