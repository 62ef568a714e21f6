#include "server/domain/SignIns.h"
#include "server/domain/SuspiciousActivity.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Store.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestPostgres.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;
using server::SignIns;

// Admission and lockout over time, on both stores, with the clock as an
// argument: what the API tests cannot wait for (an hour between guesses,
// locks that expire and grow, the hourly cap).
class TestSignInAdmission : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_files;
    std::unique_ptr<server::Store> m_store;
    SignIns::Account m_account;
    static constexpr qint64 kStart = 1'800'000'000'000; // 2027-01-15
    static constexpr qint64 kMinute = 60'000;

    SignIns::Failure fail(qint64 nowMs)
    {
        server::SuspiciousActivity suspicious;
        SignIns::Failure failure;
        QString error;
        if (!SignIns::recordFailure(m_store->connection(), nowMs, m_account, QStringLiteral("login_failed"), suspicious,
                                    &failure, &error))
            qWarning("%s", qPrintable(error));
        return failure;
    }

    SignIns::Admission admit(qint64 nowMs, int maxPerHour = 100)
    {
        SignIns::Admission admission;
        QString error;
        if (!SignIns::admit(m_store->connection(), nowMs, m_account.id, maxPerHour, &admission, &error))
            qWarning("%s", qPrintable(error));
        if (admission.admitted())
            SignIns::releaseAttempt(m_store->connection(), m_account.id, &error);
        return admission;
    }

private Q_SLOTS:
    void initTestCase_data() { test::TestPostgres::addStoreRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, store);
        QString error;
        const QString db =
            store == QLatin1String("postgresql")
                ? test::TestPostgres::createDatabase(&error)
                : QStringLiteral("sqlite:") +
                      m_files.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"));
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        QString output;
        QVERIFY2(test::ServerProcess::run({QStringLiteral("init"), QStringLiteral("--db"), db}, &output, &error),
                 qPrintable(error));
        QVERIFY2(test::ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                           QStringLiteral("--name"), QStringLiteral("Time B.V."),
                                           QStringLiteral("--domain"), QStringLiteral("time.example")},
                                          &output, &error),
                 qPrintable(error));
        const QString orgId = output.section(u'\n', 0, 0);
        QVERIFY2(test::ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                           QStringLiteral("--org"), orgId, QStringLiteral("--email"),
                                           QStringLiteral("someone@time.example"), QStringLiteral("--role"),
                                           QStringLiteral("sales"), QStringLiteral("--password-stdin")},
                                          &output, &error, "a password for the clock test\n"),
                 qPrintable(error));
        const auto url = server::DatabaseUrl::parse(db, &error);
        QVERIFY2(url, qPrintable(error));
        m_store = std::make_unique<server::Store>(*url);
        QVERIFY2(m_store->open(&error), qPrintable(error));
        bool found = false;
        QVERIFY(SignIns::loadByEmail(m_store->connection(), QStringLiteral("someone@time.example"), &m_account, &found,
                                     &error) &&
                found);
    }

    void cleanup()
    {
        if (m_store)
            m_store->closeThreadConnection();
        m_store.reset();
    }

    void oneWrongPasswordAnHourNeverLocks()
    {
        // A colleague's typo now and then (or someone keeping an account locked
        // with one guess an hour): failures older than an hour are forgotten.
        for (int hour = 0; hour < 12; ++hour) {
            const SignIns::Failure failure = fail(kStart + hour * 61 * kMinute);
            QCOMPARE(failure.failures, 1);
            QCOMPARE(failure.lockedUntil, 0);
        }
        QVERIFY(admit(kStart + 12 * 61 * kMinute).admitted());
    }

    void locksExpireAndGrowUpToFifteenMinutes()
    {
        qint64 now = kStart;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(fail(now += 1000).lockedUntil, 0);
        // Fifth failure: 30 s, then 60 s, 2, 4, 8 min, then capped at 15 min.
        const QList<qint64> expected{30'000, 60'000, 120'000, 240'000, 480'000, 900'000, 900'000};
        for (const qint64 span : expected) {
            const SignIns::Failure failure = fail(now);
            QCOMPARE(failure.lockedUntil - now, span);
            const SignIns::Admission locked = admit(now + span - 1000);
            QCOMPARE(locked.refusal, SignIns::Admission::Refusal::Locked);
            QCOMPARE(locked.retryAfterMs, 1000);
            QVERIFY(admit(now + span).admitted()); // expired exactly then
            now += span + 1000;
        }
    }

    void anAdmittedAttemptHoldsTheAccount()
    {
        SignIns::Admission first;
        QString error;
        QVERIFY(SignIns::admit(m_store->connection(), kStart, m_account.id, 100, &first, &error));
        QVERIFY(first.admitted());
        // A parallel attempt while the first is being judged: refused, not judged.
        SignIns::Admission second;
        QVERIFY(SignIns::admit(m_store->connection(), kStart + 500, m_account.id, 100, &second, &error));
        QCOMPARE(second.refusal, SignIns::Admission::Refusal::Busy);
        // A crashed request's lease runs out by itself.
        SignIns::Admission later;
        QVERIFY(SignIns::admit(m_store->connection(), kStart + SignIns::kAttemptLeaseMs, m_account.id, 100, &later,
                               &error));
        QVERIFY(later.admitted());
        QVERIFY(SignIns::releaseAttempt(m_store->connection(), m_account.id, &error));
        QVERIFY(admit(kStart + SignIns::kAttemptLeaseMs + 1).admitted());
    }

    void theHourlyCapCountsEveryAttempt()
    {
        for (int i = 0; i < 100; ++i)
            QVERIFY(admit(kStart + i * 1000).admitted());
        const SignIns::Admission capped = admit(kStart + 100'000);
        QCOMPARE(capped.refusal, SignIns::Admission::Refusal::HourlyCap);
        QCOMPARE(capped.retryAfterMs, 3600'000 - 100'000);
        QVERIFY(admit(kStart + 3600'000).admitted()); // a new hour
    }
};

QTEST_GUILESS_MAIN(TestSignInAdmission)
#include "TestSignInAdmission.moc"
