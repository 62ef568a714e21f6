#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

namespace leadscope::server {

// Appends one compact JSON object to a byte array, field by field, for the
// ingest writer's change-log payloads: building a QJsonObject only to
// serialise it cost a fifth of the writer's time (measured). The text is byte
// for byte what QJsonDocument(object).toJson(Compact) writes, as long as the
// fields come in key order (QJsonObject sorts them; debug builds check it).
// Strings that need any escaping are written by Qt's own JSON writer.
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(QByteArray* out);
    JsonObjectWriter(const JsonObjectWriter&) = delete;
    JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;
    ~JsonObjectWriter();

    JsonObjectWriter& add(QLatin1StringView key, const QString& value);
    JsonObjectWriter& add(QLatin1StringView key, qint64 value);
    // Text that needs no escaping (printable ASCII without quotes or backslashes), such as Clock::isoAscii.
    JsonObjectWriter& addAscii(QLatin1StringView key, QByteArrayView value);
    JsonObjectWriter& addNull(QLatin1StringView key);
    // `json` is already JSON text (a nested object written by another writer).
    JsonObjectWriter& addJson(QLatin1StringView key, QByteArrayView json);
    // Closes the object (the destructor does it otherwise).
    void close();

    // A JSON string literal, quotes included, as QJsonDocument writes it.
    static void appendString(QByteArray* out, const QString& value);

private:
    void key(QLatin1StringView name);

    QByteArray* m_out;
    bool m_first = true;
    bool m_closed = false;
#ifndef QT_NO_DEBUG
    QLatin1StringView m_lastKey;
#endif
};

} // namespace leadscope::server
