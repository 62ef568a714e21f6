#include "core/CredentialStore.h"
#include "core/cache/LocalCache.h"
#include "protocol/Base32.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ClientProcess.h"
#include "tests/support/DemoServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;

// `leadscope login | sync | status | logout` as a script runs them: real
// binary, real server over HTTPS, real gnome-keyring (tests/fixtures/with-keyring),
// secrets only on stdin, documented exit codes.
class TestTerminalClient : public QObject
{
    Q_OBJECT
private:
    test::DemoServer m_demo;

    static test::ClientProcess::Result leadscope(const QStringList& arguments, const QByteArray& input = {})
    {
        return test::ClientProcess::run(arguments, input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/fixtures/with-keyring");
        QString error;
        QVERIFY2(m_demo.start(&error, 600, 10), qPrintable(error));
    }

    void loginSyncStatusLogout()
    {
        // Not signed in yet.
        QCOMPARE(leadscope({QStringLiteral("sync")}).exit, 5);
        // A wrong password: exit 1 and the reason, nothing kept.
        test::ClientProcess::Result run = leadscope(
            {QStringLiteral("login"), QStringLiteral("--server"), m_demo.process().url().toString(),
             QStringLiteral("--ca"), m_demo.process().caFile(), QStringLiteral("--email"), m_demo.admin().email},
            "not the password\n");
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains(QStringLiteral("password is wrong")), qPrintable(run.err));

        run = leadscope({QStringLiteral("login"), QStringLiteral("--server"), m_demo.process().url().toString(),
                         QStringLiteral("--ca"), m_demo.process().caFile(), QStringLiteral("--email"),
                         m_demo.admin().email},
                        m_demo.admin().password + '\n' + m_demo.admin().nextCode().toLatin1() + '\n');
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Signed in to")), qPrintable(run.out));

        // The refresh token is in the Secret Service — and in no file.
        const core::CredentialResult token = test::ClientProcess::keychainRead(core::CredentialStore::keyFor(
            m_demo.process().url(), m_demo.admin().email.toLower(), QStringLiteral("refresh-token")));
        QVERIFY2(token.ok(), qPrintable(token.message));
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int looked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && !file.fileName().contains(QStringLiteral("keyrings"))) {
                ++looked;
                QVERIFY2(!file.readAll().contains(token.secret.bytes()), qPrintable(file.fileName()));
            }
        }
        QVERIFY(looked > 0); // the settings file at least
        // What an administrator would check: the Secret Service lists it.
        QProcess secretTool;
        secretTool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                         QStringLiteral("server"), QStringLiteral("Leadscope")});
        QVERIFY(secretTool.waitForFinished(30'000));
        const QByteArray listed = secretTool.readAllStandardOutput() + secretTool.readAllStandardError();
        QVERIFY2(listed.contains("refresh-token"), listed.constData());

        run = leadscope({QStringLiteral("status")});
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.contains(m_demo.admin().email) && run.out.contains(QStringLiteral("never")),
                 qPrintable(run.out));

        // Before the DPA: its own exit code and the reason.
        run = leadscope({QStringLiteral("sync")});
        QCOMPARE(run.exit, 4);
        QVERIFY2(run.err.contains(QStringLiteral("Data Processing Agreement")), qPrintable(run.err));
        QString error;
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error));

        run = leadscope({QStringLiteral("sync")});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Synced ")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("Syncing")), qPrintable(run.err)); // progress on stderr
        const QString cache = core::LocalCache::pathFor(m_demo.process().url(), m_demo.admin().email);
        QVERIFY(QFile::exists(cache));
        run = leadscope({QStringLiteral("sync")}); // incremental: nothing new
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Synced 0 changes")), qPrintable(run.out));
        run = leadscope({QStringLiteral("status")});
        QCOMPARE(run.exit, 0);
        QVERIFY2(run.out.contains(QStringLiteral("companies")) && run.out.contains(QStringLiteral("encrypted")),
                 qPrintable(run.out));

        // A lead list for a scheduled job: granted by the server (and audited), then written.
        const QString csv = QDir(QDir::homePath()).filePath(QStringLiteral("hot.csv"));
        run = leadscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--filter"), QStringLiteral("{\"min_visits\":1}"), QStringLiteral("--columns"),
                         QStringLiteral("name,city,visits"), QStringLiteral("--delimiter"), QStringLiteral(";"),
                         QStringLiteral("-o"), csv});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(written.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("Company;City;Visits"));
        QVERIFY2(run.out.contains(QStringLiteral("Wrote %1 companies").arg(lines.size() - 1)), qPrintable(run.out));
        QVERIFY(lines.size() > 1);
        for (const QString& line : lines.mid(1))
            QVERIFY2(line.section(u';', -1).toInt() >= 1, qPrintable(line));
        {
            test::ApiTestClient api(m_demo.process().url(), m_demo.process().caFile());
            const QString access = api.signIn(m_demo.admin()).access;
            const auto audit = api.call("GET", QStringLiteral("/api/v1/audit"), {}, access);
            QVERIFY2(audit.body.contains("export"), audit.body.constData());
        }
        // The same list as a workbook, and one city's companies as a PDF report.
        const QString xlsx = QDir(QDir::homePath()).filePath(QStringLiteral("hot.xlsx"));
        run = leadscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                         QStringLiteral("--filter"), QStringLiteral("{\"min_visits\":1}"), QStringLiteral("-o"), xlsx});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QCOMPARE(workbook.read(2), QByteArray("PK")); // a zip container, as .xlsx is
        const QString firstName = lines.at(1).section(u';', 0, 0);
        const QString firstCity = lines.at(1).section(u';', 1, 1);
        const QString pdf = QDir(QDir::homePath()).filePath(QStringLiteral("city.pdf"));
        run = leadscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                         QStringLiteral("--filter"),
                         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("city"), firstCity}}).toJson()),
                         QStringLiteral("-o"), pdf});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60'000));
        const QString report = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(report.contains(QStringLiteral("Lead report")) && report.contains(firstCity),
                 qPrintable(report.left(500)));
        QVERIFY2(report.contains(QString(firstName).remove(u'"')), qPrintable(firstName));
        // Bad arguments: usage, nothing written.
        const auto misspelt =
            leadscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--filter"), QStringLiteral("{\"cty\":\"Utrecht\"}"), QStringLiteral("-o"),
                       QDir(QDir::homePath()).filePath(QStringLiteral("no.csv"))});
        QCOMPARE(misspelt.exit, 2);
        QVERIFY2(misspelt.err.contains(QStringLiteral("“cty” is not a filter condition")), qPrintable(misspelt.err));
        QVERIFY(!QFile::exists(QDir(QDir::homePath()).filePath(QStringLiteral("no.csv"))));
        QCOMPARE(leadscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--columns"), QStringLiteral("visitor_key"), QStringLiteral("-o"), csv})
                     .exit,
                 2);

        // Sign-out: revoked, token and key gone, the file gone (crypto-shredded).
        run = leadscope({QStringLiteral("logout")});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY(!QFile::exists(cache));
        QCOMPARE(test::ClientProcess::keychainRead(
                     core::LocalCache::keychainKeyFor(m_demo.process().url(), m_demo.admin().email))
                     .error,
                 core::CredentialError::NotFound);
        QCOMPARE(test::ClientProcess::keychainRead(core::CredentialStore::keyFor(m_demo.process().url(),
                                                                                 m_demo.admin().email.toLower(),
                                                                                 QStringLiteral("refresh-token")))
                     .error,
                 core::CredentialError::NotFound);
        test::ApiTestClient api(m_demo.process().url(), m_demo.process().caFile());
        QCOMPARE(api.call("POST", QStringLiteral("/api/v1/auth/refresh"),
                          {{QStringLiteral("refresh_token"), QString::fromLatin1(token.secret.bytes())}})
                     .status,
                 401);
        QCOMPARE(leadscope({QStringLiteral("sync")}).exit, 5);

        // A sales rep may sync but not export: the server refuses, exit 6, no file.
        run = leadscope({QStringLiteral("login"), QStringLiteral("--server"), m_demo.process().url().toString(),
                         QStringLiteral("--ca"), m_demo.process().caFile(), QStringLiteral("--email"),
                         m_demo.sales().email},
                        m_demo.sales().password + '\n' + m_demo.sales().nextCode().toLatin1() + '\n');
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY2(leadscope({QStringLiteral("sync")}).exit == 0, "sales sync");
        const QString refused = QDir(QDir::homePath()).filePath(QStringLiteral("refused.csv"));
        run = leadscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("-o"), refused});
        QCOMPARE(run.exit, 6);
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(leadscope({QStringLiteral("logout")}).exit, 0);
    }
};

QTEST_GUILESS_MAIN(TestTerminalClient)
#include "TestTerminalClient.moc"
