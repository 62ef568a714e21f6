#include "protocol/Base32.h"
#include "protocol/Totp.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace leadscope;

// `leadscope-server demo`: what ./scripts/demo builds on, from the outside.
class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsAUsableDemo()
    {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("demo.db"));
        QProcess demo;
        demo.setProcessChannelMode(QProcess::MergedChannels);
        demo.start(test::ServerProcess::serverBinary(),
                   {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--out"), dir.path(),
                    QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--companies"),
                    QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY(demo.waitForFinished(240'000));
        const QString log = QString::fromLocal8Bit(demo.readAll());
        QVERIFY2(demo.exitCode() == 0, qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("demo ready")));

        // credentials.txt: one line per user, ROLE EMAIL PASSWORD TOTP_SECRET_BASE32, owner-only.
        QFile credentials(dir.filePath(QStringLiteral("credentials.txt")));
        QCOMPARE(credentials.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(credentials.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(credentials.readAll()).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QStringList roles;
        QStringList admin;
        for (const QString& line : lines) {
            const QStringList fields = line.split(u' ');
            QCOMPARE(fields.size(), 4);
            roles << fields[0];
            QVERIFY(protocol::Base32::decode(fields[3]).value().size() >= 20);
            if (fields[0] == QLatin1String("admin"))
                admin = fields;
        }
        QCOMPARE(roles, (QStringList{QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("sales")}));
        for (const char* file : {"ca.pem", "server.pem", "server.key"})
            QVERIFY(QFile::exists(dir.filePath(QLatin1String(file))));

        // Serve it with the demo's own certificate and sign in with the printed login.
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(test::ServerProcess::serverBinary(),
                     {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                      dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                      dir.filePath(QStringLiteral("server.key"))});
        QString output;
        QUrl url;
        while (server.waitForReadyRead(30'000)) {
            output += QString::fromLocal8Bit(server.readAll());
            const int at = output.indexOf(QStringLiteral("listening on "));
            if (at >= 0) {
                url = QUrl(output.mid(at + 13).section(u' ', 0, 0));
                break;
            }
        }
        QVERIFY2(url.isValid(), qPrintable(output));
        test::ApiTestClient client(url, dir.filePath(QStringLiteral("ca.pem")));
        const auto login = client.call("POST", QStringLiteral("/api/v1/auth/login"),
                                       {{QStringLiteral("email"), admin[1]}, {QStringLiteral("password"), admin[2]}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(QStringLiteral("mfa")).toString(), QStringLiteral("totp")); // already enrolled
        test::TestUser user;
        user.totpSecret = protocol::Base32::decode(admin[3]).value();
        const auto mfa = client.call("POST", QStringLiteral("/api/v1/auth/mfa"),
                                     {{QStringLiteral("mfa_token"), login.json.value(QStringLiteral("mfa_token"))},
                                      {QStringLiteral("code"), user.nextCode()}});
        QCOMPARE(mfa.status, 200);
        const QString access = mfa.json.value(QStringLiteral("access_token")).toString();
        const auto me = client.call("GET", QStringLiteral("/api/v1/me"), {}, access);
        QCOMPARE(me.json.value(QStringLiteral("organisation")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Demo B.V."));
        QCOMPARE(me.json.value(QStringLiteral("websites")).toArray().size(), 2);
        // The DPA is left for the admin to accept; then the visits are there.
        QCOMPARE(client.call("GET", QStringLiteral("/api/v1/sync"), {}, access).status, 451);
        QCOMPARE(client
                     .call("POST", QStringLiteral("/api/v1/dpa/accept"),
                           {{QStringLiteral("version"), QStringLiteral("1.0")}}, access)
                     .status,
                 200);
        const auto sync = client.call("GET", QStringLiteral("/api/v1/sync?limit=10000"), {}, access);
        QCOMPARE(sync.status, 200);
        int companies = 0;
        int visits = 0;
        QSet<QString> paths;
        for (const QJsonValue& change : sync.json.value(QStringLiteral("changes")).toArray()) {
            const QString type = change.toObject().value(QStringLiteral("type")).toString();
            companies += type == QLatin1String("company");
            visits += type == QLatin1String("visit");
            if (type == QLatin1String("pageview"))
                paths << change.toObject()
                             .value(QStringLiteral("data"))
                             .toObject()
                             .value(QStringLiteral("path"))
                             .toString();
        }
        QVERIFY2(companies >= 3, qPrintable(QString::number(companies)));
        QVERIFY(visits >= companies);
        QVERIFY(paths.size() >= 4); // a real site structure, not one page
        // The team at work: the busiest leads carry statuses, tags, assignees and notes, and their
        // history says that the manager and the sales rep (not one account) did it over several days.
        const auto withHistory =
            client.call("GET", QStringLiteral("/api/v1/sync?limit=10000&with=activity,rule_firings"), {}, access);
        QCOMPARE(withHistory.status, 200);
        QSet<QString> statuses;
        QSet<QString> authors;
        QSet<QString> days;
        QSet<QString> annotated;
        int firings = 0;
        const auto byRule = [](const QString& who) {
            return who.startsWith(QLatin1String("rule:"));
        };
        for (const QJsonValue& change : withHistory.json.value(QStringLiteral("changes")).toArray()) {
            const QString type = change.toObject().value(QStringLiteral("type")).toString();
            const QJsonObject data = change.toObject().value(QStringLiteral("data")).toObject();
            // (The demo's rules act too, as the traffic arrives: their edits are theirs.)
            if (type == QLatin1String("annotation") && !byRule(data.value(QStringLiteral("updated_by")).toString())) {
                annotated << data.value(QStringLiteral("company_id")).toString();
                statuses << data.value(QStringLiteral("status")).toString();
                QVERIFY(!data.value(QStringLiteral("note")).toString().isEmpty());
            } else if (type == QLatin1String("activity") && !byRule(data.value(QStringLiteral("by")).toString())) {
                authors << data.value(QStringLiteral("by")).toString();
                days << data.value(QStringLiteral("at")).toString().left(10);
            }
            firings += type == QLatin1String("rule_firing");
        }
        QVERIFY2(firings > 0, "the demo's rules acted on its traffic");
        QCOMPARE(annotated.size(), 4);
        QVERIFY2(statuses.contains(QStringLiteral("qualified")) && statuses.contains(QStringLiteral("contacted")),
                 qPrintable(QStringList(statuses.begin(), statuses.end()).join(u' ')));
        QCOMPARE(authors.size(), 2);
        QVERIFY(days.size() >= 3);
        server.terminate();
        QVERIFY(server.waitForFinished(30'000));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "TestDemo.moc"
