#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace leadscope::protocol {

// GET /api/v1/health: whether the server and its store answer.
struct HealthStatus
{
    QString status;  // "ok" or "degraded"
    QString version; // server version
    QString store;   // "sqlite" or "postgresql"
    int protocol = 1;

    bool isOk() const { return status == QLatin1String("ok"); }

    QByteArray toJson() const;
    static std::optional<HealthStatus> fromJson(const QByteArray& body);
};

} // namespace leadscope::protocol
