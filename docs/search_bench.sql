-- Synthetic load for measuring the public search (issue 5): 100,000 meetings, 20,000 people.
-- Run against a scratch database after `migrate` and `load_reference_data`, statement by
-- statement (split on ';' at line ends). GIN indexes are dropped for the load and rebuilt
-- after it (faster than keeping them live).
INSERT INTO archive_participant (curated_fields, name, slug, title, created_at, updated_at)
SELECT '{}', initcap(substr(md5('f'||g), 1, 6)) || ' ' || initcap(substr(md5('l'||g), 1, 8)) || 'ov',
       'bench-person-' || g, 'Minister', now(), now()
FROM generate_series(1, 20000) g;
INSERT INTO archive_participantnamevariant (participant_id, name, normalized, match_key, short_key, last_key)
SELECT id, name, lower(name), lower(name), lower(name), split_part(lower(name), ' ', 2)
FROM archive_participant WHERE slug LIKE 'bench-person-%';
CREATE TEMP TABLE vocab AS
SELECT row_number() OVER () AS i, w FROM unnest(string_to_array(
 'security cooperation terrorism extremism drug trafficking cybercrime migration border police ministers council interior meeting collegium agreement exchange information protocol crime organized smuggling weapons fraud corruption training youth memory reform forensic fugitive search public order road safety program delegation session chairman minister deputy head service special bodies joint plan measures threat region states commonwealth independent bilateral multilateral discussed signed adopted approved', ' ')) AS w;
INSERT INTO vocab SELECT 100 + g, substr(md5(g::text), 1, 4 + (g % 6)) FROM generate_series(1, 3000) g;
CREATE TEMP TABLE blobs AS
SELECT b, (SELECT string_agg(w, ' ') FROM (SELECT w FROM vocab WHERE b > -1 ORDER BY random() LIMIT 120) x) AS t
FROM generate_series(0, 999) b;
CREATE TEMP TABLE common AS
SELECT b, (SELECT string_agg(w, ' ') FROM (SELECT w FROM vocab WHERE i < 70 AND b > -1 ORDER BY random() LIMIT 25) x) AS t
FROM generate_series(0, 99) b;
CREATE TEMP TABLE ids AS SELECT
 (SELECT array_agg(id) FROM archive_country WHERE is_cis) AS countries,
 (SELECT array_agg(id) FROM archive_topic) AS topics,
 (SELECT array_agg(id) FROM archive_organization) AS orgs,
 (SELECT min(id) FROM archive_participant WHERE slug LIKE 'bench-person-%') AS p0;
DROP INDEX IF EXISTS meeting_search_vector;
DROP INDEX IF EXISTS meeting_country_ids;
DROP INDEX IF EXISTS meeting_topic_ids;
DROP INDEX IF EXISTS meeting_participant_ids;
DROP INDEX IF EXISTS meeting_organization_ids;
DROP INDEX IF EXISTS meeting_city_trgm;
INSERT INTO archive_meeting (curated_fields, title, slug, body_id, date_start, date_end, date_precision,
  city, venue_country_id, ordinal, summary, status, confidence, field_confidence,
  country_ids, topic_ids, participant_ids, organization_ids, search_names, search_text, created_at, updated_at)
SELECT '{}',
  'Meeting on ' || split_part(c1.t, ' ', 1) || ' and ' || split_part(c1.t, ' ', 2) || ' ' || g,
  'bench-' || g,
  ids.orgs[1 + (g % 10)],
  date '1995-01-01' + ((g * 97) % 11000), NULL, 'day',
  (ARRAY['Moscow','Astana','Minsk','Bishkek','Dushanbe','Tashkent','Baku','Yerevan','Almaty','St. Petersburg','Kazan','Sochi','Ashgabat','Chisinau','Grodno','Brest','Osh','Samarkand','Bukhara','Gomel'])[1 + (g*31 % 20)],
  NULL, NULL, c1.t,
  CASE WHEN g % 10 = 0 THEN 'draft' ELSE 'published' END, 0.8, '{}',
  (SELECT array_agg(DISTINCT ids.countries[1 + 0*s + floor(power(random(), 2) * array_length(ids.countries,1))::int]) FROM generate_series(1, 2 + g % 5) s),
  (SELECT array_agg(DISTINCT ids.topics[1 + 0*s + floor(power(random(), 1.5) * array_length(ids.topics,1))::int]) FROM generate_series(1, 1 + g % 5) s),
  (SELECT array_agg(DISTINCT ids.p0 + 0*s + floor(power(random(), 3) * 20000)::int) FROM generate_series(1, 3 + g % 6) s),
  (SELECT coalesce(array_agg(DISTINCT ids.orgs[11 + 0*s + floor(random()*20)::int]), '{}') FROM generate_series(1, g % 3) s),
  '',
  c2.t || ' ' || b1.t || ' ' || b2.t,
  now(), now()
FROM generate_series(1, 100000) g
  CROSS JOIN ids
  JOIN common c1 ON c1.b = g % 100
  JOIN common c2 ON c2.b = (g * 7) % 100
  JOIN blobs b1 ON b1.b = g % 1000
  JOIN blobs b2 ON b2.b = (g * 7919) % 997;
UPDATE archive_meeting m SET search_names = (SELECT string_agg(p.name, ' · ') FROM archive_participant p WHERE p.id = ANY(m.participant_ids)) WHERE slug LIKE 'bench-%';
CREATE INDEX meeting_search_vector ON archive_meeting USING gin (search_vector);
CREATE INDEX meeting_country_ids ON archive_meeting USING gin (country_ids);
CREATE INDEX meeting_topic_ids ON archive_meeting USING gin (topic_ids);
CREATE INDEX meeting_participant_ids ON archive_meeting USING gin (participant_ids);
CREATE INDEX meeting_organization_ids ON archive_meeting USING gin (organization_ids);
CREATE INDEX meeting_city_trgm ON archive_meeting USING gin (city gin_trgm_ops);
VACUUM ANALYZE
