#include "server/cli/ServeCommand.h"

#include <QFileInfo>

#include "server/base/Logging.h"
#include "server/base/SecretBox.h"
#include "server/runtime/Server.h"
#include "server/runtime/SignalWatcher.h"

#include <QCoreApplication>

namespace leadscope::server {

ServeCommand::ServeCommand()
    : Command(QStringLiteral("serve"), QStringLiteral("Serve the Leadscope API over HTTPS"))
{
}

void ServeCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_db,           m_listen,           m_cert,      m_key,         m_proxy,
                       m_idle,         m_maxConnections,   m_dpaDir,    m_workers,     m_siteRate,
                       m_botFiltering, m_maxRules,         m_backupDir, m_adminListen, m_smtp,
                       m_smtpFrom,     m_smtpPasswordFile, m_smtpCa,    m_webhookCa,   m_webhookAllowPrivate,
                       m_secretsKey});
}

bool ServeCommand::parseListen(const QString& text, QHostAddress* addressOut, quint16* portOut, QString* error)
{
    const int colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&portOk);
    QString host = colon < 0 ? QString() : text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        *error = QStringLiteral("\"%1\" is not ADDRESS:PORT, e.g. 127.0.0.1:8443 or [::1]:8443 (port 0: any free port)")
                     .arg(text);
        return false;
    }
    *addressOut = address;
    *portOut = static_cast<quint16>(port);
    return true;
}

QString ServeCommand::hostText(const QHostAddress& address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
}

bool ServeCommand::readOptions(const QCommandLineParser& parser, ServeOptions* options, int* exitCode) const
{
    const auto refuse = [exitCode](const QString& message) {
        *exitCode = usageError(message);
        return false;
    };
    QString error;
    if (!parser.isSet(m_cert) || !parser.isSet(m_key))
        return refuse(QStringLiteral("--tls-cert and --tls-key are required: leadscope-server only serves HTTPS "
                                     "(see \"leadscope-server certs\" to make a private CA)."));
    const auto store = database(parser, m_db, exitCode);
    if (!store)
        return false;
    if (!parseListen(parser.value(m_listen), &options->address, &options->port, &error) ||
        !parseListen(parser.value(m_adminListen), &options->adminAddress, &options->adminPort, &error))
        return refuse(error);
    bool idleOk = false;
    const int idleSeconds = parser.value(m_idle).toInt(&idleOk);
    if (!idleOk || idleSeconds < 1 || idleSeconds > 3600)
        return refuse(QStringLiteral("--idle-timeout takes 1 to 3600 seconds."));
    options->idleTimeoutMs = idleSeconds * 1000;
    bool connectionsOk = false;
    options->maxConnections = parser.value(m_maxConnections).toInt(&connectionsOk);
    if (!connectionsOk || options->maxConnections < 1 || options->maxConnections > 100'000)
        return refuse(QStringLiteral("--max-connections takes 1 to 100000."));
    bool workersOk = false;
    options->workers = parser.value(m_workers).toInt(&workersOk);
    if (!workersOk || options->workers < 1 || options->workers > 64)
        return refuse(QStringLiteral("--workers takes 1 to 64."));
    options->dpaDirectory = parser.value(m_dpaDir);
    options->backupDirectory = parser.value(m_backupDir);
    bool rateOk = false;
    options->siteHitsPerSecond = parser.value(m_siteRate).toInt(&rateOk);
    if (!rateOk || options->siteHitsPerSecond < 1 || options->siteHitsPerSecond > 1'000'000)
        return refuse(QStringLiteral("--site-rate takes 1 to 1000000."));
    if (parser.value(m_botFiltering) != QLatin1String("on") && parser.value(m_botFiltering) != QLatin1String("off"))
        return refuse(QStringLiteral("--bot-filtering takes on or off."));
    options->botFiltering = parser.value(m_botFiltering) == QLatin1String("on");
    bool rulesOk = false;
    options->maxRulesPerOrganisation = parser.value(m_maxRules).toInt(&rulesOk);
    if (!rulesOk || options->maxRulesPerOrganisation < 0 || options->maxRulesPerOrganisation > 10'000)
        return refuse(QStringLiteral("--max-rules takes 0 to 10000."));
    if (parser.isSet(m_smtp)) {
        SmtpSender::Settings smtp;
        if (!SmtpSender::Settings::parse(parser.value(m_smtp), parser.value(m_smtpPasswordFile),
                                         parser.value(m_smtpFrom), parser.value(m_smtpCa), &smtp, &error))
            return refuse(error);
        options->smtp = std::move(smtp);
    } else if (parser.isSet(m_smtpFrom) || parser.isSet(m_smtpPasswordFile) || parser.isSet(m_smtpCa)) {
        return refuse(QStringLiteral("--smtp-from, --smtp-password-file and --smtp-ca go with --smtp URL."));
    }
    if (parser.isSet(m_webhookCa) && !QFileInfo(parser.value(m_webhookCa)).isReadable())
        return refuse(QStringLiteral("--webhook-ca %1 cannot be read.").arg(parser.value(m_webhookCa)));
    options->webhooks.caFile = parser.value(m_webhookCa);
    options->webhooks.allowPrivate = parser.isSet(m_webhookAllowPrivate);
    // The key: --secrets-key, else a systemd credential (LoadCredential=secrets-key:…) when there is one.
    QString secretsKey = parser.value(m_secretsKey);
    if (secretsKey.isEmpty() && qEnvironmentVariableIsSet("CREDENTIALS_DIRECTORY")) {
        const QString credential = qEnvironmentVariable("CREDENTIALS_DIRECTORY") + QStringLiteral("/secrets-key");
        if (QFileInfo::exists(credential))
            secretsKey = credential;
    }
    if (!secretsKey.isEmpty()) {
        std::unique_ptr<SecretBox> box = SecretBox::load(secretsKey, &error);
        if (!box)
            return refuse(error);
        options->secrets = std::move(box);
    }
    options->database = *store;
    options->tlsCertificate = parser.value(m_cert);
    options->tlsKey = parser.value(m_key);
    options->trustedProxies = parser.values(m_proxy);
    return true;
}

int ServeCommand::execute(const QCommandLineParser& parser)
{
    ServeOptions options;
    int exitCode = Success;
    if (!readOptions(parser, &options, &exitCode))
        return exitCode;

    installJsonLogHandler();
    // Before "listening" is printed: a supervisor may signal as soon as it reads it.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [] { QCoreApplication::quit(); });
    Server server;
    QString error;
    if (!server.start(options, &error))
        return failure(error);
    const QString host = hostText(options.address);
    // Scripts and tests read this line to find the port when --listen used 0.
    out() << "leadscope-server: listening on https://" << host << ':' << server.port() << " (store "
          << options.database.kindName() << ")\n"
          << "leadscope-server: metrics on https://" << hostText(options.adminAddress) << ':' << server.adminPort()
          << "/metrics\n"
          << Qt::flush;
    const int result = QCoreApplication::exec();
    out() << "leadscope-server: stopped\n" << Qt::flush;
    return result;
}

} // namespace leadscope::server
