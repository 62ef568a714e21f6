#pragma once

#include "server/cli/Command.h"

#include <QHostAddress>

namespace leadscope::server {

struct ServeOptions;

// `serve`: the Leadscope API over HTTPS until SIGTERM/SIGINT, JSON log lines
// on stderr; prints the listening addresses first (scripts read them).
class ServeCommand : public Command
{
public:
    ServeCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    // Fills *options from the command line; false with the exit code in *exitCode.
    bool readOptions(const QCommandLineParser& parser, ServeOptions* options, int* exitCode) const;
    // --listen / --admin-listen: ADDRESS:PORT.
    static bool parseListen(const QString& text, QHostAddress* addressOut, quint16* portOut, QString* error);
    static QString hostText(const QHostAddress& address);

    const QCommandLineOption m_db = databaseOption();
    const QCommandLineOption m_listen{QStringLiteral("listen"),
                                      QStringLiteral("Address and port to serve on (default 127.0.0.1:8443)."),
                                      QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443")};
    const QCommandLineOption m_cert{QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) to serve."),
                                    QStringLiteral("file")};
    const QCommandLineOption m_key{QStringLiteral("tls-key"), QStringLiteral("PEM private key of the certificate."),
                                   QStringLiteral("file")};
    const QCommandLineOption m_proxy{
        QStringLiteral("trusted-proxy"),
        QStringLiteral("Reverse proxy whose X-Forwarded-For is believed (CIDR; repeatable)."), QStringLiteral("cidr")};
    const QCommandLineOption m_idle{QStringLiteral("idle-timeout"),
                                    QStringLiteral("Seconds after which a connection without progress is closed."),
                                    QStringLiteral("seconds"), QStringLiteral("30")};
    const QCommandLineOption m_dpaDir{
        QStringLiteral("dpa-dir"),
        QStringLiteral("Directory of DPA texts (dpa-VERSION.md); default: the built-in ones."), QStringLiteral("dir")};
    const QCommandLineOption m_maxConnections{
        QStringLiteral("max-connections"),
        QStringLiteral("Open connections at most; more are closed as they arrive (default 512)."), QStringLiteral("n"),
        QStringLiteral("512")};
    const QCommandLineOption m_workers{QStringLiteral("workers"),
                                       QStringLiteral("Request worker threads (default 32)."), QStringLiteral("n"),
                                       QStringLiteral("32")};
    const QCommandLineOption m_siteRate{
        QStringLiteral("site-rate"), QStringLiteral("Tracking hits per second each website may send (default 1000)."),
        QStringLiteral("n"), QStringLiteral("1000")};
    const QCommandLineOption m_botFiltering{
        QStringLiteral("bot-filtering"),
        QStringLiteral("on (default): hits of crawlers, automated browsers, data centres and inhuman sessions are "
                       "counted, not recorded as visits; off: every hit is a person's."),
        QStringLiteral("on|off"), QStringLiteral("on")};
    const QCommandLineOption m_maxRules{QStringLiteral("max-rules"),
                                        QStringLiteral("Rules each organisation may have at most (default 50)."),
                                        QStringLiteral("n"), QStringLiteral("50")};
    const QCommandLineOption m_backupDir{QStringLiteral("backup-dir"),
                                         QStringLiteral("Where backups are kept; the daily purge deletes those older "
                                                        "than 30 days."),
                                         QStringLiteral("dir")};
    const QCommandLineOption m_adminListen{
        QStringLiteral("admin-listen"),
        QStringLiteral("Address and port of the admin listener that serves GET /metrics over HTTPS (default "
                       "127.0.0.1:0, any free port on loopback)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0")};
    const QCommandLineOption m_smtp{
        QStringLiteral("smtp"),
        QStringLiteral("The mail relay for e-mail alerts and digests: smtp://[user@]host[:port] (STARTTLS, required) "
                       "or smtps://[user@]host[:port]. Without it the server sends no e-mail."),
        QStringLiteral("url")};
    const QCommandLineOption m_smtpFrom{QStringLiteral("smtp-from"),
                                        QStringLiteral("The sender address of Leadscope's e-mail (with --smtp)."),
                                        QStringLiteral("address")};
    const QCommandLineOption m_smtpPasswordFile{
        QStringLiteral("smtp-password-file"),
        QStringLiteral("A file holding the relay user's password (default: the systemd credential smtp-password)."),
        QStringLiteral("file")};
    const QCommandLineOption m_smtpCa{
        QStringLiteral("smtp-ca"),
        QStringLiteral("CA certificates (PEM) to verify the relay with instead of the system's."),
        QStringLiteral("file")};
    const QCommandLineOption m_webhookCa{
        QStringLiteral("webhook-ca"),
        QStringLiteral("CA certificates (PEM) to verify webhook receivers with instead of the system's."),
        QStringLiteral("file")};
    const QCommandLineOption m_webhookAllowPrivate{
        QStringLiteral("webhook-allow-private"),
        QStringLiteral("Let webhooks go to loopback, private and link-local addresses (receivers on your own "
                       "network). Off by default: such destinations are refused.")};
    const QCommandLineOption m_secretsKey{
        QStringLiteral("secrets-key"),
        QStringLiteral("The key (from `leadscope-server secrets-key`) that seals the secrets kept at rest, such as "
                       "HubSpot tokens (default: the systemd credential secrets-key). Without it no HubSpot "
                       "destination can be added "
                       "or used."),
        QStringLiteral("file")};
};

} // namespace leadscope::server
