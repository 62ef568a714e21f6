#include "ServerProcess.h"

#include <QFile>

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace leadscope::test {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    QString ignored;
    stop(&ignored);
}

QString ServerProcess::serverBinary()
{
    return qEnvironmentVariable("LEADSCOPE_SERVER_BIN");
}

QString ServerProcess::makeCertificates(const QString& dir, QString* error, const QStringList& hosts)
{
    QStringList arguments{QStringLiteral("certs"), QStringLiteral("--out"), dir};
    for (const QString& host : hosts)
        arguments << QStringLiteral("--host") << host;
    QProcess certs;
    certs.start(serverBinary(), arguments);
    if (!certs.waitForFinished(60'000) || certs.exitStatus() != QProcess::NormalExit || certs.exitCode() != 0) {
        *error =
            QStringLiteral("leadscope-server certs failed: ") + QString::fromLocal8Bit(certs.readAllStandardError());
        return {};
    }
    return dir + QStringLiteral("/ca.pem");
}

bool ServerProcess::prepare(QString* error, const QString& dbUrl)
{
    if (serverBinary().isEmpty()) {
        *error = QStringLiteral("LEADSCOPE_SERVER_BIN is not set; run the suites through ctest.");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("No temporary directory: ") + m_dir.errorString();
        return false;
    }
    m_caFile = makeCertificates(m_dir.path(), error);
    if (m_caFile.isEmpty())
        return false;
    m_dbUrl = dbUrl.isEmpty() ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db")) : dbUrl;
    const QString& db = m_dbUrl;
    if (!m_skipInit && !run({QStringLiteral("init"), QStringLiteral("--db"), db}, nullptr, error))
        return false;
    m_prepared = true;
    return true;
}

bool ServerProcess::start(QString* error, const QString& dbUrl, const QStringList& extraArguments)
{
    if (!m_prepared && !prepare(error, dbUrl))
        return false;
    const QString& db = m_dbUrl;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(serverBinary(),
                    QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("server.pem")),
                                QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("server.key")),
                                QStringLiteral("--db"), db} +
                        extraArguments);
    static const QRegularExpression listening(QStringLiteral(R"(listening on (https://[^ ]+))"));
    const qsizetype from = m_output.size(); // (a restart: not the previous run's address)
    QDeadlineTimer deadline(60'000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 1000)))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        m_output += QString::fromLocal8Bit(m_process.readAll());
        const QRegularExpressionMatch match = listening.match(m_output, from);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    m_output += QString::fromLocal8Bit(m_process.readAll());
    *error = QStringLiteral("leadscope-server did not start: ") + m_output;
    return false;
}

QString ServerProcess::output()
{
    while (m_process.state() == QProcess::Running && m_process.waitForReadyRead(100))
        m_output += QString::fromLocal8Bit(m_process.readAll());
    m_output += QString::fromLocal8Bit(m_process.readAll());
    return m_output;
}

bool ServerProcess::run(const QStringList& arguments, QString* output, QString* error, const QByteArray& input)
{
    QProcess process;
    process.start(serverBinary(), arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("leadscope-server %1 failed (%2): %3")
                     .arg(arguments.join(u' '))
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAllStandardOutput());
    return true;
}

qint64 ServerProcess::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(30'000);
}

bool ServerProcess::stop(QString* error)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    if (!m_process.waitForFinished(30'000)) {
        m_process.kill();
        m_process.waitForFinished();
        *error = QStringLiteral("leadscope-server did not stop on SIGTERM");
        return false;
    }
    m_output += QString::fromLocal8Bit(m_process.readAll());
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
        *error = QStringLiteral("leadscope-server exited with %1: %2").arg(m_process.exitCode()).arg(m_output);
        return false;
    }
    return true;
}

} // namespace leadscope::test
