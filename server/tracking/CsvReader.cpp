#include "server/tracking/CsvReader.h"

#include <QStringDecoder>

namespace leadscope::server {

namespace {

// A field's bytes as text. Unlike QString::fromUtf8, a U+FEFF at the start of
// a field is kept: only the file's own byte-order mark is not content.
QString text(const QByteArray& field)
{
    if (field.isEmpty())
        return QStringLiteral(""); // empty, never null
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder(field);
}

} // namespace

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{
}

bool CsvReader::next(QStringList* fields)
{
    fields->clear();
    QByteArray line = m_device->readLine();
    if (line.isEmpty())
        return false;
    ++m_line;
    m_recordLine = m_line;
    if (m_first) {
        m_first = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
    }
    QByteArray field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    qsizetype i = 0;
    for (;;) {
        if (i >= line.size()) {
            if (!quoted)
                break;
            // A quoted field continues on the next line.
            const QByteArray more = m_device->readLine();
            if (more.isEmpty()) {
                m_error = QStringLiteral("a quoted field is not closed");
                return false;
            }
            ++m_line;
            line = more;
            i = 0;
            continue;
        }
        const char c = line[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            field.append(c);
            ++i;
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || fieldWasQuoted) {
                m_error = QStringLiteral("a quote inside an unquoted field");
                return false;
            }
            quoted = true;
            fieldWasQuoted = true;
            ++i;
        } else if (c == ',') {
            fields->append(text(field));
            field.clear();
            fieldWasQuoted = false;
            ++i;
        } else if (c == '\r' || c == '\n') {
            break;
        } else {
            if (fieldWasQuoted) {
                m_error = QStringLiteral("text after a closing quote");
                return false;
            }
            field.append(c);
            ++i;
        }
    }
    fields->append(text(field));
    return true;
}

} // namespace leadscope::server
