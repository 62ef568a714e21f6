#include "protocol/ApiError.h"
#include "server/http/Router.h"

#include <QTest>

using namespace leadscope::server;

class TestRouter : public QObject
{
    Q_OBJECT
private:
    static HttpRequest request(const QByteArray& method, const QString& path)
    {
        HttpRequest r;
        r.method = method;
        r.path = path;
        return r;
    }

private Q_SLOTS:
    void dispatchesWithPathArguments()
    {
        Router router;
        router.add("PUT", QStringLiteral("/api/v1/companies/{id}/annotation"),
                   [](const HttpRequest&, const QStringList& args) {
                       return HttpResponse::json(200, QByteArray("\"") + args.value(0).toUtf8() + "\"");
                   });
        const HttpResponse response =
            router.dispatch(request("PUT", QStringLiteral("/api/v1/companies/c42/annotation")));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("\"c42\""));
    }
    void placeholdersMatchOneSegmentOnly()
    {
        Router router;
        router.add("GET", QStringLiteral("/api/v1/users/{id}"),
                   [](const HttpRequest&, const QStringList&) { return HttpResponse::json(200, QByteArray("{}")); });
        QCOMPARE(router.dispatch(request("GET", QStringLiteral("/api/v1/users/1/2"))).status, 404);
        QCOMPARE(router.dispatch(request("GET", QStringLiteral("/api/v1/users/"))).status, 404);
    }
    void aTrailingNewlineIsNotTheSamePath()
    {
        // "$" would match before a final newline, and a placeholder took any character but "/"
        // (found with the same bug in Hit by FuzzCollectBody).
        Router router;
        router.add("GET", QStringLiteral("/api/v1/users/{id}"),
                   [](const HttpRequest&, const QStringList&) { return HttpResponse::json(200, QByteArray("{}")); });
        QCOMPARE(router.dispatch(request("GET", QStringLiteral("/api/v1/users/u1\n"))).status, 404);
        QCOMPARE(router.dispatch(request("GET", QStringLiteral("/api/v1/users/u1"))).status, 200);
    }

    void unknownPathIsJson404()
    {
        Router router;
        const HttpResponse response = router.dispatch(request("GET", QStringLiteral("/nope")));
        QCOMPARE(response.status, 404);
        QCOMPARE(leadscope::protocol::ApiError::fromJson(response.body)->code, QStringLiteral("not_found"));
    }
    void wrongMethodIs405WithAllow()
    {
        Router router;
        router.add("GET", QStringLiteral("/api/v1/health"),
                   [](const HttpRequest&, const QStringList&) { return HttpResponse::json(200, QByteArray("{}")); });
        const HttpResponse response = router.dispatch(request("DELETE", QStringLiteral("/api/v1/health")));
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("allow"), QByteArray("GET"));
    }
    void regexCharactersInPatternsAreLiteral()
    {
        Router router;
        router.add("GET", QStringLiteral("/t.js"),
                   [](const HttpRequest&, const QStringList&) { return HttpResponse::json(200, QByteArray("{}")); });
        QCOMPARE(router.dispatch(request("GET", QStringLiteral("/t.js"))).status, 200);
        QCOMPARE(router.dispatch(request("GET", QStringLiteral("/tXjs"))).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
