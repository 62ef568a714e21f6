#include "tests/support/ServerProcess.h"
#include "tests/support/TestPostgres.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using leadscope::test::ServerProcess;

// The operator's command line is a contract: exit codes and messages.
class TestServerCommandLine : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    static Run run(const QStringList& arguments, const QProcessEnvironment& environment = {})
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(ServerProcess::serverBinary(), arguments);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return {-2, QStringLiteral("timed out: ") + QString::fromLocal8Bit(process.readAll())};
        }
        return {process.exitCode(), QString::fromLocal8Bit(process.readAll())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ServerProcess::serverBinary().isEmpty(), "LEADSCOPE_SERVER_BIN is not set; run through ctest");
        QString error;
        QVERIFY2(!ServerProcess::makeCertificates(m_dir.path(), &error).isEmpty(), qPrintable(error));
    }

    void refusesToServeWithoutTls()
    {
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("a.db")),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.output.contains(QStringLiteral("only serves HTTPS")), qPrintable(result.output));
        QVERIFY(!result.output.contains(QStringLiteral("listening")));
    }

    void refusesAKeyThatIsNotAKey()
    {
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("b.db")),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                                m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                                m_dir.filePath(QStringLiteral("ca.pem"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("private key")), qPrintable(result.output));
    }

    // The key that seals secrets at rest: made once (mode 600, never
    // replaced), and `serve` refuses one others may read, one that is not a
    // key, or none where one is named — before it listens.
    void secretsKeyIsMadeOnceAndGuarded()
    {
        const QString key = m_dir.filePath(QStringLiteral("secrets.key"));
        Run result = run({QStringLiteral("secrets-key"), QStringLiteral("--out"), key});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("secrets key [0-9a-f]{8} written")).match(result.output).hasMatch(),
                 qPrintable(result.output));
        QFile file(key);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                       QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        file.close();
        QCOMPARE(QByteArray::fromBase64(written.trimmed()).size(), 32);
        result = run({QStringLiteral("secrets-key"), QStringLiteral("--out"), key});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("exists already")), qPrintable(result.output));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), written); // untouched
        file.close();

        const auto serve = [this](const QString& keyFile) {
            return run({QStringLiteral("serve"), QStringLiteral("--db"),
                        QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("k.db")), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                        m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                        m_dir.filePath(QStringLiteral("server.key")), QStringLiteral("--secrets-key"), keyFile});
        };
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        result = serve(key);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.output.contains(QStringLiteral("chmod 600")), qPrintable(result.output));
        QVERIFY(!result.output.contains(QStringLiteral("listening")));

        const QString notAKey = m_dir.filePath(QStringLiteral("not-a.key"));
        QFile other(notAKey);
        QVERIFY(other.open(QIODevice::WriteOnly) && other.write("hello\n") == 6);
        other.close();
        QVERIFY(other.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        result = serve(notAKey);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.output.contains(QStringLiteral("not a key made by")), qPrintable(result.output));

        result = serve(m_dir.filePath(QStringLiteral("missing.key")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.output.contains(QStringLiteral("does not exist")), qPrintable(result.output));

        // Without --secrets-key, the systemd credential `secrets-key` is the key (held to the same checks).
        QTemporaryDir credentials;
        QVERIFY(QFile::copy(notAKey, credentials.filePath(QStringLiteral("secrets-key"))));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
        result = run({QStringLiteral("serve"), QStringLiteral("--db"),
                      QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("k.db")), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                      m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                      m_dir.filePath(QStringLiteral("server.key"))},
                     environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.output.contains(QStringLiteral("not a key made by")), qPrintable(result.output));
    }

    void refusesABadDatabaseUrl()
    {
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("mysql://x@y/z"),
                                QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("server.pem")),
                                QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("server.key"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.output.contains(QStringLiteral("sqlite:")), qPrintable(result.output));
    }

    void refusesAStoreWithoutSchema()
    {
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("empty.db")),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                                m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                                m_dir.filePath(QStringLiteral("server.key"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("leadscope-server init")), qPrintable(result.output));
    }

    void initIsIdempotentAndAddsOrganisationsAndUsers()
    {
        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("accounts.db"));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        QString output;
        QString error;
        QVERIFY2(ServerProcess::run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                     QStringLiteral("--name"), QStringLiteral("Demo B.V."), QStringLiteral("--domain"),
                                     QStringLiteral("demo.example"), QStringLiteral("--domain"),
                                     QStringLiteral("Shop.Demo.Example")},
                                    &output, &error),
                 qPrintable(error));
        QStringList lines = output.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        const QString orgId = lines[0];
        QVERIFY(!orgId.contains(u' '));
        QVERIFY(lines[1].split(u' ').size() == 2 && lines[2].split(u' ').size() == 2);
        QVERIFY(output.contains(QStringLiteral(" shop.demo.example"))); // normalised
        // Without --password-stdin: the user id, then a generated one-time password.
        QVERIFY2(ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                     QStringLiteral("--org"), orgId, QStringLiteral("--email"),
                                     QStringLiteral("admin@demo.example"), QStringLiteral("--role"),
                                     QStringLiteral("admin")},
                                    &output, &error),
                 qPrintable(error));
        lines = output.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[1].size() >= 20);
        // With --password-stdin: the user id alone.
        QVERIFY2(ServerProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                     QStringLiteral("--org"), orgId, QStringLiteral("--email"),
                                     QStringLiteral("rep@demo.example"), QStringLiteral("--role"),
                                     QStringLiteral("sales"), QStringLiteral("--password-stdin")},
                                    &output, &error, "a long enough password\n"),
                 qPrintable(error));
        QCOMPARE(output.trimmed().split(u'\n').size(), 1);
        // The same e-mail twice, a bad role, an unknown organisation.
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                      QStringLiteral("--org"), orgId, QStringLiteral("--email"), QStringLiteral("rep@demo.example"),
                      QStringLiteral("--role"), QStringLiteral("sales")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                      QStringLiteral("--org"), orgId, QStringLiteral("--email"), QStringLiteral("x@demo.example"),
                      QStringLiteral("--role"), QStringLiteral("boss")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                      QStringLiteral("--org"), QStringLiteral("no-such-org"), QStringLiteral("--email"),
                      QStringLiteral("y@demo.example"), QStringLiteral("--role"), QStringLiteral("sales")})
                     .exitCode,
                 1);
        QCOMPARE(
            run({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                 QStringLiteral("Bad"), QStringLiteral("--domain"), QStringLiteral("not a domain")})
                .exitCode,
            2);
    }

    void reportsAPortInUse()
    {
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"),
                      QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c.db"))})
                     .exitCode,
                 0);
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c.db")),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort()),
                                QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("server.pem")),
                                QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("server.key"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("Cannot listen")), qPrintable(result.output));
    }

    void reportsAnUnreachablePostgres()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        const Run result = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                QStringLiteral("postgres://nobody@127.0.0.1:%1/none?sslmode=disable").arg(closedPort),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                                m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                                m_dir.filePath(QStringLiteral("server.key"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("Cannot open the store")), qPrintable(result.output));
    }

    void postgresIsReachedOverVerifiedTls()
    {
        QString error;
        const QString db = leadscope::test::TestPostgres::createDatabase(&error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        QVERIFY2(db.contains(QStringLiteral("sslrootcert=")), qPrintable(db));
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        // The same store behind a certificate from another CA: refused, and said why.
        QString other = db;
        other.replace(QRegularExpression(QStringLiteral("sslrootcert=[^&]*")),
                      QStringLiteral("sslrootcert=") + m_dir.filePath(QStringLiteral("ca.pem")));
        const Run wrongCa = run({QStringLiteral("init"), QStringLiteral("--db"), other});
        QCOMPARE(wrongCa.exitCode, 1);
        QVERIFY2(wrongCa.output.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(wrongCa.output));
        // No CA named: verification is still on, and the message says how to give one.
        QString unnamed = db;
        unnamed.remove(QRegularExpression(QStringLiteral("\\?sslrootcert=[^&]*")));
        const Run noCa = run({QStringLiteral("init"), QStringLiteral("--db"), unnamed});
        QCOMPARE(noCa.exitCode, 1);
        QVERIFY2(noCa.output.contains(QStringLiteral("sslrootcert=FILE")), qPrintable(noCa.output));
        // A password in the URL would show in `ps`: refused before anything connects.
        QString withPassword = db;
        withPassword.replace(QStringLiteral("postgres://leadscope@"), QStringLiteral("postgres://leadscope:pw@"));
        const Run password = run({QStringLiteral("init"), QStringLiteral("--db"), withPassword});
        QCOMPARE(password.exitCode, 2);
        QVERIFY2(password.output.contains(QStringLiteral("password file")), qPrintable(password.output));
        QVERIFY(!password.output.contains(QStringLiteral(":pw@")));
    }

    void helpAndUnknownCommands()
    {
        Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.output.contains(QStringLiteral("serve")));
        result = run({QStringLiteral("serve"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.output.contains(QStringLiteral("--tls-cert")));
        result = run({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.output.contains(QStringLiteral("unknown command")));
        result = run({});
        QCOMPARE(result.exitCode, 2);
    }

    void stopsCleanlyOnSigterm()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(server.stop(&error), qPrintable(error));
        QVERIFY(server.output().contains(QStringLiteral("stopped")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestServerCommandLine)
#include "TestServerCommandLine.moc"
