#include "Cache.h"

#include "core/query/LeadScore.h"

#include "EncryptedVfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <filesystem>

namespace leadscope::core {

namespace {

// Version 1: the synced entities, the local annotation queue, search.
// Times are Unix milliseconds; what the server sends as text stays text.
const char* const kVersion1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE companies (
    id TEXT PRIMARY KEY,
    registry_number TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    trade_name TEXT NOT NULL DEFAULT '',
    legal_form TEXT NOT NULL DEFAULT '',
    sbi_code TEXT NOT NULL DEFAULT '',
    sbi_label TEXT NOT NULL DEFAULT '',
    employee_band TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    linkedin TEXT NOT NULL DEFAULT ''
);
CREATE TABLE visits (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    visitor_key TEXT NOT NULL DEFAULT '',
    site_id TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL,
    ended_at INTEGER NOT NULL,
    pageviews INTEGER NOT NULL DEFAULT 0,
    referrer_class TEXT NOT NULL DEFAULT '',
    referrer_host TEXT NOT NULL DEFAULT '',
    utm_source TEXT NOT NULL DEFAULT '',
    utm_medium TEXT NOT NULL DEFAULT '',
    utm_campaign TEXT NOT NULL DEFAULT '',
    landing_page TEXT NOT NULL DEFAULT '',
    device TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visits_company ON visits(company_id, started_at);
CREATE INDEX visits_started ON visits(started_at);
CREATE INDEX visits_visitor ON visits(visitor_key, started_at);
CREATE TABLE pageviews (
    id TEXT PRIMARY KEY,
    visit_id TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    viewed_at INTEGER NOT NULL,
    seconds INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pageviews_visit ON pageviews(visit_id, viewed_at);
CREATE TABLE annotations (
    company_id TEXT PRIMARY KEY,
    tags TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',
    assignee TEXT,
    updated_at TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    company_id TEXT NOT NULL,
    body TEXT NOT NULL,
    queued_at INTEGER NOT NULL
);
CREATE VIRTUAL TABLE company_search USING fts5(
    name, trade_name, city, website, content='companies', content_rowid='rowid', prefix='2 3'
);
CREATE TRIGGER companies_ai AFTER INSERT ON companies BEGIN
    INSERT INTO company_search(rowid, name, trade_name, city, website)
    VALUES (new.rowid, new.name, new.trade_name, new.city, new.website);
END;
CREATE TRIGGER companies_ad AFTER DELETE ON companies BEGIN
    INSERT INTO company_search(company_search, rowid, name, trade_name, city, website)
    VALUES ('delete', old.rowid, old.name, old.trade_name, old.city, old.website);
END;
CREATE TRIGGER companies_au AFTER UPDATE ON companies BEGIN
    INSERT INTO company_search(company_search, rowid, name, trade_name, city, website)
    VALUES ('delete', old.rowid, old.name, old.trade_name, old.city, old.website);
    INSERT INTO company_search(rowid, name, trade_name, city, website)
    VALUES (new.rowid, new.name, new.trade_name, new.city, new.website);
END;
)sql";

// Version 2: per-company visit figures, kept by triggers on every change
// of visits, so that the leads list pages through an index instead of
// aggregating visits.
const char* const kVersion2 = R"sql(
CREATE TABLE company_stats (
    company_id TEXT PRIMARY KEY,
    visits INTEGER NOT NULL,
    pageviews INTEGER NOT NULL,
    first_visit INTEGER NOT NULL,
    last_visit INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX company_stats_last ON company_stats(last_visit, company_id);
INSERT INTO company_stats (company_id, visits, pageviews, first_visit, last_visit)
    SELECT company_id, count(*), sum(pageviews), min(started_at), max(started_at) FROM visits GROUP BY company_id;
CREATE TRIGGER visits_stats_ai AFTER INSERT ON visits BEGIN
    INSERT INTO company_stats (company_id, visits, pageviews, first_visit, last_visit)
    VALUES (new.company_id, 1, new.pageviews, new.started_at, new.started_at)
    ON CONFLICT (company_id) DO UPDATE SET visits = visits + 1, pageviews = pageviews + excluded.pageviews,
        first_visit = min(first_visit, excluded.first_visit), last_visit = max(last_visit, excluded.last_visit);
END;
CREATE TRIGGER visits_stats_ad AFTER DELETE ON visits BEGIN
    UPDATE company_stats SET visits = visits - 1, pageviews = pageviews - old.pageviews,
        first_visit = coalesce((SELECT min(started_at) FROM visits WHERE company_id = old.company_id), 0),
        last_visit = coalesce((SELECT max(started_at) FROM visits WHERE company_id = old.company_id), 0)
    WHERE company_id = old.company_id;
    DELETE FROM company_stats WHERE company_id = old.company_id AND visits <= 0;
END;
CREATE TRIGGER visits_stats_au AFTER UPDATE OF company_id, started_at, pageviews ON visits BEGIN
    UPDATE company_stats SET visits = visits - 1, pageviews = pageviews - old.pageviews,
        first_visit = coalesce((SELECT min(started_at) FROM visits WHERE company_id = old.company_id), 0),
        last_visit = coalesce((SELECT max(started_at) FROM visits WHERE company_id = old.company_id), 0)
    WHERE company_id = old.company_id;
    DELETE FROM company_stats WHERE company_id = old.company_id AND visits <= 0;
    INSERT INTO company_stats (company_id, visits, pageviews, first_visit, last_visit)
    VALUES (new.company_id, 1, new.pageviews, new.started_at, new.started_at)
    ON CONFLICT (company_id) DO UPDATE SET visits = visits + 1, pageviews = pageviews + excluded.pageviews,
        first_visit = min(first_visit, excluded.first_visit), last_visit = max(last_visit, excluded.last_visit);
END;
)sql";

// Version 3: which visits the user has seen (local only, never synced): a
// company whose last visit is newer than what was seen shows as unseen;
// the annotation a queued edit replaced (restored if the server refuses it).
const char* const kVersion3 = R"sql(
CREATE TABLE seen (company_id TEXT PRIMARY KEY, seen_until INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX visits_site ON visits(website, started_at);
ALTER TABLE outbox ADD COLUMN previous TEXT NOT NULL DEFAULT 'null';
)sql";

// Version 4: the lead score's page-view signals per company (page views
// that show buying intent, time on the site), refreshed by the change
// applier for the companies each sync page touched, so that lists and
// exports read them instead of every page view.
const char* const kVersion4 = R"sql(
ALTER TABLE company_stats ADD COLUMN intent_views INTEGER NOT NULL DEFAULT 0;
ALTER TABLE company_stats ADD COLUMN seconds INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 5: the organisation's people (GET /api/v1/me's "team"), so that
// assignees show, sort and export by name; replaced whole on each refresh.
const char* const kVersion5 = R"sql(
CREATE TABLE team (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    disabled INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)sql";

// The team's activity on each company (who changed status, assignee, tags or
// note, and when). The history made before this version exists only on the
// server: forgetting the cursor fetches it with one fresh download, applied
// over what is here.
const char* const kVersion6 = R"sql(
CREATE TABLE activity (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    by TEXT NOT NULL DEFAULT '',
    changes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX activity_company ON activity(company_id, at);
DELETE FROM meta WHERE key = 'sync.cursor';
)sql";

// Version 7: saved segments kept by the server (GET /api/v1/segments): the
// user's own and the team's shared ones, replaced whole on each refresh.
const char* const kVersion7 = R"sql(
CREATE TABLE segments (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    filter TEXT NOT NULL DEFAULT '{}',
    sharing TEXT NOT NULL DEFAULT 'private',
    owner_email TEXT NOT NULL DEFAULT '',
    mine INTEGER NOT NULL DEFAULT 0,
    can_edit INTEGER NOT NULL DEFAULT 0,
    can_delete INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)sql";

// Version 8: the organisation's rules (GET /api/v1/rules, replaced whole on
// each refresh) and each time one fired on a visit (synced changes of type
// rule_firing), with why it fired and what it did; target-account lists
// (GET /api/v1/target-lists, replaced whole); the companies and
// industries the team hides (GET /api/v1/ignored), and the view of the
// companies they come to, which every list, count and chart leaves out.
const char* const kVersion8 = R"sql(
CREATE TABLE rules (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    filter TEXT NOT NULL DEFAULT '{}',
    actions TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE rule_firings (
    id TEXT PRIMARY KEY,
    rule_id TEXT NOT NULL,
    rule_name TEXT NOT NULL DEFAULT '',
    company_id TEXT NOT NULL,
    visit_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    why TEXT NOT NULL DEFAULT '{}',
    did TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX rule_firings_company ON rule_firings(company_id, at);
CREATE INDEX rule_firings_rule ON rule_firings(rule_id, at);
CREATE TABLE ignored (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL DEFAULT '',
    company_name TEXT NOT NULL DEFAULT '',
    sbi_prefix TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'other',
    reason TEXT NOT NULL DEFAULT '',
    by_email TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE target_lists (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE target_entries (
    list_id TEXT NOT NULL,
    company_id TEXT NOT NULL,
    PRIMARY KEY (list_id, company_id)
) WITHOUT ROWID;
CREATE INDEX target_entries_company ON target_entries(company_id);
CREATE INDEX companies_sbi ON companies(sbi_code);
-- (CROSS JOIN: the few entries drive; an industry is a range of the SBI index.)
CREATE VIEW ignored_companies AS
    SELECT company_id FROM ignored WHERE company_id <> ''
    UNION
    SELECT c.id FROM ignored i CROSS JOIN companies c WHERE i.sbi_prefix <> '' AND
        c.sbi_code >= i.sbi_prefix AND c.sbi_code < i.sbi_prefix || ':';
)sql";

// Version 9: page views by path, case-insensitively, with when and which
// visit (the LIKE of a rule's "a page like /prijzen*" walks the matching
// paths instead of every visit's pages, without reading the rows): the rule
// editor's test on the last 30 days.
const char* const kVersion9 = R"sql(
CREATE INDEX pageviews_path ON pageviews(path COLLATE NOCASE, viewed_at, visit_id);
)sql";

// Version 10: how each visit's company was matched (the server's "match"
// object as sent, and its confidence 1 low … 3 high, 0 not known), each
// company's best match (kept by the triggers, for the list's column and
// filter); the organisation's "wrong company" reports (GET
// /api/v1/corrections) and its websites' daily traffic that is no visit
// (GET /api/v1/traffic), both replaced whole after each sync.
const char* const kVersion10 = R"sql(
ALTER TABLE visits ADD COLUMN match TEXT NOT NULL DEFAULT '{}';
ALTER TABLE visits ADD COLUMN confidence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE company_stats ADD COLUMN confidence INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER IF EXISTS visits_stats_ai;
DROP TRIGGER IF EXISTS visits_stats_ad;
DROP TRIGGER IF EXISTS visits_stats_au;
CREATE TRIGGER visits_stats_ai AFTER INSERT ON visits BEGIN
    INSERT INTO company_stats (company_id, visits, pageviews, first_visit, last_visit, confidence)
    VALUES (new.company_id, 1, new.pageviews, new.started_at, new.started_at, new.confidence)
    ON CONFLICT (company_id) DO UPDATE SET visits = visits + 1, pageviews = pageviews + excluded.pageviews,
        first_visit = min(first_visit, excluded.first_visit), last_visit = max(last_visit, excluded.last_visit),
        confidence = max(confidence, excluded.confidence);
END;
CREATE TRIGGER visits_stats_ad AFTER DELETE ON visits BEGIN
    UPDATE company_stats SET visits = visits - 1, pageviews = pageviews - old.pageviews,
        first_visit = coalesce((SELECT min(started_at) FROM visits WHERE company_id = old.company_id), 0),
        last_visit = coalesce((SELECT max(started_at) FROM visits WHERE company_id = old.company_id), 0),
        confidence = coalesce((SELECT max(confidence) FROM visits WHERE company_id = old.company_id), 0)
    WHERE company_id = old.company_id;
    DELETE FROM company_stats WHERE company_id = old.company_id AND visits <= 0;
END;
CREATE TRIGGER visits_stats_au AFTER UPDATE OF company_id, started_at, pageviews, confidence ON visits BEGIN
    UPDATE company_stats SET visits = visits - 1, pageviews = pageviews - old.pageviews,
        first_visit = coalesce((SELECT min(started_at) FROM visits WHERE company_id = old.company_id), 0),
        last_visit = coalesce((SELECT max(started_at) FROM visits WHERE company_id = old.company_id), 0),
        confidence = coalesce((SELECT max(confidence) FROM visits WHERE company_id = old.company_id), 0)
    WHERE company_id = old.company_id;
    DELETE FROM company_stats WHERE company_id = old.company_id AND visits <= 0;
    INSERT INTO company_stats (company_id, visits, pageviews, first_visit, last_visit, confidence)
    VALUES (new.company_id, 1, new.pageviews, new.started_at, new.started_at, new.confidence)
    ON CONFLICT (company_id) DO UPDATE SET visits = visits + 1, pageviews = pageviews + excluded.pageviews,
        first_visit = min(first_visit, excluded.first_visit), last_visit = max(last_visit, excluded.last_visit),
        confidence = max(confidence, excluded.confidence);
END;
CREATE INDEX company_stats_confidence ON company_stats(confidence, last_visit, company_id);
CREATE TABLE traffic (
    site_id TEXT NOT NULL,
    website TEXT NOT NULL DEFAULT '',
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    hits INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, day, kind)
) WITHOUT ROWID;
CREATE TABLE corrections (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    verdict TEXT NOT NULL,
    correct_company_id TEXT NOT NULL DEFAULT '',
    correct_company_name TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    relabelled INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'open',
    resolution TEXT NOT NULL DEFAULT '',
    by_id TEXT NOT NULL DEFAULT '',
    by_email TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX corrections_company ON corrections(company_id, at);
)sql";

// Version 11: a visit's match in a table of its own. Its JSON (about 200
// bytes) made every visit row three times as wide, and the list's, rules'
// and charts' scans of visits read it for nothing (measured on dataset L: a
// rule's test on history 513 → 375 ms; the cache's size stays). The
// confidence, which the list and rules filter on, stays in visits.
const char* const kVersion11 = R"sql(
CREATE TABLE visit_matches (
    visit_id TEXT PRIMARY KEY,
    match TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO visit_matches (visit_id, match) SELECT id, match FROM visits WHERE match NOT IN ('', '{}');
ALTER TABLE visits DROP COLUMN match;
CREATE TRIGGER visits_match_ad AFTER DELETE ON visits BEGIN
    DELETE FROM visit_matches WHERE visit_id = old.id;
END;
)sql";

QString openFailure(int code, const QString& detail)
{
    if ((code & 0xff) == SQLITE_FULL)
        return Cache::writeFailure(code, detail);
    return Cache::tr("The local copy of your data cannot be opened: %1").arg(detail);
}

bool damaged(int code)
{
    return code == SQLITE_IOERR_DATA || code == SQLITE_IOERR_SHORT_READ || (code & 0xff) == SQLITE_NOTADB ||
           (code & 0xff) == SQLITE_CORRUPT;
}

QString damagedMessage()
{
    return Cache::tr("The local copy of your data cannot be read: it was changed or damaged, or its key is not the "
                     "right one. Discard it and sync again; nothing on the server is lost.");
}

} // namespace

bool Cache::setPageCache(int mebibytes, QString* error)
{
    return m_db.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(qint64(mebibytes) * 1024), error);
}

std::unique_ptr<Cache> Cache::open(const QString& path, QByteArrayView key, OpenResult* result)
{
    *result = OpenResult{};
    QString error;
    if (!EncryptedVfs::ensureRegistered(&error) || !EncryptedVfs::setKey(path, key, &error)) {
        *result = {Error::NotEncrypted,
                   tr("The local copy of your data cannot be encrypted, so it is not opened. (%1)").arg(error)};
        return nullptr;
    }
    std::unique_ptr<Cache> cache(new Cache);
    cache->m_path = path;
    const QFileInfo info(path);
    const bool fresh = !info.exists() || info.size() == 0;
    if (!QDir().mkpath(info.absolutePath()) || !cache->m_db.open(path, EncryptedVfs::name(), &error)) {
        *result = damaged(cache->m_db.lastErrorCode())
                      ? OpenResult{Error::WrongKeyOrDamaged, damagedMessage()}
                      : OpenResult{Error::CannotOpen, openFailure(cache->m_db.lastErrorCode(), error)};
        return nullptr;
    }
    if (!cache->configure(fresh, result))
        return nullptr;
    return cache;
}

bool Cache::configure(bool fresh, OpenResult* result)
{
    QString error;
    if (fresh) {
        // Before the first page is written: the page size the VFS encrypts
        // and room in every page for the nonce and tag.
        int reserve = EncryptedVfs::kReservedBytes;
        if (!m_db.exec(QStringLiteral("PRAGMA page_size=%1").arg(EncryptedVfs::kPageSize), &error) ||
            sqlite3_file_control(m_db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK) {
            *result = {Error::NotEncrypted, tr("The local copy of your data cannot be encrypted, so it is not "
                                               "created.")};
            return false;
        }
    }
    // The first read authenticates page 1: a wrong key or a changed byte stops here.
    if (!m_db.exec(QStringLiteral("PRAGMA temp_store=MEMORY; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                                  "PRAGMA foreign_keys=ON"),
                   &error) ||
        !setPageCache(kPageCacheMiB, &error) ||
        !m_db.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &error) ||
        !LeadScore::registerSqlFunction(m_db.handle(), &error)) {
        const int code = m_db.lastErrorCode();
        if (damaged(code))
            *result = {Error::WrongKeyOrDamaged, damagedMessage()};
        else
            *result = {Error::CannotOpen, openFailure(code, error)};
        return false;
    }
    if (!EncryptedVfs::isInEffect(m_db.handle())) {
        *result = {Error::NotEncrypted, tr("The local copy of your data would not be encrypted, so it is not "
                                           "opened.")};
        return false;
    }
    if (!migrate(&error)) {
        *result = {error.startsWith(QLatin1String("newer")) ? Error::NewerSchema : Error::CannotOpen,
                   error.startsWith(QLatin1String("newer"))
                       ? tr("The local copy of your data was made by a newer Leadscope. Update Leadscope, or "
                            "discard it and sync again.")
                       : openFailure(m_db.lastErrorCode(), error)};
        return false;
    }
    return true;
}

QString Cache::writeFailure(int sqliteCode, const QString& detail)
{
    if ((sqliteCode & 0xff) == SQLITE_FULL)
        return tr("The disk is full, so the local copy of your data cannot be written. Free some space and try "
                  "again.");
    return tr("The local copy of your data cannot be written: %1").arg(detail);
}

QString Cache::schema(int version)
{
    switch (version) {
    case 1:
        return QString::fromUtf8(kVersion1);
    case 2:
        return QString::fromUtf8(kVersion2);
    case 3:
        return QString::fromUtf8(kVersion3);
    case 4:
        return QString::fromUtf8(kVersion4) + LeadScore::refreshSignalsSql(QStringLiteral("1")) + u';';
    case 5:
        return QString::fromUtf8(kVersion5);
    case 6:
        return QString::fromUtf8(kVersion6);
    case 7:
        return QString::fromUtf8(kVersion7);
    case 8:
        return QString::fromUtf8(kVersion8);
    case 9:
        return QString::fromUtf8(kVersion9);
    case 10:
        return QString::fromUtf8(kVersion10);
    case 11:
        return QString::fromUtf8(kVersion11);
    default:
        return {};
    }
}

bool Cache::migrate(QString* error)
{
    SqliteStatement version = m_db.prepare(QStringLiteral("PRAGMA user_version"), error);
    if (!version.isValid() || !version.next())
        return false;
    const int current = int(version.int64(0));
    version = SqliteStatement();
    if (current > kSchemaVersion) {
        *error = QStringLiteral("newer schema");
        return false;
    }
    for (int next = current + 1; next <= kSchemaVersion; ++next) {
        SqliteDatabase::Transaction transaction(m_db);
        // Another connection may have migrated meanwhile: look again inside the transaction.
        SqliteStatement again = m_db.prepare(QStringLiteral("PRAGMA user_version"), error);
        if (!again.isValid() || !again.next())
            return false;
        const bool done = again.int64(0) >= next;
        again = SqliteStatement();
        if (done)
            continue;
        if (!m_db.exec(schema(next), error) || !m_db.exec(QStringLiteral("PRAGMA user_version=%1").arg(next), error) ||
            !transaction.commit(error))
            return false;
    }
    return true;
}

Cache::~Cache()
{
    m_db.close();
    EncryptedVfs::forgetKey(m_path);
}

bool Cache::remove(const QString& path, QString* error)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove()) {
            *error = tr("%1 cannot be deleted: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

bool Cache::rekey(QByteArrayView newKey, QString* error)
{
    const QString next = m_path + QStringLiteral(".rekey");
    if (!remove(next, error) || !EncryptedVfs::setKey(next, newKey, error))
        return false;
    // VACUUM INTO writes through the same VFS, page size and reserve.
    SqliteStatement vacuum = m_db.prepare(QStringLiteral("VACUUM INTO ?"), error);
    if (!vacuum.isValid() || !vacuum.bind(1, next).exec()) {
        if (vacuum.isValid())
            *error = vacuum.error();
        EncryptedVfs::forgetKey(next);
        remove(next, error);
        return false;
    }
    vacuum = SqliteStatement();
    m_db.close();
    EncryptedVfs::forgetKey(m_path); // the old key; the new one is registered below
    EncryptedVfs::forgetKey(next);
    std::error_code failure;
    std::filesystem::rename(next.toStdString(), m_path.toStdString(), failure); // atomic replace
    if (failure) {
        *error = tr("The re-encrypted copy could not replace the old one: %1")
                     .arg(QString::fromLocal8Bit(failure.message().c_str()));
        return false;
    }
    OpenResult result;
    if (!EncryptedVfs::setKey(m_path, newKey, error) || !m_db.open(m_path, EncryptedVfs::name(), error) ||
        !configure(false, &result)) {
        if (error->isEmpty())
            *error = result.message;
        return false;
    }
    return true;
}

QString Cache::meta(const QString& key)
{
    QString error;
    SqliteStatement query = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"), &error);
    if (!query.isValid() || !query.bind(1, key).next())
        return {};
    return query.text(0);
}

bool Cache::setMeta(const QString& key, const QString& value, QString* error)
{
    SqliteStatement query = m_db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                         error);
    if (!query.isValid())
        return false;
    if (!query.bind(1, key).bind(2, value).exec()) {
        *error = query.error();
        return false;
    }
    return true;
}

} // namespace leadscope::core
