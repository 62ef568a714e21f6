#pragma once

#include <QStringList>

namespace leadscope::server {

// The numbered schema migrations, written once in the SQL both SQLite and
// PostgreSQL accept, with the few dialect differences substituted.
// Times are Unix milliseconds (BIGINT); flags are INTEGER 0/1; JSON is TEXT.
class Migrations
{
public:
    static QStringList statements(int version, bool postgres);
};

} // namespace leadscope::server
