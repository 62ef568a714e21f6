#pragma once

#include "server/store/Store.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace leadscope::bench {

// What the sync benchmarks share: an organisation with one enrolled user
// and an accepted DPA in a store they fill themselves, and the real
// leadscope-server serving that store over loopback HTTPS with its own CA.
class BenchServer
{
public:
    struct Account
    {
        QString orgId;
        QString email;
        QByteArray password;
        QByteArray totpSecret;
    };

    ~BenchServer();

    // An organisation with a DPA and a sales user enrolled in 2FA; with
    // `existingOrg`, only the user, in that organisation.
    static bool prepare(server::Store& store, Account* account, QString* error, const QString& existingOrg = {});
    // Starts `serve` on 127.0.0.1 with certificates made in `directory`.
    bool start(const QString& dbUrl, const QString& directory, QString* error);
    void stop();
    QUrl url() const { return m_url; }
    QString caFile() const { return m_caFile; }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_caFile;
    QString m_log;
};

} // namespace leadscope::bench
