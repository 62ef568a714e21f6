#include "CsvWriter.h"

#include <QLocale>

namespace leadscope::core {

CsvWriter::CsvWriter(QIODevice* device, Options options)
    : m_device(device)
    , m_options(options)
{
}

bool CsvWriter::isDangerous(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
    case 0:
    case 0xFEFF: // a byte-order mark: a reader may take it as the file's and see what follows first
        return true;
    default:
        return false;
    }
}

QChar CsvWriter::localeDelimiter()
{
    return QLocale().decimalPoint() == QStringLiteral(",") ? QChar(u';') : QChar(u',');
}

QString CsvWriter::field(const QVariant& value) const
{
    const int type = value.typeId();
    if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt ||
        type == QMetaType::ULongLong)
        return value.toString();
    if (type == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15); // a dot, whatever the locale: what spreadsheets import
    QString text = value.toString();
    bool quote = false;
    if (isDangerous(text)) {
        text.prepend(u'\'');
        quote = true;
    }
    if (quote || text.contains(m_options.delimiter) || text.contains(u'"') || text.contains(u'\r') ||
        text.contains(u'\n')) {
        text.replace(u'"', QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

bool CsvWriter::writeRow(const QVariantList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        line += field(fields[i]);
    }
    line += QStringLiteral("\r\n");
    QByteArray bytes;
    if (!m_started && m_options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    m_started = true;
    bytes += line.toUtf8();
    return m_device->write(bytes) == bytes.size();
}

bool CsvWriter::writeHeader(const QStringList& names)
{
    QVariantList fields;
    for (const QString& name : names)
        fields << name;
    return writeRow(fields);
}

} // namespace leadscope::core
