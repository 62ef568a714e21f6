-- Fills one organisation of a PostgreSQL store with dataset L (scale 1:
-- 100 000 companies, 500 000 visits, 2 000 000 page views) or XL (scale 10),
-- server-side with generate_series: the registry's companies, the
-- organisation's visits and page views spread evenly over the 25 months
-- before now_ms, and the change log as the server writes it (each company,
-- then each visit followed by its page views, in time order). Deterministic:
-- the same rows for the same now_ms. In four steps, the middle two at the
-- same time in two sessions (bench-xl does):
--   psql URL -v step=STEP -v org=… -v site=… -v scale=10 -v now_ms=… -f xl-fill.sql
-- STEP: begin (drops the secondary indexes), rows (companies, visits, page
-- views), changes (the change log), end (indexes, statistics).
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SELECT :'step' = 'begin' AS step_begin, :'step' = 'rows' AS step_rows, :'step' = 'changes' AS step_changes,
       :'step' = 'end' AS step_end \gset

CREATE TEMP TABLE xl_sizes AS
SELECT 100000 * :scale AS companies,
       500000 * :scale AS visits,
       t0, :now_ms::bigint - t0 AS span
FROM (SELECT (extract(epoch FROM to_timestamp(:now_ms / 1000.0) - interval '25 months') * 1000)::bigint AS t0) AS m;

\if :step_begin
-- Filled without the secondary indexes, which are built again at the end
-- (much faster than keeping them up to date row by row).
CREATE TABLE xl_indexes AS
SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = 'public' AND tablename IN ('companies', 'visits', 'pageviews', 'changes')
  AND indexname NOT IN (SELECT conname FROM pg_constraint);
DO $$
DECLARE i record;
BEGIN
    FOR i IN SELECT indexname FROM xl_indexes LOOP
        EXECUTE format('DROP INDEX %I', i.indexname);
    END LOOP;
END $$;
\endif

\if :step_rows
-- The registry (registry numbers from 90 000 001, clear of what an import brings).
INSERT INTO companies (id, registry_number, name, trade_name, legal_form, sbi_code, sbi_label, employee_band,
                       street, postcode, city, country, website, updated_at)
SELECT 'kvk-' || (90000000 + i), (90000000 + i)::text,
       'Company ' || i || ' B.V.', CASE WHEN i % 3 = 0 THEN 'Trade ' || i ELSE '' END,
       'Besloten Vennootschap', lpad((6201 + i % 90)::text, 4, '0'), 'Industry ' || (i % 90),
       (ARRAY['1', '2-4', '5-9', '10-19', '20-49', '50-99', '100-199', '500+'])[1 + i % 8],
       'Straat ' || (i % 400), lpad((1000 + i % 8000)::text, 4, '0') || ' AB', 'City ' || (i % 300), 'NL',
       'www.company-' || i || '.example', s.t0
FROM xl_sizes s, generate_series(1, s.companies) AS i;

-- Visits: evenly over the span, each of a company, 4 page views a visit.
INSERT INTO visits (id, org_id, site_id, company_id, visitor_key, session_key, started_at, last_at, pageviews,
                    referrer_class, referrer_host, utm_source, utm_medium, utm_campaign, landing_path,
                    device_class, match_confidence, match_range, match_source, match_prefix, match_ip_version,
                    match_kind, match_linked_by)
SELECT 'v-' || lpad(to_hex(t), 12, '0') || substr(md5('v' || i), 1, 20), :'org', :'site',
       'kvk-' || (90000001 + (i::bigint * 7919) % s.companies),
       decode(md5('visitor' || (i % (s.visits / 3))), 'hex'), decode(md5('session' || i), 'hex'),
       t, t + 90000, 4,
       (ARRAY['direct', 'search', 'social', 'referral', 'campaign'])[1 + i % 5],
       CASE WHEN i % 5 = 3 THEN 'partner.example' ELSE '' END,
       CASE WHEN i % 5 = 4 THEN 'newsletter' ELSE '' END, CASE WHEN i % 5 = 4 THEN 'email' ELSE '' END,
       CASE WHEN i % 5 = 4 THEN 'autumn-' || (i % 7) ELSE '' END,
       '/page-' || (i % 40), (ARRAY['desktop', 'mobile', 'tablet'])[1 + i % 3],
       3, '203.0.' || (i % 256) || '.0/24', 0, 24, 4, 'company', 'registry'
FROM xl_sizes s, generate_series(1, s.visits) AS i,
     LATERAL (SELECT s.t0 + (i::bigint - 1) * s.span / s.visits AS t) AS at;

INSERT INTO pageviews (id, visit_id, org_id, path, title, viewed_at, seconds)
SELECT 'p-' || lpad(to_hex(t + k * 30000), 12, '0') || substr(md5('p' || i || '.' || k), 1, 20),
       'v-' || lpad(to_hex(t), 12, '0') || substr(md5('v' || i), 1, 20), :'org',
       '/page-' || ((i + k) % 40), 'Page ' || ((i + k) % 40), t + k * 30000, 30
FROM xl_sizes s, generate_series(1, s.visits) AS i, generate_series(0, 3) AS k,
     LATERAL (SELECT s.t0 + (i::bigint - 1) * s.span / s.visits AS t) AS at;

\endif

\if :step_changes
-- The change log: the companies, then each visit and its page views.
INSERT INTO changes (org_id, seq, entity, entity_id, op, payload, created_at)
SELECT :'org', i, 'company', 'kvk-' || (90000000 + i), 'upsert',
       json_build_object('registry_number', (90000000 + i)::text, 'name', 'Company ' || i || ' B.V.',
                         'trade_name', CASE WHEN i % 3 = 0 THEN 'Trade ' || i ELSE '' END,
                         'city', 'City ' || (i % 300), 'website', 'www.company-' || i || '.example',
                         'sbi_label', 'Industry ' || (i % 90), 'employee_band', '10-19')::text,
       s.t0
FROM xl_sizes s, generate_series(1, s.companies) AS i;

INSERT INTO changes (org_id, seq, entity, entity_id, op, payload, created_at)
SELECT :'org', s.companies + (i::bigint - 1) * 5 + 1 + k,
       CASE WHEN k = 0 THEN 'visit' ELSE 'pageview' END,
       CASE WHEN k = 0 THEN v ELSE 'p-' || lpad(to_hex(t + (k - 1) * 30000), 12, '0') ||
                                   substr(md5('p' || i || '.' || (k - 1)), 1, 20) END,
       'upsert',
       CASE WHEN k = 0 THEN
           json_build_object('company_id', 'kvk-' || (90000001 + (i::bigint * 7919) % s.companies),
                             'visitor_key', md5('visitor' || (i % (s.visits / 3))), 'website', 'www.bench.example',
                             'started_at', to_char(to_timestamp(t / 1000.0) AT TIME ZONE 'UTC',
                                                   'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                             'ended_at', to_char(to_timestamp((t + 90000) / 1000.0) AT TIME ZONE 'UTC',
                                                 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                             'pageviews', 4, 'referrer_class', 'search', 'landing_page', '/page-' || (i % 40),
                             'match', json_build_object('confidence', 'high', 'prefix_length', 24,
                                                        'linked_by', 'registry'))::text
       ELSE
           json_build_object('visit_id', v, 'path', '/page-' || ((i + k - 1) % 40),
                             'title', 'Page ' || ((i + k - 1) % 40),
                             'viewed_at', to_char(to_timestamp((t + (k - 1) * 30000) / 1000.0) AT TIME ZONE 'UTC',
                                                  'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                             'seconds', 30)::text
       END,
       t
FROM xl_sizes s, generate_series(1, s.visits) AS i, generate_series(0, 4) AS k,
     LATERAL (SELECT s.t0 + (i::bigint - 1) * s.span / s.visits AS t) AS at,
     LATERAL (SELECT 'v-' || lpad(to_hex(t), 12, '0') || substr(md5('v' || i), 1, 20) AS v) AS vid;

\endif

\if :step_end
-- The longest retention, so that no filled visit is past it (bench-xl shortens it to purge a month).
UPDATE organisations
SET change_seq = (SELECT companies + visits::bigint * 5 FROM xl_sizes), retention_months = 25
WHERE id = :'org';
-- As if the daily compaction (ChangeLog::compact) had run a day ago.
UPDATE organisations
SET compacted_seq = (SELECT coalesce(max(seq), 0) FROM changes WHERE org_id = :'org' AND created_at < :now_ms - 86400000),
    compacted_boundary = (SELECT coalesce(max(seq), 0) FROM changes
                          WHERE org_id = :'org' AND created_at < :now_ms - 31 * 86400000::bigint)
WHERE id = :'org';

DO $$
DECLARE i record;
BEGIN
    FOR i IN SELECT indexdef FROM xl_indexes LOOP
        EXECUTE i.indexdef;
    END LOOP;
END $$;
DROP TABLE xl_indexes;

VACUUM (ANALYZE) companies, visits, pageviews, changes;
\endif
