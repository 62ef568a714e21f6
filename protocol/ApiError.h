#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace leadscope::protocol {

// The error body of Protocol v1: {"error": {"code": "snake_case", "message": "…"}}.
struct ApiError
{
    QString code;
    QString message;

    QByteArray toJson() const;
    static std::optional<ApiError> fromJson(const QByteArray& body);
};

} // namespace leadscope::protocol
