#pragma once

#include <QByteArray>
#include <QChar>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace leadscope::core {

// Writes CSV as RFC 4180 describes it (CRLF line ends; a field with the
// delimiter, a quote, CR or LF is quoted, quotes doubled), UTF-8 with an
// optional byte-order mark for spreadsheet programs.
//
// Formula injection (OWASP "CSV Injection") cannot happen: a text field
// whose first character is = + - @ tab CR LF NUL or U+FEFF gets a leading
// apostrophe, and is quoted — spreadsheets then show it as text, and the
// apostrophe is all that changes ("+31 30 123 4567" becomes
// "'+31 30 123 4567"). Numbers (int, double) are written as numbers: they
// come from Leadscope itself, never from a visitor or a registry. The rule is
// documented in docs/EXPORTS.md.
class CsvWriter
{
public:
    struct Options
    {
        QChar delimiter = u',';
        bool byteOrderMark = false;
    };

    CsvWriter(QIODevice* device, Options options);

    // One record; false when the device refuses (full disk, closed).
    bool writeRow(const QVariantList& fields);
    bool writeHeader(const QStringList& names);

    // The field as it goes into the file (quoted and neutralised as needed).
    QString field(const QVariant& value) const;
    static bool isDangerous(const QString& text);
    // The delimiter the user's locale expects (';' where the decimal mark is ',').
    static QChar localeDelimiter();

private:
    QIODevice* m_device;
    Options m_options;
    bool m_started = false;
};

} // namespace leadscope::core
