#pragma once

#include "protocol/LeadFilter.h"
#include "server/http/HttpMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace leadscope::server {

// Reads a JSON request body field by field. The first problem found becomes
// a 400 response that names the field; later reads then return defaults.
class JsonBody
{
public:
    explicit JsonBody(const HttpRequest& request);

    bool ok() const { return m_error.isEmpty(); }
    HttpResponse errorResponse() const;

    QString string(const QString& field, int maxLength, bool required = true);
    std::optional<QString> optionalString(const QString& field, int maxLength);
    std::optional<bool> optionalBool(const QString& field);
    std::optional<int> optionalInt(const QString& field); // a whole number that fits an int
    std::optional<QStringList> optionalStringList(const QString& field, int maxItems, int maxLength);
    // A filter in the filter language (docs/FILTERS.md), parsed strictly; the error names the field in it.
    std::optional<protocol::LeadFilter> optionalFilter(const QString& field);
    std::optional<QJsonObject> optionalObject(const QString& field);
    bool has(const QString& field) const { return m_object.contains(field); }

private:
    void fail(const QString& message);

    QJsonObject m_object;
    QString m_error;
};

} // namespace leadscope::server
