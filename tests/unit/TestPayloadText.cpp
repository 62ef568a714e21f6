#include "server/base/Clock.h"
#include "server/base/JsonObjectWriter.h"
#include "server/tracking/MatchProvenance.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using leadscope::server::Clock;
using leadscope::server::JsonObjectWriter;
using leadscope::server::MatchProvenance;

// The ingest writer writes its change-log payloads (what every desktop syncs)
// without QJsonObject and QDateTime::toString. What clients receive must not
// change by a byte: each text here is compared with what Qt's own writers
// give for the same values.
class TestPayloadText : public QObject
{
    Q_OBJECT
private:
    static QString qtIso(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    }

    static QByteArray qtCompact(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void timesAreWrittenAsQDateTimeWritesThem()
    {
        const qint64 day = 86'400'000;
        QList<qint64> times{0,
                            1,
                            999,
                            -1,
                            -day,
                            951'782'400'000 - 1,  // 2000-02-28T23:59:59.999 (a leap year's Feb 29 follows)
                            951'868'800'000,      // 2000-03-01
                            4'107'542'400'000,    // 2100-03-01 (2100 is no leap year)
                            1'796'603'968'123,    // 2026-12-07
                            -62'135'596'800'000,  // 0001-01-01T00:00:00.000Z, the first the fast path writes
                            -62'135'596'800'001,  // year 0: Qt writes nothing
                            253'402'300'799'999,  // 9999-12-31T23:59:59.999Z, its last
                            253'402'300'800'000,  // year 10000: Qt's text
                            -62'167'219'200'001}; // year -1: Qt's text
        QRandomGenerator random(27);
        for (int i = 0; i < 20'000; ++i)
            times.append(qint64(random.bounded(quint64(253'402'300'800'000 + 62'167'219'200'000))) -
                         62'167'219'200'000);
        for (const qint64 ms : std::as_const(times)) {
            QCOMPARE(Clock::iso(ms), qtIso(ms));
            QCOMPARE(Clock::isoAscii(ms), qtIso(ms).toLatin1());
        }
        QVERIFY(Clock::iso(1'796'603'968'123).startsWith(QStringLiteral("2026-12-07T00:39:28.123")));
    }

    void stringsAreEscapedAsQJsonDocumentEscapesThem()
    {
        QStringList values{QString(),
                           QStringLiteral("plain /path?q=1&r=2"),
                           QStringLiteral("say \"hi\" \\ there"),
                           QStringLiteral("tab\there, line\nbreak, cr\r, ff\f, bs\b"),
                           QStringLiteral("Café Zürich — 日本語"),
                           QStringLiteral("emoji 😀 pair"),
                           QStringLiteral("<script>alert(1)</script>")};
        for (char16_t u = 0; u < 0x80; ++u)
            values.append(QStringLiteral("a") + QChar(u) + QStringLiteral("b"));
        values.append(QString(QChar(0xd800)) + QStringLiteral("lone high"));
        values.append(QStringLiteral("lone low") + QChar(0xdc00));
        values.append(QString(QChar(0x2028)) + QChar(0xfeff) + QChar(0xfffd));
        for (const QString& value : std::as_const(values)) {
            QByteArray out;
            JsonObjectWriter(&out).add(QLatin1StringView("v"), value);
            QCOMPARE(out, qtCompact(QJsonObject{{QStringLiteral("v"), value}}));
            // …and read back as the same text (what a client parses).
            if (!value.contains(QChar(0xd800)) && !value.contains(QChar(0xdc00)))
                QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("v")).toString(), value);
        }
    }

    void objectsAreWrittenAsQJsonDocumentWritesThem()
    {
        QByteArray inner;
        JsonObjectWriter(&inner).add(QLatin1StringView("at"), QStringLiteral("x")).addNull(QLatin1StringView("z"));
        QByteArray out;
        JsonObjectWriter(&out)
            .add(QLatin1StringView("a"), qint64(0))
            .add(QLatin1StringView("b"), qint64(-42))
            .add(QLatin1StringView("c"), qint64(9'007'199'254'740'993)) // past a double's integers
            .addNull(QLatin1StringView("d"))
            .addJson(QLatin1StringView("e"), inner)
            .add(QLatin1StringView("f"), QStringLiteral("é"));
        QCOMPARE(out,
                 qtCompact(QJsonObject{{QStringLiteral("a"), 0},
                                       {QStringLiteral("b"), -42},
                                       {QStringLiteral("c"), qint64(9'007'199'254'740'993)},
                                       {QStringLiteral("d"), QJsonValue()},
                                       {QStringLiteral("e"), QJsonObject{{QStringLiteral("at"), QStringLiteral("x")},
                                                                         {QStringLiteral("z"), QJsonValue()}}},
                                       {QStringLiteral("f"), QStringLiteral("é")}}));
        QByteArray empty;
        JsonObjectWriter(&empty).close();
        QCOMPARE(empty, qtCompact(QJsonObject{}));
    }

    void aMatchIsWrittenAsItsJsonObjectWould()
    {
        MatchProvenance match;
        match.confidence = MatchProvenance::High;
        match.rangeKey = QStringLiteral("abc");
        match.sourceId = 3;
        match.sourceFormat = QStringLiteral("leadscope");
        match.sourceFile = QStringLiteral("ranges \"2026\".csv");
        match.sourceAt = 1'796'603'968'123;
        match.prefixLength = 24;
        match.ipVersion = 4;
        match.rangeKind = QStringLiteral("company");
        match.linkedBy = QStringLiteral("registry_number");
        const auto expected = [](const MatchProvenance& m) {
            QJsonObject source{{QStringLiteral("format"), m.sourceFormat}, {QStringLiteral("file"), m.sourceFile}};
            source.insert(QStringLiteral("at"), m.sourceAt > 0 ? QJsonValue(Clock::iso(m.sourceAt)) : QJsonValue());
            return qtCompact(QJsonObject{{QStringLiteral("confidence"), MatchProvenance::confidenceName(m.confidence)},
                                         {QStringLiteral("range_kind"), m.rangeKind},
                                         {QStringLiteral("prefix_length"), m.prefixLength},
                                         {QStringLiteral("ip_version"), m.ipVersion},
                                         {QStringLiteral("linked_by"), m.linkedBy},
                                         {QStringLiteral("source"), source}});
        };
        QCOMPARE(match.toJsonText(), expected(match));
        match.markCorrected();
        QCOMPARE(match.toJsonText(), expected(match));
        QVERIFY(match.toJsonText().contains("\"at\":null"));
    }
};

QTEST_GUILESS_MAIN(TestPayloadText)
#include "TestPayloadText.moc"
