#include "HubSpotStandIn.h"

#include "JsonInbox.h"
#include "LocalStandIn.h"
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

namespace leadscope::test {

namespace {

bool write(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

HubSpotStandIn::~HubSpotStandIn()
{
    stop();
}

bool HubSpotStandIn::start(QString* error, const Options& options)
{
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("requests"))) {
        *error = QStringLiteral("No temporary directory for the HubSpot stand-in");
        return false;
    }
    if (!QFile::exists(caFile()) && ServerProcess::makeCertificates(m_dir.path(), error).isEmpty())
        return false;
    m_token = QStringLiteral("pat-eu1-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!write(m_dir.filePath(QStringLiteral("token")), m_token.toUtf8()) ||
        !write(m_dir.filePath(QStringLiteral("companies.json")), QJsonDocument(options.companies).toJson()) ||
        !write(m_dir.filePath(QStringLiteral("owners.json")), QJsonDocument(options.owners).toJson())) {
        *error = QStringLiteral("Cannot write the HubSpot stand-in's files");
        return false;
    }
    const QStringList arguments{QStringLiteral("--dir"),         m_dir.filePath(QStringLiteral("requests")),
                                QStringLiteral("--cert"),        m_dir.filePath(QStringLiteral("server.pem")),
                                QStringLiteral("--key"),         m_dir.filePath(QStringLiteral("server.key")),
                                QStringLiteral("--token"),       m_dir.filePath(QStringLiteral("token")),
                                QStringLiteral("--companies"),   m_dir.filePath(QStringLiteral("companies.json")),
                                QStringLiteral("--owners"),      m_dir.filePath(QStringLiteral("owners.json")),
                                QStringLiteral("--limit-notes"), QString::number(options.limitNotes),
                                QStringLiteral("--retry-after"), QString::number(options.retryAfterSeconds)};
    return LocalStandIn::start(&m_process, QStringLiteral("scripts/lib/hubspot-standin"), arguments,
                               QStringLiteral("The HubSpot stand-in"), &m_port, error);
}

void HubSpotStandIn::stop()
{
    LocalStandIn::stop(&m_process);
}

QString HubSpotStandIn::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QList<QJsonObject> HubSpotStandIn::requests() const
{
    return JsonInbox::read(m_dir.filePath(QStringLiteral("requests")));
}

QList<QJsonObject> HubSpotStandIn::waitFor(int count, int timeoutMs) const
{
    return JsonInbox::waitFor(m_dir.filePath(QStringLiteral("requests")), count, timeoutMs);
}

QJsonObject HubSpotStandIn::state() const
{
    QFile file(m_dir.filePath(QStringLiteral("state.json")));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace leadscope::test
