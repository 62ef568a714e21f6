#include "HealthStatus.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace leadscope::protocol {

QByteArray HealthStatus::toJson() const
{
    const QJsonObject object{{QStringLiteral("status"), status},
                             {QStringLiteral("version"), version},
                             {QStringLiteral("store"), store},
                             {QStringLiteral("protocol"), protocol}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<HealthStatus> HealthStatus::fromJson(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue status = object.value(QStringLiteral("status"));
    const QJsonValue version = object.value(QStringLiteral("version"));
    const QJsonValue store = object.value(QStringLiteral("store"));
    const QJsonValue protocol = object.value(QStringLiteral("protocol"));
    if (!status.isString() || !version.isString() || !store.isString() || !protocol.isDouble())
        return std::nullopt;
    return HealthStatus{status.toString(), version.toString(), store.toString(), protocol.toInt()};
}

} // namespace leadscope::protocol
