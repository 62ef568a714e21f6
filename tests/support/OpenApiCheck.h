#pragma once

#include <QJsonArray>
#include <QString>

namespace leadscope::test {

// Holds docs/openapi.yaml to what the server does, through
// tests/openapi/check-openapi (Debian's python3-jsonschema): `mode` is
// "routes" ([[METHOD, pattern]…]), "answers" ([{method, route, status,
// body}…]) or "events" (webhook bodies as received). The checker's exit code
// (0: all valid, 1: something is not), its report in *output.
class OpenApiCheck
{
public:
    static int run(const QString& mode, const QJsonArray& items, QString* output);
};

} // namespace leadscope::test
