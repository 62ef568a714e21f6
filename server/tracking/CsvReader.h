#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace leadscope::server {

// RFC 4180 records from a device: quoted fields may hold commas, quotes
// ("") and line breaks; CRLF or LF line ends; UTF-8 (a leading BOM is skipped).
class CsvReader
{
public:
    explicit CsvReader(QIODevice* device);

    // Reads the next record into *fields. False at the end or on malformed
    // input (then error() says why). line() is the line the record began on.
    bool next(QStringList* fields);
    int line() const { return m_recordLine; }
    QString error() const { return m_error; }

private:
    QIODevice* m_device;
    int m_line = 0;
    int m_recordLine = 0;
    bool m_first = true;
    QString m_error;
};

} // namespace leadscope::server
