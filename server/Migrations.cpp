#include "Migrations.h"

namespace leadscope::server {

namespace {

const char* const kVersion1[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE organisations ("
    " id TEXT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " visitor_secret {BLOB} NOT NULL,"
    " tracking_mode TEXT NOT NULL DEFAULT 'legitimate-interest',"
    " retention_months INTEGER NOT NULL DEFAULT 13,"
    " change_seq BIGINT NOT NULL DEFAULT 0," // last sequence number handed out
    " min_seq BIGINT NOT NULL DEFAULT 0,"    // changes at or below were compacted away
    " created_at BIGINT NOT NULL)",
    "CREATE TABLE sites ("
    " id TEXT PRIMARY KEY,"
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " domain TEXT NOT NULL UNIQUE,"
    " created_at BIGINT NOT NULL)",
    "CREATE INDEX sites_org ON sites(org_id)",
    "CREATE TABLE users ("
    " id TEXT PRIMARY KEY,"
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " email TEXT NOT NULL UNIQUE,"
    " role TEXT NOT NULL,"
    " password_hash TEXT NOT NULL,"
    " totp_secret {BLOB},"
    " totp_enrolled INTEGER NOT NULL DEFAULT 0,"
    " last_totp_step BIGINT NOT NULL DEFAULT 0,"
    " disabled INTEGER NOT NULL DEFAULT 0,"
    " failed_count INTEGER NOT NULL DEFAULT 0,"
    " locked_until BIGINT NOT NULL DEFAULT 0,"
    " window_start BIGINT NOT NULL DEFAULT 0,"
    " window_count INTEGER NOT NULL DEFAULT 0,"
    " created_at BIGINT NOT NULL)",
    "CREATE INDEX users_org ON users(org_id)",
    "CREATE TABLE mfa_challenges ("
    " token_hash {BLOB} PRIMARY KEY,"
    " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " pending_secret {BLOB},"
    " expires_at BIGINT NOT NULL)",
    "CREATE TABLE sessions ("
    " id TEXT PRIMARY KEY,"
    " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " created_at BIGINT NOT NULL,"
    " expires_at BIGINT NOT NULL,"
    " revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX sessions_user ON sessions(user_id)",
    "CREATE TABLE tokens ("
    " token_hash {BLOB} PRIMARY KEY,"
    " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL,"
    " expires_at BIGINT NOT NULL,"
    " used INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX tokens_session ON tokens(session_id)",
    "CREATE TABLE dpa_acceptances ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " version TEXT NOT NULL,"
    " user_id TEXT,"
    " user_email TEXT NOT NULL,"
    " accepted_at BIGINT NOT NULL,"
    " PRIMARY KEY (org_id, version))",
    "CREATE TABLE audit_log ("
    " id {SERIAL},"
    " org_id TEXT,"
    " at BIGINT NOT NULL,"
    " actor_id TEXT,"
    " actor_email TEXT,"
    " action TEXT NOT NULL,"
    " detail TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX audit_org_at ON audit_log(org_id, at)",
    "CREATE TABLE changes ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " seq BIGINT NOT NULL,"
    " entity TEXT NOT NULL,"
    " entity_id TEXT NOT NULL,"
    " op TEXT NOT NULL,"
    " payload TEXT NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " PRIMARY KEY (org_id, seq))",
    "CREATE INDEX changes_entity ON changes(org_id, entity, entity_id, seq)",
    "CREATE TABLE annotations ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " company_id TEXT NOT NULL,"
    " tags TEXT NOT NULL DEFAULT '[]',"
    " note TEXT NOT NULL DEFAULT '',"
    " status TEXT NOT NULL DEFAULT 'new',"
    " assignee TEXT,"
    " updated_at BIGINT NOT NULL,"
    " updated_by TEXT,"
    " PRIMARY KEY (org_id, company_id))",
};

} // namespace

QStringList Migrations::statements(int version, bool postgres)
{
    QStringList out;
    if (version != 1)
        return out;
    for (const char* statement : kVersion1) {
        QString sql = QString::fromLatin1(statement);
        sql.replace(QLatin1String("{BLOB}"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
        sql.replace(QLatin1String("{SERIAL}"), postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                                        : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        out << sql;
    }
    return out;
}

} // namespace leadscope::server
