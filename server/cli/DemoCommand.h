#pragma once

#include "server/cli/StoreCommand.h"
#include "server/domain/Accounts.h"
#include "server/http/CertificateFactory.h"

namespace leadscope::server {

class DemoRegistry;

// `demo`: a complete demo in one directory — CA + certificate, organisation
// "Demo B.V.", three users with 2FA (credentials.txt, owner-only), a
// synthetic company register, and realistic traffic sent through /collect.
class DemoCommand : public StoreCommand
{
public:
    DemoCommand();

protected:
    void addStoreOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    struct Plan
    {
        QString dir;
        quint32 seed = 1;
        int days = 90;
        int companies = 20000;
    };
    struct Team // the demo users' ids
    {
        QString admin;
        QString manager;
        QString sales;
    };
    int build(Store& store, const Plan& plan);
    // Adds the three demo users with 2FA and writes credentials.txt; on failure *what says which step failed.
    bool addUsers(Store& store, Accounts& accounts, const QString& dir, const Accounts::Organisation& org, Team* team,
                  QString* what, QString* error);
    // The team at work: the busiest companies get statuses, tags, an assignee and notes from the
    // manager and the sales rep over the last days (their team history shows who did what, when).
    static bool annotateLeads(Store& store, const Accounts::Organisation& org, const Team& team, QString* error);
    // Rules at work from the first hit on (their firings and edits come with the traffic).
    static bool addRules(Store& store, const Accounts::Organisation& org, const Team& team, QString* error);
    // A target-account list of busy companies, and a customer the team hides.
    static bool addLists(Store& store, const Accounts::Organisation& org, const Team& team, QString* error);
    bool sendTraffic(Store& store, const Plan& plan, const DemoRegistry& registry, const CertificateFactory::Files& tls,
                     const Accounts::Organisation& org, QString* summary, QString* error);

    const QCommandLineOption m_out{QStringLiteral("out"),
                                   QStringLiteral("Directory for ca.pem, server.pem, server.key, credentials.txt."),
                                   QStringLiteral("dir")};
    const QCommandLineOption m_seed{QStringLiteral("seed"), QStringLiteral("Seed for the synthetic data (default 1)."),
                                    QStringLiteral("n"), QStringLiteral("1")};
    const QCommandLineOption m_days{QStringLiteral("days"), QStringLiteral("Days of traffic (default 90)."),
                                    QStringLiteral("n"), QStringLiteral("90")};
    const QCommandLineOption m_companies{QStringLiteral("companies"),
                                         QStringLiteral("Companies in the register (default 20000)."),
                                         QStringLiteral("n"), QStringLiteral("20000")};
};

} // namespace leadscope::server
