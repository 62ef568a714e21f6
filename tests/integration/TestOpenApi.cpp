#include "server/runtime/Server.h"
#include "server/runtime/Services.h"
#include "server/store/DatabaseUrl.h"
#include "tests/support/DemoServer.h"
#include "tests/support/OpenApiCheck.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace leadscope;
using test::ApiTestClient;

// docs/openapi.yaml describes the server as it is: every route the server
// registers is in the document and every documented route exists; real
// answers of a running server (HTTPS, the demo data) validate against the
// schemas the document gives their status. The checking is Debian's
// python3-jsonschema, through tests/openapi/check-openapi (OpenApiCheck);
// webhook bodies are checked where they are received (TestTracking,
// TestWebhookDelivery).
class TestOpenApi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_files;
    test::DemoServer m_demo;
    std::unique_ptr<ApiTestClient> m_client;
    QJsonArray m_captures;

    // Calls the server and keeps what it answered, under the documented route.
    ApiTestClient::Reply capture(const QByteArray& method, const QString& route, const QString& path,
                                 const QString& bearer = {}, const QJsonObject& body = {})
    {
        ApiTestClient::Reply reply = m_client->call(method, path, body, bearer);
        const QJsonDocument parsed = QJsonDocument::fromJson(reply.body);
        m_captures.append(QJsonObject{
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("route"), route},
            {QStringLiteral("status"), reply.status},
            {QStringLiteral("body"), parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(QJsonValue::Null)}});
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.start(&error, 100, 5), qPrintable(error));
        QVERIFY2(m_demo.acceptDpa(&error), qPrintable(error));
        m_client = std::make_unique<ApiTestClient>(m_demo.process().url(), m_demo.process().caFile());
    }

    // The routes of a server as it starts, against the document's paths.
    void everyRouteIsDocumentedAndEveryDocumentedRouteServed()
    {
        QString error;
        server::ServeOptions options;
        options.database = *server::DatabaseUrl::parse(
            QStringLiteral("sqlite:") + m_files.filePath(QStringLiteral("routes.db")), &error);
        server::Services services(options);
        QVERIFY2(services.store.open(&error) && services.store.migrate(&error) && services.start(options, &error),
                 qPrintable(error));
        QJsonArray routes;
        for (const auto& [method, pattern] : services.router.routes())
            routes.append(QJsonArray{QString::fromLatin1(method), pattern});
        QVERIFY(routes.size() > 50);
        QString output;
        const int result = test::OpenApiCheck::run(QStringLiteral("routes"), routes, &output);
        QVERIFY2(result == 0, qPrintable(output));
        qInfo("%s", qPrintable(output.trimmed()));
        // The check can fail: a route the document does not have is named.
        routes.append(QJsonArray{QStringLiteral("GET"), QStringLiteral("/api/v1/not-documented")});
        QCOMPARE(test::OpenApiCheck::run(QStringLiteral("routes"), routes, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("not documented: GET /api/v1/not-documented")), qPrintable(output));
    }

    // What the running server answers, against the document's schemas.
    void answersMatchTheDocumentedSchemas()
    {
        const QString admin = m_client->signIn(m_demo.admin()).access;
        QVERIFY(!admin.isEmpty());
        capture("GET", QStringLiteral("/api/v1/health"), QStringLiteral("/api/v1/health"));
        capture("GET", QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/me"), admin);
        capture("GET", QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/me")); // 401
        capture("GET", QStringLiteral("/api/v1/team"), QStringLiteral("/api/v1/team"), admin);
        capture("GET", QStringLiteral("/api/v1/users"), QStringLiteral("/api/v1/users"), admin);
        capture("GET", QStringLiteral("/api/v1/audit"), QStringLiteral("/api/v1/audit"), admin);
        capture("GET", QStringLiteral("/api/v1/dpa"), QStringLiteral("/api/v1/dpa"), admin);
        capture("GET", QStringLiteral("/api/v1/sync"), QStringLiteral("/api/v1/sync?limit=200"), admin);
        capture("GET", QStringLiteral("/api/v1/segments"), QStringLiteral("/api/v1/segments"), admin);
        capture("GET", QStringLiteral("/api/v1/rules"), QStringLiteral("/api/v1/rules"), admin);
        capture("GET", QStringLiteral("/api/v1/ignored"), QStringLiteral("/api/v1/ignored"), admin);
        capture("GET", QStringLiteral("/api/v1/traffic"), QStringLiteral("/api/v1/traffic"), admin);
        capture("GET", QStringLiteral("/api/v1/corrections"), QStringLiteral("/api/v1/corrections"), admin);
        capture("GET", QStringLiteral("/api/v1/registry/companies"), QStringLiteral("/api/v1/registry/companies?q=bv"),
                admin);
        capture("GET", QStringLiteral("/api/v1/target-lists"), QStringLiteral("/api/v1/target-lists"), admin);
        capture("GET", QStringLiteral("/api/v1/account/alerts"), QStringLiteral("/api/v1/account/alerts"), admin);
        capture("GET", QStringLiteral("/api/v1/admin/mail"), QStringLiteral("/api/v1/admin/mail"), admin);
        capture("GET", QStringLiteral("/api/v1/admin/webhooks"), QStringLiteral("/api/v1/admin/webhooks"), admin);
        capture("POST", QStringLiteral("/api/v1/segments"), QStringLiteral("/api/v1/segments"), admin,
                {{QStringLiteral("name"), QStringLiteral("Utrecht")},
                 {QStringLiteral("filter"), QJsonObject{{QStringLiteral("city"), QStringLiteral("Utrecht")}}},
                 {QStringLiteral("sharing"), QStringLiteral("view")}});
        capture("POST", QStringLiteral("/api/v1/segments"), QStringLiteral("/api/v1/segments"), admin,
                {{QStringLiteral("name"), QStringLiteral("Typo")},
                 {QStringLiteral("filter"), QJsonObject{{QStringLiteral("cty"), 1}}}}); // 400
        const auto created = capture(
            "POST", QStringLiteral("/api/v1/admin/api-tokens"), QStringLiteral("/api/v1/admin/api-tokens"), admin,
            {{QStringLiteral("name"), QStringLiteral("Warehouse")},
             {QStringLiteral("scopes"),
              QJsonArray{QStringLiteral("leads"), QStringLiteral("visits"), QStringLiteral("segments")}},
             {QStringLiteral("code"), m_demo.admin().nextCode()}});
        QCOMPARE(created.status, 201);
        capture("GET", QStringLiteral("/api/v1/admin/api-tokens"), QStringLiteral("/api/v1/admin/api-tokens"), admin);
        const QString token = created.json.value(QStringLiteral("secret")).toString();
        const auto companies = capture("GET", QStringLiteral("/api/v1/read/companies"),
                                       QStringLiteral("/api/v1/read/companies?limit=20"), token);
        QCOMPARE(companies.status, 200);
        const QString company = companies.json.value(QStringLiteral("companies"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        QVERIFY2(!company.isEmpty(), companies.body.left(400).constData());
        capture("GET", QStringLiteral("/api/v1/read/companies/{id}"),
                QStringLiteral("/api/v1/read/companies/") + company, token);
        capture("GET", QStringLiteral("/api/v1/read/companies/{id}"), QStringLiteral("/api/v1/read/companies/nobody"),
                token); // 404
        capture("GET", QStringLiteral("/api/v1/read/companies/{id}/visits"),
                QStringLiteral("/api/v1/read/companies/%1/visits?limit=5").arg(company), token);
        capture("GET", QStringLiteral("/api/v1/read/companies"), QStringLiteral("/api/v1/read/companies?filter=%7B%7D"),
                token);
        capture("GET", QStringLiteral("/api/v1/read/companies"),
                QStringLiteral("/api/v1/read/companies?filter=%7B%22cty%22%3A1%7D"), token); // 400
        const auto segments =
            capture("GET", QStringLiteral("/api/v1/read/segments"), QStringLiteral("/api/v1/read/segments"), token);
        capture("GET", QStringLiteral("/api/v1/read/segments/{id}/companies"),
                QStringLiteral("/api/v1/read/segments/%1/companies")
                    .arg(segments.json.value(QStringLiteral("segments"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toString()),
                token);
        capture("GET", QStringLiteral("/api/v1/read/companies"), QStringLiteral("/api/v1/read/companies"),
                QStringLiteral("lst_") + QString(43, u'x')); // 401
        for (const QJsonValue& c : std::as_const(m_captures))
            QVERIFY2(c.toObject().value(QStringLiteral("status")).toInt() != 0, "the server did not answer");

        QString output;
        const int result = test::OpenApiCheck::run(QStringLiteral("answers"), m_captures, &output);
        QVERIFY2(result == 0, qPrintable(output));
        qInfo("%s", qPrintable(output.trimmed()));
        // The check can fail: an answer that breaks its schema is named.
        QJsonArray broken = m_captures;
        QJsonObject me = broken[1].toObject();
        QJsonObject body = me.value(QStringLiteral("body")).toObject();
        body.insert(QStringLiteral("user"), 42);
        me.insert(QStringLiteral("body"), body);
        broken[1] = me;
        QCOMPARE(test::OpenApiCheck::run(QStringLiteral("answers"), broken, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("GET /api/v1/me → 200: user")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
