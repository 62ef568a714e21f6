#include "server/store/Migrations.h"

#include <iterator>

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

// The company registry, IP ranges, and tracked visits (issue: tracking).
const char* const kVersion2[] = {
    "CREATE TABLE companies ("
    " id TEXT PRIMARY KEY," // kvk-<registry number>: stable across re-imports
    " registry_number TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL,"
    " trade_name TEXT NOT NULL DEFAULT '',"
    " legal_form TEXT NOT NULL DEFAULT '',"
    " sbi_code TEXT NOT NULL DEFAULT '',"
    " sbi_label TEXT NOT NULL DEFAULT '',"
    " employee_band TEXT NOT NULL DEFAULT '',"
    " street TEXT NOT NULL DEFAULT '',"
    " postcode TEXT NOT NULL DEFAULT '',"
    " city TEXT NOT NULL DEFAULT '',"
    " country TEXT NOT NULL DEFAULT '',"
    " website TEXT NOT NULL DEFAULT '',"
    " phone TEXT NOT NULL DEFAULT '',"
    " linkedin TEXT NOT NULL DEFAULT '',"
    " updated_at BIGINT NOT NULL)",
    // Inclusive ranges as 16-byte big-endian addresses (IPv4 mapped into ::ffff:0:0/96).
    "CREATE TABLE ip_ranges ("
    " range_start {BLOB} NOT NULL,"
    " range_end {BLOB} NOT NULL,"
    " kind TEXT NOT NULL,"
    " company_id TEXT,"
    " network_name TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE registry_state (id INTEGER PRIMARY KEY, version BIGINT NOT NULL, imported_at BIGINT NOT NULL)",
    "INSERT INTO registry_state (id, version, imported_at) VALUES (1, 0, 0)",
    "ALTER TABLE organisations ADD COLUMN identify_education INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE organisations ADD COLUMN identify_government INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE org_companies ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " company_id TEXT NOT NULL,"
    " first_seen BIGINT NOT NULL,"
    " PRIMARY KEY (org_id, company_id))",
    "CREATE TABLE visits ("
    " id TEXT PRIMARY KEY,"
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " site_id TEXT NOT NULL,"
    " company_id TEXT NOT NULL,"
    " visitor_key {BLOB} NOT NULL,"
    " session_key {BLOB} NOT NULL,"
    " started_at BIGINT NOT NULL,"
    " last_at BIGINT NOT NULL,"
    " pageviews INTEGER NOT NULL DEFAULT 0,"
    " referrer_class TEXT NOT NULL DEFAULT 'direct',"
    " referrer_host TEXT NOT NULL DEFAULT '',"
    " utm_source TEXT NOT NULL DEFAULT '',"
    " utm_medium TEXT NOT NULL DEFAULT '',"
    " utm_campaign TEXT NOT NULL DEFAULT '',"
    " landing_path TEXT NOT NULL DEFAULT '',"
    " device_class TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX visits_session ON visits(org_id, session_key, last_at)",
    "CREATE INDEX visits_org_started ON visits(org_id, started_at)",
    "CREATE TABLE pageviews ("
    " id TEXT PRIMARY KEY,"
    " visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,"
    " org_id TEXT NOT NULL,"
    " path TEXT NOT NULL,"
    " title TEXT NOT NULL DEFAULT '',"
    " viewed_at BIGINT NOT NULL,"
    " seconds INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX pageviews_visit ON pageviews(visit_id, viewed_at)",
    // What was seen but not identified: counts only, nothing else.
    // Deletions that must survive a restore of an older backup.
    "CREATE TABLE erasures (id {SERIAL}, at BIGINT NOT NULL, kind TEXT NOT NULL, subject_id TEXT NOT NULL)",
    "CREATE TABLE unidentified_hits ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " day TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " hits BIGINT NOT NULL DEFAULT 0,"
    " PRIMARY KEY (org_id, day, kind))",
};

// Visits are updated on every page view. An index without last_at lets
// PostgreSQL update them in place (HOT) and keeps the session index from
// filling with dead entries; the few visits of a session are filtered by time.
const char* const kVersion3[] = {
    "DROP INDEX visits_session",
    "CREATE INDEX visits_session ON visits(org_id, session_key)",
};

// Security review (sign-in admission, server-side locks, account life cycle).
const char* const kVersion4[] = {
    // An admitted sign-in or code attempt holds this lease until it is judged:
    // parallel guesses at one account are judged one at a time.
    "ALTER TABLE users ADD COLUMN attempt_until BIGINT NOT NULL DEFAULT 0",
    // Failures older than an hour are forgotten (one wrong password an hour never locks).
    "ALTER TABLE users ADD COLUMN last_failed_at BIGINT NOT NULL DEFAULT 0",
    // A one-time password set by an admin: the next sign-in must choose a new one.
    "ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0",
    // What a user downloaded through sync in the current 24 hours (changes):
    // the server-side limit on how often a sales user can copy everything.
    "ALTER TABLE users ADD COLUMN sync_window_start BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE users ADD COLUMN sync_window_changes BIGINT NOT NULL DEFAULT 0",
    // An idle-locked session refreshes only after /auth/unlock with a fresh code.
    "ALTER TABLE sessions ADD COLUMN locked INTEGER NOT NULL DEFAULT 0",
    // A visitor's opt-out erases their visits by keyed visitor id.
    "CREATE INDEX visits_visitor ON visits(org_id, visitor_key)",
    "CREATE TABLE recovery_codes ("
    " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " code_hash {BLOB} NOT NULL,"
    " used_at BIGINT NOT NULL DEFAULT 0,"
    " PRIMARY KEY (user_id, code_hash))",
};

// The first-run check: when a website last sent a hit the collector accepted.
const char* const kVersion5[] = {
    "ALTER TABLE sites ADD COLUMN last_hit_at BIGINT NOT NULL DEFAULT 0",
};

// The team's activity on a company: who changed its status, assignee, tags or
// note, and when (one row per edit; a user's edits within minutes merge).
const char* const kVersion6[] = {
    "CREATE TABLE annotation_events ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " company_id TEXT NOT NULL,"
    " at BIGINT NOT NULL,"
    " user_id TEXT NOT NULL,"
    " changes TEXT NOT NULL,"
    " PRIMARY KEY (org_id, id))",
    "CREATE INDEX annotation_events_company ON annotation_events(org_id, company_id, at)",
};

// Saved segments kept by the server: owned by a user, personal or shared with the team.
const char* const kVersion7[] = {
    "CREATE TABLE segments ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " owner_id TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " filter TEXT NOT NULL,"
    " sharing TEXT NOT NULL DEFAULT 'private',"
    " created_at BIGINT NOT NULL,"
    " updated_at BIGINT NOT NULL,"
    " updated_by TEXT NOT NULL,"
    " PRIMARY KEY (org_id, id))",
    "CREATE UNIQUE INDEX segments_owner_name ON segments(org_id, owner_id, name)",
};

// Rules (triggers): what they are, and each time one fired on a visit; the ignore list;
// target-account lists.
const char* const kVersion8[] = {
    "CREATE TABLE rules ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " filter TEXT NOT NULL,"
    " actions TEXT NOT NULL,"
    " enabled INTEGER NOT NULL DEFAULT 1,"
    " assigned BIGINT NOT NULL DEFAULT 0,"
    " created_by TEXT NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " updated_at BIGINT NOT NULL,"
    " updated_by TEXT NOT NULL,"
    " PRIMARY KEY (org_id, id))",
    "CREATE UNIQUE INDEX rules_name ON rules(org_id, name)",
    // Bumped on every change of an organisation's rules: the writers re-read them then.
    "ALTER TABLE organisations ADD COLUMN rules_version BIGINT NOT NULL DEFAULT 0",
    "CREATE TABLE rule_firings ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " rule_id TEXT NOT NULL,"
    " company_id TEXT NOT NULL,"
    " visit_id TEXT NOT NULL,"
    " at BIGINT NOT NULL,"
    " detail TEXT NOT NULL,"
    " PRIMARY KEY (org_id, id))",
    // Once per visit and rule.
    "CREATE UNIQUE INDEX rule_firings_once ON rule_firings(org_id, visit_id, rule_id)",
    // "First visit" and "returning within N days" look up a company's earlier visits.
    "CREATE INDEX visits_company ON visits(org_id, company_id, started_at)",
    // Companies and industries an organisation hides (its own offices, customers, …): one of
    // company_id and sbi_prefix is set, the other ''.
    "CREATE TABLE ignored ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " company_id TEXT NOT NULL DEFAULT '',"
    " sbi_prefix TEXT NOT NULL DEFAULT '',"
    " category TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " by_id TEXT NOT NULL,"
    " at BIGINT NOT NULL,"
    " PRIMARY KEY (org_id, id))",
    "CREATE UNIQUE INDEX ignored_once ON ignored(org_id, company_id, sbi_prefix)",
    "ALTER TABLE organisations ADD COLUMN ignored_version BIGINT NOT NULL DEFAULT 0",
    // Target-account lists: named sets of companies a team goes after.
    "CREATE TABLE target_lists ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " created_by TEXT NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " PRIMARY KEY (org_id, id))",
    "CREATE UNIQUE INDEX target_lists_name ON target_lists(org_id, name)",
    "CREATE TABLE target_entries ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " list_id TEXT NOT NULL,"
    " company_id TEXT NOT NULL,"
    " added_by TEXT NOT NULL,"
    " added_at BIGINT NOT NULL,"
    " PRIMARY KEY (org_id, list_id, company_id))",
    "CREATE INDEX target_entries_company ON target_entries(org_id, company_id)",
};

// E-mail alerts and digests: each user's choices, and a durable outbox the
// mail worker sends from (retried with backoff, survives a restart).
const char* const kVersion9[] = {
    "CREATE TABLE alert_prefs ("
    " user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " email_alerts INTEGER NOT NULL DEFAULT 0,"
    " digest TEXT NOT NULL DEFAULT 'off',"      // off, daily, weekly
    " digest_hour INTEGER NOT NULL DEFAULT 8,"  // local hour, 0-23
    " digest_days INTEGER NOT NULL DEFAULT 31," // bit 0 = Monday … bit 6 = Sunday
    " quiet_from INTEGER NOT NULL DEFAULT -1,"  // local hours; -1: no quiet hours
    " quiet_to INTEGER NOT NULL DEFAULT -1,"
    " language TEXT NOT NULL DEFAULT 'en',"
    " time_zone TEXT NOT NULL DEFAULT 'UTC',"
    " digest_through BIGINT NOT NULL DEFAULT 0," // the last digest time queued
    " updated_at BIGINT NOT NULL)",
    "CREATE TABLE mail_outbox ("
    " id {SERIAL},"
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL," // alert (ref: a rule firing), digest (ref: "<from ms>-<to ms>")
    " ref TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'queued'," // queued, sending, sent, skipped, failed
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_at BIGINT NOT NULL,"
    " lease_until BIGINT NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '',"
    " subject TEXT NOT NULL DEFAULT '',"
    " created_at BIGINT NOT NULL,"
    " sent_at BIGINT NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX mail_outbox_once ON mail_outbox(user_id, kind, ref)",
    "CREATE INDEX mail_outbox_due ON mail_outbox(state, next_at)",
};

// Webhooks: each organisation's destinations (what to send where, signed
// with their own secret) and the durable outbox of deliveries the webhook
// worker sends from, at least once, retried with backoff for up to 3 days.
const char* const kVersion10[] = {
    "CREATE TABLE webhooks ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " kind TEXT NOT NULL DEFAULT 'webhook',"
    " url TEXT NOT NULL,"
    " events TEXT NOT NULL,"            // JSON array of event types
    " filter TEXT NOT NULL DEFAULT ''," // the shared filter language (JSON); '' = every company
    " secret TEXT NOT NULL,"            // whsec_…
    " previous_secret TEXT NOT NULL DEFAULT '',"
    " previous_until BIGINT NOT NULL DEFAULT 0,"   // both secrets sign until then (rotation)
    " cursor_seq BIGINT NOT NULL DEFAULT 0,"       // the change log is turned into events up to here
    " finished_through BIGINT NOT NULL DEFAULT 0," // visits that ended up to here were announced
    " failures INTEGER NOT NULL DEFAULT 0,"        // failed attempts in a row
    " failing_since BIGINT NOT NULL DEFAULT 0,"    // the first of them
    " paused_at BIGINT NOT NULL DEFAULT 0,"
    " paused_reason TEXT NOT NULL DEFAULT '',"
    " created_by TEXT NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " PRIMARY KEY (org_id, id))",
    "CREATE TABLE webhook_deliveries ("
    " id TEXT PRIMARY KEY," // the webhook-id header: the receiver's idempotency key
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " webhook_id TEXT NOT NULL,"
    " event TEXT NOT NULL,"
    " payload TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'queued'," // queued, sending, delivered, failed
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_at BIGINT NOT NULL,"
    " lease_until BIGINT NOT NULL DEFAULT 0,"
    " status INTEGER NOT NULL DEFAULT 0," // the receiver's last HTTP status (0: none)
    " latency_ms INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '',"
    " created_at BIGINT NOT NULL,"
    " delivered_at BIGINT NOT NULL DEFAULT 0)",
    "CREATE INDEX webhook_deliveries_due ON webhook_deliveries(state, next_at)",
    "CREATE INDEX webhook_deliveries_hook ON webhook_deliveries(org_id, webhook_id, created_at)",
};

// Slack and Teams destinations write their messages in a language of their
// own; organisations' read-only API tokens (stored as a hash only).
const char* const kVersion11[] = {
    "ALTER TABLE webhooks ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
    "CREATE TABLE api_tokens ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " scopes TEXT NOT NULL,"      // JSON array: leads, visits, segments
    " hash TEXT NOT NULL UNIQUE," // SHA-256 (hex) of the token; the token itself is shown once
    " hint TEXT NOT NULL,"        // its first characters, to tell tokens apart
    " expires_at BIGINT NOT NULL,"
    " created_by TEXT NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " last_used_at BIGINT NOT NULL DEFAULT 0,"
    " revoked_at BIGINT NOT NULL DEFAULT 0,"
    " PRIMARY KEY (org_id, id))",
};

// HubSpot destinations: the private app's token sealed with the operator's
// key (never in clear), what each delivery made at the receiver (a note's
// id, so a retry does not make it twice), and which HubSpot company each
// Leadscope company was matched to or created as. A delivery's body is kept
// once however many destinations receive it (webhook_payloads), so the
// outbox's rows stay small: SQLite rewrites a whole row on each update, and
// its one writer is shared with ingest.
const char* const kVersion12[] = {
    "CREATE TABLE webhook_payloads ("
    " id TEXT PRIMARY KEY," // SHA-256 (hex) of the organisation and the body
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " payload TEXT NOT NULL,"
    " created_at BIGINT NOT NULL)",
    "ALTER TABLE webhook_deliveries ADD COLUMN payload_id TEXT NOT NULL DEFAULT ''", // '' : the body is in payload
    "CREATE INDEX webhook_deliveries_payload ON webhook_deliveries(payload_id)",
    "ALTER TABLE webhooks ADD COLUMN credential TEXT NOT NULL DEFAULT ''",      // SecretBox::seal of the token
    "ALTER TABLE webhooks ADD COLUMN credential_hint TEXT NOT NULL DEFAULT ''", // its last characters
    "ALTER TABLE webhook_deliveries ADD COLUMN remote_id TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE hubspot_companies ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " webhook_id TEXT NOT NULL,"
    " company_id TEXT NOT NULL,"
    " hubspot_id TEXT NOT NULL,"
    " matched_by TEXT NOT NULL,"                 // registry_number, domain, created
    " registry_number TEXT NOT NULL DEFAULT ''," // as last written to HubSpot
    " owner_id TEXT NOT NULL DEFAULT '',"        // as last written to HubSpot
    " first_at BIGINT NOT NULL,"
    " updated_at BIGINT NOT NULL,"
    " PRIMARY KEY (org_id, webhook_id, company_id))",
};

// Matches that explain themselves (docs/MATCHING.md): where each range came
// from (registry_sources, one row per ranges file of an import) and how it
// was tied to its company; each visit keeps how it was matched — an opaque
// key of the range (a hash of its bounds, never the visitor's address), the
// range's size as a prefix length, kind, link and source, and the confidence
// derived from them. An organisation's "wrong company" reports correct its
// own future matches at once (match_corrections, cached by
// corrections_version); the operator's corrections of the shared register
// (register_corrections) outlive re-imports. Traffic that is not a visit is
// counted per website, day and kind (people not tied to a company, and bot
// hits by reason) — counts only, as before.
const char* const kVersion13[] = {
    "CREATE TABLE registry_sources ("
    " id {SERIAL},"
    " imported_at BIGINT NOT NULL,"
    " format TEXT NOT NULL," // leadscope, ip-location-db
    " file TEXT NOT NULL,"   // the ranges file's name (no directory)
    " ranges BIGINT NOT NULL DEFAULT 0)",
    "ALTER TABLE ip_ranges ADD COLUMN source_id BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE ip_ranges ADD COLUMN linked_by TEXT NOT NULL DEFAULT ''",       // registry_number, name, ''
    "ALTER TABLE visits ADD COLUMN match_confidence INTEGER NOT NULL DEFAULT 0", // 1 low, 2 medium, 3 high
    "ALTER TABLE visits ADD COLUMN match_range TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE visits ADD COLUMN match_source BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE visits ADD COLUMN match_prefix INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE visits ADD COLUMN match_ip_version INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE visits ADD COLUMN match_kind TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE visits ADD COLUMN match_linked_by TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX visits_match_range ON visits(org_id, match_range)",
    "CREATE TABLE traffic_counts ("
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " site_id TEXT NOT NULL,"
    " day TEXT NOT NULL,"
    " kind TEXT NOT NULL," // company, isp, mobile, unknown, …, bot:crawler, bot:automated, …
    " hits BIGINT NOT NULL DEFAULT 0,"
    " PRIMARY KEY (org_id, site_id, day, kind))",
    "INSERT INTO traffic_counts (org_id, site_id, day, kind, hits) "
    "SELECT org_id, '', day, kind, hits FROM unidentified_hits",
    "DROP TABLE unidentified_hits",
    "ALTER TABLE sites ADD COLUMN record_automated INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE organisations ADD COLUMN corrections_version BIGINT NOT NULL DEFAULT 0",
    "CREATE TABLE match_corrections ("
    " id TEXT PRIMARY KEY,"
    " org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " created_at BIGINT NOT NULL,"
    " created_by TEXT NOT NULL,"
    " range_key TEXT NOT NULL,"
    " range_start {BLOB} NOT NULL," // the register's range (its data, not a visitor's address)
    " range_end {BLOB} NOT NULL,"
    " range_kind TEXT NOT NULL,"
    " network_name TEXT NOT NULL DEFAULT '',"
    " reported_company_id TEXT NOT NULL,"
    " verdict TEXT NOT NULL,"               // isp, other_company, not_company
    " company_id TEXT NOT NULL DEFAULT ''," // other_company: the right one
    " note TEXT NOT NULL DEFAULT '',"
    " relabelled BIGINT NOT NULL DEFAULT 0," // past visits changed with the report
    " state TEXT NOT NULL DEFAULT 'open',"   // open, applied, rejected (the operator's answer)
    " resolved_at BIGINT NOT NULL DEFAULT 0,"
    " resolution TEXT NOT NULL DEFAULT '')",
    "CREATE UNIQUE INDEX match_corrections_org_range ON match_corrections(org_id, range_key)",
    "CREATE INDEX match_corrections_state ON match_corrections(state, range_key)",
    "CREATE TABLE register_corrections ("
    " range_key TEXT PRIMARY KEY,"
    " range_start {BLOB} NOT NULL,"
    " range_end {BLOB} NOT NULL,"
    " kind TEXT NOT NULL,"
    " company_id TEXT,"
    " applied_at BIGINT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '')",
};

// The daily compaction of the change log looks only at what changed since
// its last run (dataset XL, #27): where that run stopped, and the tombstones
// on their own (the compaction's and cursor expiry's one question of them).
const char* const kVersion14[] = {
    "ALTER TABLE organisations ADD COLUMN compacted_seq BIGINT NOT NULL DEFAULT 0",      // the log's end then
    "ALTER TABLE organisations ADD COLUMN compacted_boundary BIGINT NOT NULL DEFAULT 0", // its last change past the
                                                                                         // horizon
    "CREATE INDEX changes_deletes ON changes(org_id, seq) WHERE op = 'delete'",
};

} // namespace

QStringList Migrations::statements(int version, bool postgres)
{
    QStringList out;
    QList<const char*> source;
    if (version == 1)
        source = QList<const char*>(std::begin(kVersion1), std::end(kVersion1));
    else if (version == 2)
        source = QList<const char*>(std::begin(kVersion2), std::end(kVersion2));
    else if (version == 3)
        source = QList<const char*>(std::begin(kVersion3), std::end(kVersion3));
    else if (version == 4)
        source = QList<const char*>(std::begin(kVersion4), std::end(kVersion4));
    else if (version == 5)
        source = QList<const char*>(std::begin(kVersion5), std::end(kVersion5));
    else if (version == 6)
        source = QList<const char*>(std::begin(kVersion6), std::end(kVersion6));
    else if (version == 7)
        source = QList<const char*>(std::begin(kVersion7), std::end(kVersion7));
    else if (version == 8)
        source = QList<const char*>(std::begin(kVersion8), std::end(kVersion8));
    else if (version == 9)
        source = QList<const char*>(std::begin(kVersion9), std::end(kVersion9));
    else if (version == 10)
        source = QList<const char*>(std::begin(kVersion10), std::end(kVersion10));
    else if (version == 11)
        source = QList<const char*>(std::begin(kVersion11), std::end(kVersion11));
    else if (version == 12)
        source = QList<const char*>(std::begin(kVersion12), std::end(kVersion12));
    else if (version == 13)
        source = QList<const char*>(std::begin(kVersion13), std::end(kVersion13));
    else if (version == 14)
        source = QList<const char*>(std::begin(kVersion14), std::end(kVersion14));
    for (const char* statement : source) {
        QString sql = QString::fromLatin1(statement);
        sql.replace(QLatin1String("{BLOB}"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
        sql.replace(QLatin1String("{SERIAL}"), postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                                        : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        out << sql;
    }
    return out;
}

} // namespace leadscope::server
