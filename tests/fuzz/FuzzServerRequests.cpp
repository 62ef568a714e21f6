// Every JSON endpoint of the server, driven through its real router and
// services on a real (SQLite, tmpfs) store, as a signed-in admin or sales
// user. Whatever the method, path argument, query and body: no crash, no
// sanitizer report, never a 5xx, and every refusal is a protocol error object.
#include "FuzzSupport.h"

#include "server/domain/Accounts.h"
#include "server/domain/PasswordHasher.h"
#include "server/runtime/Server.h"
#include "server/runtime/Services.h"
#include "server/store/DatabaseUrl.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <unistd.h>

using namespace leadscope;
using namespace leadscope::server;

namespace {

struct Route
{
    QByteArray method;
    QString path; // {id} is replaced by the input's first line
};

const QList<Route>& routes()
{
    static const QList<Route> all{
        {"POST", QStringLiteral("/api/v1/auth/login")},
        {"POST", QStringLiteral("/api/v1/auth/mfa")},
        {"POST", QStringLiteral("/api/v1/auth/refresh")},
        {"POST", QStringLiteral("/api/v1/auth/logout")},
        {"POST", QStringLiteral("/api/v1/auth/unlock")},
        {"GET", QStringLiteral("/api/v1/me")},
        {"DELETE", QStringLiteral("/api/v1/account")},
        {"GET", QStringLiteral("/api/v1/users")},
        {"POST", QStringLiteral("/api/v1/users")},
        {"PATCH", QStringLiteral("/api/v1/users/{id}")},
        {"DELETE", QStringLiteral("/api/v1/users/{id}")},
        {"GET", QStringLiteral("/api/v1/audit")},
        {"PATCH", QStringLiteral("/api/v1/organisation")},
        {"POST", QStringLiteral("/api/v1/websites")},
        {"DELETE", QStringLiteral("/api/v1/websites/{id}")},
        {"GET", QStringLiteral("/api/v1/dpa")},
        {"POST", QStringLiteral("/api/v1/dpa/accept")},
        {"POST", QStringLiteral("/api/v1/exports")},
        {"GET", QStringLiteral("/api/v1/sync")},
        {"PUT", QStringLiteral("/api/v1/companies/{id}/annotation")},
        {"GET", QStringLiteral("/api/v1/health")},
        {"OPTIONS", QStringLiteral("/collect")},
        {"GET", QStringLiteral("/t.js")},
        {"GET", QStringLiteral("/{id}")},
    };
    return all;
}

// A store with one organisation, an admin and a sales user, both signed in.
// Rebuilt when an input signed them out or removed them.
class Fixture
{
public:
    Fixture()
    {
        m_directory = QDir(fuzz::scratchDirectory()).filePath(QStringLiteral("fuzz-server-%1").arg(getpid()));
        build();
    }

    Services& services() { return *m_services; }
    const QString& adminToken() const { return m_adminToken; }
    const QString& salesToken() const { return m_salesToken; }

    void rebuildIfSignedOut()
    {
        QString error;
        if (!m_services->sessions.authenticate(m_adminToken, &error) ||
            !m_services->sessions.authenticate(m_salesToken, &error) || ++m_runs % 20'000 == 0)
            build();
    }

private:
    void build()
    {
        m_services.reset();
        QDir(m_directory).removeRecursively();
        QDir().mkpath(m_directory);
        QString error;
        ServeOptions options;
        options.database = *DatabaseUrl::parse(QStringLiteral("sqlite:") + m_directory + u"/store.db", &error);
        m_services = std::make_unique<Services>(options);
        if (!m_services->store.open(&error) || !m_services->store.migrate(&error) ||
            !m_services->start(options, &error))
            fuzz::fail("cannot start the services", error);
        static const QString hash = PasswordHasher::hash("fuzzing password 1234");
        Accounts::Organisation org;
        Accounts::User admin;
        Accounts::User sales;
        if (!m_services->accounts.addOrganisation(QStringLiteral("Fuzz B.V."), {QStringLiteral("fuzz.example")}, &org)
                 .ok() ||
            !m_services->accounts
                 .addUser(org.id, QStringLiteral("admin@fuzz.example"), protocol::Role::Admin, hash, &admin)
                 .ok() ||
            !m_services->accounts
                 .addUser(org.id, QStringLiteral("sales@fuzz.example"), protocol::Role::Sales, hash, &sales)
                 .ok())
            fuzz::fail("cannot add the organisation");
        const auto adminTokens = m_services->sessions.start(admin.id, &error);
        const auto salesTokens = m_services->sessions.start(sales.id, &error);
        if (!adminTokens || !salesTokens)
            fuzz::fail("cannot sign in", error);
        m_adminToken = adminTokens->accessToken;
        m_salesToken = salesTokens->accessToken;
    }

    QString m_directory;
    std::unique_ptr<Services> m_services;
    QString m_adminToken;
    QString m_salesToken;
    int m_runs = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    static Fixture fixture;
    fixture.rebuildIfSignedOut();
    const Route& route = routes()[data[0] % routes().size()];
    // byte 1: who asks; then "path argument\nquery\nbody".
    const QByteArray input = fuzz::bytes(data + 2, size - 2);
    const qsizetype firstBreak = input.indexOf('\n');
    const qsizetype secondBreak = firstBreak < 0 ? -1 : input.indexOf('\n', firstBreak + 1);
    const QString argument = QString::fromUtf8(firstBreak < 0 ? input : input.left(firstBreak));
    const QString query =
        firstBreak < 0
            ? QString()
            : QString::fromUtf8(input.mid(firstBreak + 1, secondBreak < 0 ? -1 : secondBreak - firstBreak - 1));
    HttpRequest request;
    request.method = route.method;
    request.path = QString(route.path).replace(QStringLiteral("{id}"), argument);
    request.query = QUrlQuery(query);
    request.body = secondBreak < 0 ? QByteArray() : input.mid(secondBreak + 1);
    request.sourceKey = QByteArray(16, char(data[1] & 0xf0)); // a few sources, for the rate limits
    request.clientAddress = QHostAddress(QStringLiteral("192.0.2.1"));
    const int who = data[1] & 3;
    if (who != 0)
        request.headers.append(
            qMakePair(QByteArray("Authorization"),
                      "Bearer " + (who == 3 ? fixture.salesToken() : fixture.adminToken()).toLatin1()));
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));

    const HttpResponse response = fixture.services().router.dispatch(request);
    if (response.status < 200 || response.status >= 500)
        fuzz::fail("answered with status", QString::number(response.status));
    if (response.status >= 400) {
        const QJsonObject error =
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
        if (error.value(QStringLiteral("code")).toString().isEmpty() ||
            error.value(QStringLiteral("message")).toString().isEmpty())
            fuzz::fail("a refusal that is not a protocol error", QString::fromUtf8(response.body.left(200)));
    }
    return 0;
}
