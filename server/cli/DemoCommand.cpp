#include "server/cli/DemoCommand.h"

#include "server/base/Clock.h"
#include "server/cli/demo/DemoRegistry.h"
#include "server/cli/demo/DemoTraffic.h"
#include "server/domain/Annotations.h"
#include "server/domain/IgnoreList.h"
#include "server/domain/PasswordHasher.h"
#include "server/domain/Rules.h"
#include "server/domain/SignIns.h"
#include "server/domain/TargetLists.h"
#include "server/runtime/Server.h"
#include "server/store/Store.h"
#include "server/tracking/RegistryImport.h"

#include "protocol/Base32.h"
#include "protocol/Crypto.h"
#include "protocol/Role.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace leadscope::server {

DemoCommand::DemoCommand()
    : StoreCommand(QStringLiteral("demo"),
                   QStringLiteral("Build a demo: CA + certificate, organisation \"Demo B.V.\", three users with 2FA,\n"
                                  "a synthetic company register, and realistic traffic sent through /collect"))
{
}

void DemoCommand::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_out, m_seed, m_days, m_companies});
}

int DemoCommand::execute(const QCommandLineParser& parser)
{
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    Plan plan;
    plan.seed = parser.value(m_seed).toUInt(&ok1);
    plan.days = parser.value(m_days).toInt(&ok2);
    plan.companies = parser.value(m_companies).toInt(&ok3);
    if (!parser.isSet(m_out) || !ok1 || !ok2 || !ok3 || plan.days < 1 || plan.days > 730 || plan.companies < 100 ||
        plan.companies > 1'000'000)
        return usageError(QStringLiteral("demo needs --db and --out; --days 1..730, --companies 100..1000000."));
    plan.dir = QDir(parser.value(m_out)).absolutePath();
    if (QFile::exists(plan.dir + QStringLiteral("/credentials.txt")))
        return usageError(QStringLiteral("%1 holds a demo already; remove it to make a new one.").arg(plan.dir));
    QDir().mkpath(plan.dir);
    QFile::setPermissions(plan.dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    int exitCode = Success;
    const auto store = openStore(parser, true, &exitCode);
    if (!store)
        return exitCode;
    return build(*store, plan);
}

int DemoCommand::build(Store& store, const Plan& plan)
{
    QString error;
    const auto fail = [&error](const QString& what) {
        return failure(what + (error.isEmpty() ? QString() : QStringLiteral(": ") + error));
    };
    CertificateFactory::Files tls;
    if (!CertificateFactory::create(plan.dir,
                                    {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")},
                                    397, &tls, &error))
        return fail(QStringLiteral("cannot create the demo certificates"));

    out() << "leadscope-server: building a register of " << plan.companies << " companies…\n" << Qt::flush;
    const DemoRegistry registry(plan.seed, plan.companies);
    QDir().mkpath(plan.dir + QStringLiteral("/registry"));
    const QString companiesCsv = plan.dir + QStringLiteral("/registry/companies.csv");
    const QString rangesCsv = plan.dir + QStringLiteral("/registry/ranges.csv");
    Clock clock;
    RegistryImport importer(store, clock);
    RegistryImport::Report report;
    if (!registry.writeCsv(companiesCsv, rangesCsv, &error) ||
        !importer.run(companiesCsv, {rangesCsv}, RegistryImport::RangeFormat::Leadscope, &report, &error))
        return fail(QStringLiteral("cannot import the demo register ") + report.problems.join(u' '));

    Accounts accounts(store, clock);
    Accounts::Organisation org;
    const Accounts::Result added = accounts.addOrganisation(
        QStringLiteral("Demo B.V."), {QStringLiteral("demo-bv.example"), QStringLiteral("demo-shop.example")}, &org);
    if (!added.ok())
        return fail(added.message);
    QString summary;
    Team team;
    if (!addUsers(store, accounts, plan.dir, org, &team, &summary, &error))
        return fail(summary);
    if (!addRules(store, org, team, &error))
        return fail(QStringLiteral("cannot add the demo rules"));
    if (!sendTraffic(store, plan, registry, tls, org, &summary, &error))
        return fail(summary);
    if (!annotateLeads(store, org, team, &error))
        return fail(QStringLiteral("cannot add the team's notes"));
    if (!addLists(store, org, team, &error))
        return fail(QStringLiteral("cannot add the demo's lists"));
    out() << "leadscope-server: demo ready: " << report.companies << " companies, " << summary << "; logins in "
          << plan.dir << "/credentials.txt\n"
          << Qt::flush;
    return Success;
}

bool DemoCommand::addUsers(Store& store, Accounts& accounts, const QString& dir, const Accounts::Organisation& org,
                           Team* team, QString* what, QString* error)
{
    QSaveFile credentials(dir + QStringLiteral("/credentials.txt"));
    if (!credentials.open(QIODevice::WriteOnly) ||
        !credentials.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *what = QStringLiteral("cannot write credentials.txt");
        return false;
    }
    for (const protocol::Role role : {protocol::Role::Admin, protocol::Role::Manager, protocol::Role::Sales}) {
        QByteArray password = PasswordHasher::generatePassword();
        QByteArray secret = protocol::Crypto::randomBytes(20);
        Accounts::User user;
        const Accounts::Result userAdded =
            accounts.addUser(org.id, protocol::roleName(role) + QStringLiteral("@demo-bv.example"), role,
                             PasswordHasher::hash(password), &user);
        const bool ok = userAdded.ok() && SignIns::enrolTotp(store.connection(), user.id, secret, error);
        if (ok)
            credentials.write(QStringLiteral("%1 %2 %3 %4\n")
                                  .arg(protocol::roleName(role), user.email, QString::fromLatin1(password),
                                       protocol::Base32::encode(secret))
                                  .toUtf8());
        protocol::Crypto::wipe(password);
        protocol::Crypto::wipe(secret);
        (role == protocol::Role::Admin     ? team->admin
         : role == protocol::Role::Manager ? team->manager
                                           : team->sales) = user.id;
        if (!ok) {
            *what = QStringLiteral("cannot add the demo users");
            return false;
        }
    }
    if (!credentials.commit()) {
        *what = QStringLiteral("cannot write credentials.txt");
        return false;
    }
    return true;
}

bool DemoCommand::addRules(Store& store, const Accounts::Organisation& org, const Team& team, QString* error)
{
    struct Demo
    {
        const char* name;
        const char* filter;
        QJsonObject actions;
    };
    const QList<Demo> rules{
        {"Pricing visitors",
         R"({"visit":{"page":"/prijzen*","min_pages":2}})",
         {{QStringLiteral("add_tags"), QJsonArray{QStringLiteral("pricing")}},
          {QStringLiteral("notify"), QJsonArray{team.manager}}}},
        {"New software companies on the prices",
         R"({"sbi_prefix":"62","visit":{"first":true,"page":"/prijzen*","min_pages":4}})",
         {{QStringLiteral("assign_to"), QJsonArray{team.sales, team.manager}}}},
        {"Back within a week",
         R"({"visit":{"returning_within_days":7,"min_pages":3}})",
         {{QStringLiteral("add_tags"), QJsonArray{QStringLiteral("returning")}}}},
    };
    for (const Demo& demo : rules) {
        Rules::Rule rule;
        rule.name = QLatin1String(demo.name);
        rule.filter = *protocol::LeadFilter::parse(QJsonDocument::fromJson(demo.filter).object(), error);
        rule.actions = *Rules::Actions::parse(demo.actions, error);
        Rules::Rule added;
        const Rules::Result result =
            Rules::add(store.connection(), Clock().nowMs(), org.id, team.manager, rule, 50, &added);
        if (!result.ok()) {
            *error = result.message;
            return false;
        }
    }
    return true;
}

bool DemoCommand::addLists(Store& store, const Accounts::Organisation& org, const Team& team, QString* error)
{
    QStringList busiest;
    if (!Annotations::mostViewed(store.connection(), org.id, 30, &busiest, error))
        return false;
    if (busiest.size() < 30)
        return true; // a tiny demo
    const qint64 now = Clock().nowMs();
    TargetLists::List list;
    int added = 0;
    const TargetLists::Result made =
        TargetLists::create(store.connection(), now, org.id, team.manager, QStringLiteral("Key accounts"), &list);
    const TargetLists::Result filled = made.ok()
                                           ? TargetLists::addCompanies(store.connection(), now, org.id, team.manager,
                                                                       list.id, busiest.mid(4, 12), &added)
                                           : made;
    IgnoreList::Entry customer;
    customer.companyId = busiest.last();
    customer.category = QStringLiteral("customer");
    customer.reason = QStringLiteral("Customer since 2021; the account team looks after them.");
    IgnoreList::Entry hidden;
    const IgnoreList::Result hid =
        filled.ok() ? IgnoreList::add(store.connection(), now, org.id, team.manager, customer, &hidden)
                    : IgnoreList::Result{IgnoreList::Failure::Store, filled.message};
    if (!hid.ok())
        *error = hid.message;
    return hid.ok();
}

bool DemoCommand::annotateLeads(Store& store, const Accounts::Organisation& org, const Team& team, QString* error)
{
    QStringList companies;
    if (!Annotations::mostViewed(store.connection(), org.id, 4, &companies, error))
        return false;
    struct Edit
    {
        int company;
        qint64 hoursAgo;
        QString by;
        Annotations::Annotation annotation;
    };
    const auto tags = [](std::initializer_list<const char*> names) {
        QStringList list;
        for (const char* name : names)
            list << QString::fromLatin1(name);
        return list;
    };
    const QList<Edit> edits{
        {0,
         72,
         team.manager,
         {{},
          tags({"hot"}),
          QStringLiteral("Asked for a demo of the reporting module."),
          QStringLiteral("contacted"),
          team.sales}},
        {2,
         120,
         team.manager,
         {{},
          tags({"partner"}),
          QStringLiteral("Buys through a partner: leave it to them."),
          QStringLiteral("not_interested"),
          {}}},
        {1,
         48,
         team.sales,
         {{},
          tags({"pricing", "follow-up"}),
          QStringLiteral("Looked at pricing twice this week: sent the price sheet."),
          QStringLiteral("new"),
          team.sales}},
        {0,
         26,
         team.sales,
         {{},
          tags({"hot"}),
          QStringLiteral("Demo done; they want a quote for 40 seats."),
          QStringLiteral("qualified"),
          team.sales}},
        {3,
         5,
         team.sales,
         {{},
          tags({"hot"}),
          QStringLiteral("Called reception, they will call back."),
          QStringLiteral("contacted"),
          team.sales}},
    };
    const qint64 now = Clock().nowMs();
    for (Edit edit : edits) {
        if (edit.company >= companies.size())
            continue; // a tiny demo
        edit.annotation.companyId = companies[edit.company];
        const qint64 at = now - edit.hoursAgo * 3600 * 1000;
        if (!Annotations::put(store.connection(), at, org.id, edit.by, edit.annotation,
                              Annotations::payload(edit.annotation, at, edit.by), error))
            return false;
    }
    return true;
}

bool DemoCommand::sendTraffic(Store& store, const Plan& plan, const DemoRegistry& registry,
                              const CertificateFactory::Files& tls, const Accounts::Organisation& org, QString* summary,
                              QString* error)
{
    // A short-lived server of our own, so the traffic takes the real path.
    ServeOptions options;
    options.port = 0;
    options.tlsCertificate = tls.serverCertificate;
    options.tlsKey = tls.serverKey;
    options.database = store.url();
    options.trustedProxies = {QStringLiteral("127.0.0.1")};
    options.demoTraffic = true;
    options.siteHitsPerSecond = 1'000'000;
    Server server;
    if (!server.start(options, error)) {
        *summary = QStringLiteral("cannot start the demo's traffic server");
        return false;
    }
    QList<DemoTraffic::Site> sites;
    for (const Accounts::Site& site : std::as_const(org.sites))
        sites.append({site.id, site.domain});
    std::sort(sites.begin(), sites.end(),
              [](const DemoTraffic::Site& a, const DemoTraffic::Site& b) { return a.host < b.host; });
    DemoTraffic traffic(registry, sites, plan.seed, plan.days);
    DemoTraffic::Summary sent;
    out() << "leadscope-server: sending " << plan.days << " days of traffic through /collect…\n" << Qt::flush;
    if (!traffic.send(QUrl(QStringLiteral("https://127.0.0.1:%1/collect").arg(server.port())), tls.caCertificate, &sent,
                      error)) {
        *summary = QStringLiteral("demo traffic failed (%1 of %2 hits)").arg(sent.failed).arg(sent.hits);
        return false;
    }
    *summary = QStringLiteral("%1 sessions, %2 hits").arg(sent.sessions).arg(sent.hits);
    return true;
}

} // namespace leadscope::server
