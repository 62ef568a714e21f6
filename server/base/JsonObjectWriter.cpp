#include "server/base/JsonObjectWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace leadscope::server {

JsonObjectWriter::JsonObjectWriter(QByteArray* out)
    : m_out(out)
{
    m_out->append('{');
}

JsonObjectWriter::~JsonObjectWriter()
{
    close();
}

void JsonObjectWriter::close()
{
    if (!m_closed)
        m_out->append('}');
    m_closed = true;
}

void JsonObjectWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_closed);
#ifndef QT_NO_DEBUG
    Q_ASSERT_X(m_first || m_lastKey < name, "JsonObjectWriter", "fields must come in key order");
    m_lastKey = name;
#endif
    if (!m_first)
        m_out->append(',');
    m_first = false;
    m_out->append('"').append(name.data(), name.size()).append("\":", 2);
}

void JsonObjectWriter::appendString(QByteArray* out, const QString& value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || c.isSurrogate()) {
            // Escapes, and pairs or lone halves of surrogates: Qt's rules.
            const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            out->append(QByteArrayView(array).sliced(1, array.size() - 2)); // without [ ]
            return;
        }
    }
    out->append('"').append(value.toUtf8()).append('"');
}

JsonObjectWriter& JsonObjectWriter::add(QLatin1StringView name, const QString& value)
{
    key(name);
    appendString(m_out, value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(QLatin1StringView name, qint64 value)
{
    key(name);
    m_out->append(QByteArray::number(value));
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addAscii(QLatin1StringView name, QByteArrayView value)
{
    Q_ASSERT(
        std::all_of(value.begin(), value.end(), [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; }));
    key(name);
    m_out->append('"').append(value).append('"');
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addNull(QLatin1StringView name)
{
    key(name);
    m_out->append("null", 4);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addJson(QLatin1StringView name, QByteArrayView json)
{
    key(name);
    m_out->append(json);
    return *this;
}

} // namespace leadscope::server
