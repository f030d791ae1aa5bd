-- Deterministic benchmark data through the real schema (run after Flyway migrated the database and the
-- framework 1.0 was loaded by framework_sql.py). Set-based SQL only; every pseudo-random choice is a hash
-- of (seed, what, row number), so the same seed and scale give the same rows, row for row.
--
-- psql variables (set by run.sh from the scale): seed, members, suppliers, sites, bodies, big_pf, pf_min,
-- pf_max, ref_date (the "today" the data is built around).
\set ON_ERROR_STOP on
\timing off

-- Helpers and run parameters live in their own schema (not Flyway's): the app never reads them.
create schema if not exists bench;
create or replace function bench.h(t text) returns bigint language sql immutable parallel safe as
$$ select ('x' || substr(md5(t), 1, 15))::bit(60)::bigint $$;
create or replace function bench.uid(t text) returns uuid language sql immutable parallel safe as
$$ select md5(t)::uuid $$;
drop table if exists bench.param;
create table bench.param as select :'seed'::text as seed, :'ref_date'::date as ref_date, :members::int as members,
    :suppliers::int as suppliers, :sites::int as sites, :bodies::int as bodies, :big_pf::int as big_pf,
    :pf_min::int as pf_min, :pf_max::int as pf_max;

\echo organisations
insert into organisation (id, kind, name, country, national_registry_number, created_at, updated_at)
select bench.uid(p.seed || 'op'), 'OPERATOR', 'Assay Operator Foundation (bench)', 'CH', 'BENCH-OP-1',
       p.ref_date - 1000, p.ref_date - 1000 from bench.param p;

insert into organisation (id, kind, name, country, national_registry_number, created_at, updated_at)
select bench.uid(p.seed || 'mem' || m), 'MEMBER_FIRM',
       (array['Voltaris','Nordwagen','Kestrel','Helion','Auron','Borealis','Cygnet','Dynamo','Elektra','Fjord'])[1 + m % 10]
         || ' ' || (array['Battery Systems','Automotive','Electronics','Chemicals','Energy Storage'])[1 + (m / 10) % 5] || ' ' || lpad(m::text, 3, '0'),
       (array['DE','SE','FR','JP','KR','US','CN','NL','IT','GB'])[1 + bench.h(p.seed || 'mc' || m) % 10],
       'BENCH-M-' || m, p.ref_date - 900, p.ref_date - 900
  from bench.param p, generate_series(1, p.members) m;

insert into organisation (id, kind, name, country, national_registry_number, created_at, updated_at)
select bench.uid(p.seed || 'body' || b), 'ASSESSMENT_BODY', 'Independent Minerals Assurance ' || lpad(b::text, 2, '0') || ' Ltd',
       (array['GB','DE','CH','ZA','AU'])[1 + b % 5], 'BENCH-B-' || b, p.ref_date - 950, p.ref_date - 950
  from bench.param p, generate_series(1, p.bodies) b;

-- Supplier names: 26 first words (one per initial letter, so every letter is a useful prefix), 20 second
-- words, 8 legal forms, and the number (names are not unique in the real world either; the number keeps
-- keyset order meaningful).
insert into organisation (id, kind, name, country, national_registry_number, created_at, updated_at)
select bench.uid(p.seed || 'sup' || s), 'SUPPLIER',
       (array['Andes','Baltic','Cobre','Delta','Equator','Fenix','Granite','Horizon','Inti','Jade','Katanga','Lakeside','Meridian',
              'Nova','Orion','Pacific','Quarry','Ridge','Salar','Tropic','Ural','Vulcan','Western','Xingu','Yukon','Zambezi'])
         [1 + bench.h(p.seed || 'n1' || s) % 26]
       || ' ' || (array['Cobalt','Lithium','Nickel','Copper','Graphite','Manganese','Tin','Tantalum','Tungsten','Gold',
                        'Metals','Minerals','Resources','Mining','Refining','Smelting','Trading','Processing','Recycling','Materials'])
         [1 + bench.h(p.seed || 'n2' || s) % 20]
       || ' ' || (array['SA','SpA','Ltd','Pty Ltd','PT','Co. Ltd','SARL','GmbH'])[1 + bench.h(p.seed || 'n3' || s) % 8]
       || ' ' || lpad(s::text, 6, '0'),
       (array['CD','CL','AU','CN','ID','PE','ZA','AR','BR','CA','RW','ZM','PH','KZ','BO','MG','MY','TH'])[1 + bench.h(p.seed || 'sc' || s) % 18],
       'BENCH-S-' || s, p.ref_date - 800 + (s % 400), p.ref_date - 800 + (s % 400)
  from bench.param p, generate_series(1, p.suppliers) s;

\echo memberships and accreditations
insert into membership (id, organisation_id, subject, email, display_name, admin, created_at, created_by)
select bench.uid(p.seed || 'ms-op'), bench.uid(p.seed || 'op'), 'bench-operator', 'operator@bench.assay.test', 'Bench operator', true, p.ref_date - 1000, 'bench'
  from bench.param p
union all
select bench.uid(p.seed || 'ms-mem' || m), bench.uid(p.seed || 'mem' || m), 'bench-member-' || lpad(m::text, 3, '0'),
       'member' || m || '@bench.assay.test', 'Buyer ' || m, true, p.ref_date - 900, 'bench'
  from bench.param p, generate_series(1, p.members) m
union all
select bench.uid(p.seed || 'ms-body' || b), bench.uid(p.seed || 'body' || b), 'bench-assessor-' || b,
       'assessor' || b || '@bench.assay.test', 'Assessor ' || b, true, p.ref_date - 950, 'bench'
  from bench.param p, generate_series(1, p.bodies) b
union all
select bench.uid(p.seed || 'ms-sup' || s), bench.uid(p.seed || 'sup' || s), 'bench-supplier-' || s,
       'supplier' || s || '@bench.assay.test', 'Supplier user ' || s, true, p.ref_date - 800, 'bench'
  from bench.param p, generate_series(1, least(p.suppliers, 100)) s;

insert into accreditation (id, body_id, methods, minerals, countries, valid_from, valid_until, accredited_at, accredited_by)
select bench.uid(p.seed || 'acc' || b), bench.uid(p.seed || 'body' || b), '{ON_SITE_AUDIT,DESK_REVIEW,CERTIFICATE_RECOGNITION}',
       '{}', '{}', p.ref_date - 1200, p.ref_date + 800, p.ref_date - 1200, 'bench-operator'
  from bench.param p, generate_series(1, p.bodies) b;

\echo sites and profiles
-- The first `suppliers` sites give every supplier one; the rest go to hashed suppliers.
insert into supplier_site (id, supplier_id, name, kind, country, latitude, longitude, minerals, stage, in_cahra, created_at, updated_at)
select bench.uid(p.seed || 'site' || j), bench.uid(p.seed || 'sup' || sj),
       (array['North','South','East','West','Upper','Lower','Central','Lake','River','Hill'])[1 + bench.h(p.seed || 'sn' || j) % 10]
         || ' ' || (array['Mine','Concentrator','Refinery','Plant','Hub'])[1 + kind_i] || ' ' || j,
       (array['MINE','CONCENTRATOR','SMELTER_REFINER','PROCESSING_PLANT','TRADING_HUB'])[1 + kind_i],
       (array['CD','CL','AU','CN','ID','PE','ZA','AR','BR','CA','RW','ZM','PH','KZ','BO','MG','MY','TH'])[1 + bench.h(p.seed || 'sc' || sj) % 18],
       case when j % 3 = 0 then null else -60 + (bench.h(p.seed || 'lat' || j) % 12000) / 100.0 end,
       case when j % 3 = 0 then null else -170 + (bench.h(p.seed || 'lon' || j) % 34000) / 100.0 end,
       array_remove(array[(array['COBALT','LITHIUM','NICKEL','COPPER','GRAPHITE','MANGANESE','TIN','TANTALUM','TUNGSTEN','GOLD','RARE_EARTHS','ZINC','SILVER'])[1 + bench.h(p.seed || 'm1' || j) % 13],
                          case when j % 4 = 0 then (array['COPPER','COBALT','NICKEL','GOLD','ZINC'])[1 + bench.h(p.seed || 'm2' || j) % 5] end], null)::text[],
       (array['EXTRACTION','EXTRACTION','PROCESSING','REFINING','MANUFACTURING','RECYCLING','TRADING'])[1 + kind_i + (case when kind_i = 0 then bench.h(p.seed || 'st' || j) % 2 else 1 end)::int],
       bench.h(p.seed || 'cahra' || j) % 10 = 0,
       p.ref_date - 700, p.ref_date - 700
  from bench.param p, generate_series(1, p.sites) j,
       lateral (select case when j <= p.suppliers then j else 1 + bench.h(p.seed || 'sx' || j) % p.suppliers end as sj,
                       (bench.h(p.seed || 'sk' || j) % 5)::int as kind_i) x;
-- the mineral list may repeat when the second pick equals the first: fine for the schema, but keep it clean
update supplier_site set minerals = array(select distinct unnest(minerals) order by 1) where cardinality(minerals) = 2 and minerals[1] = minerals[2];

insert into supplier_profile (organisation_id, description, website, minerals, stages, updated_at, updated_by)
select st.supplier_id, 'Benchmark supplier', 'https://supplier-' || st.supplier_id || '.example',
       st.minerals, st.stages, p.ref_date - 600, 'bench'
  from bench.param p,
       -- one pass over the sites (a correlated subquery per supplier was quadratic at the large scale)
       (select s1.supplier_id, array_agg(distinct m order by m) as minerals, array_agg(distinct s1.stage order by s1.stage) as stages
          from supplier_site s1, unnest(s1.minerals) m group by s1.supplier_id) st;

\echo assessments
-- Three per supplier: k=1 an older SUPERSEDED desk review, k=2 the current PUBLISHED one (method, age and so
-- validity vary: some expired, some expiring), k=3 an open one (REQUESTED, IN_PROGRESS or SUBMITTED).
-- Findings are decided first (by hash) so the published rating can honour the open-critical cap.
drop table if exists bench.a;
create table bench.a as
select s, k, bench.uid(p.seed || 'as' || s || '-' || k) as id, bench.uid(p.seed || 'sup' || s) as supplier_id,
       case k when 1 then 'SUPERSEDED' when 2 then 'PUBLISHED'
              else (array['REQUESTED','IN_PROGRESS','IN_PROGRESS','SUBMITTED'])[1 + s % 4] end as status,
       case k when 1 then 'DESK_REVIEW'
              when 2 then (case when mh < 5 then 'ON_SITE_AUDIT' when mh < 8 then 'DESK_REVIEW' else 'SELF_ASSESSMENT' end)
              else (array['ON_SITE_AUDIT','ON_SITE_AUDIT','ON_SITE_AUDIT','DESK_REVIEW'])[1 + s % 4] end as method,
       1 + (bench.h(p.seed || 'body' || s || '-' || k) % p.bodies)::int as body,
       case k when 1 then p.ref_date - 1100 - (bench.h(p.seed || 'age1' || s) % 200)::int
              when 2 then p.ref_date - (bench.h(p.seed || 'age2' || s) % 1000)::int
              else p.ref_date - (bench.h(p.seed || 'age3' || s) % 60)::int end as day,
       (2000 + bench.h(p.seed || 'score' || s || '-' || k) % 7600) / 100.0 as score
  from bench.param p, generate_series(1, p.suppliers) s, generate_series(1, 3) k,
       lateral (select (bench.h(p.seed || 'meth' || s) % 10)::int as mh) x;
alter table bench.a add primary key (id);

drop table if exists bench.f;
create table bench.f as
select a.id as assessment_id, a.supplier_id, a.k, a.day, a.body, n,
       bench.uid(p.seed || 'f' || a.s || '-' || a.k || '-' || n) as id,
       case when sv < 1 then 'CRITICAL' when sv < 4 then 'MAJOR' when sv < 8 then 'MINOR' else 'OBSERVATION' end as severity,
       bench.h(p.seed || 'fx' || a.s || '-' || a.k || '-' || n) as fx
  from bench.param p, bench.a a,
       generate_series(1, (bench.h(p.seed || 'fc' || a.s || '-' || a.k) % 6)::int) n,
       lateral (select (bench.h(p.seed || 'fs' || a.s || '-' || a.k || '-' || n) % 10)::int as sv) x
 where a.k in (1, 2);

insert into assessment (id, supplier_id, site_id, scope_site_id, version_id, method, status, assessment_body_id, supersedes_id,
                        created_at, assigned_at, submitted_at, published_at, published_by, valid_from, valid_until,
                        overall_score, rating, band_rating, rating_if_criticals_closed, version)
select a.id, a.supplier_id, null, '00000000-0000-0000-0000-000000000000', fv.id, a.method, a.status,
       case when a.method = 'SELF_ASSESSMENT' or a.status = 'REQUESTED' then null else bench.uid(p.seed || 'body' || a.body) end,
       case when a.k = 2 then bench.uid(p.seed || 'as' || a.s || '-1') end,
       a.day - 90, case when a.status <> 'REQUESTED' and a.method <> 'SELF_ASSESSMENT' then a.day - 80 end,
       case when a.status in ('SUBMITTED', 'PUBLISHED', 'SUPERSEDED') then a.day - 5 end,
       case when pub then a.day::timestamp + interval '10 hours' end, case when pub then 'bench-assessor-' || a.body end,
       case when pub then a.day end,
       case when pub then a.day + (case a.method when 'ON_SITE_AUDIT' then interval '36 months' when 'DESK_REVIEW' then interval '24 months'
                                                else interval '12 months' end)::interval end::date,
       case when pub then a.score end,
       case when pub then (case when crit and band_i < 6 then 'B' else band end) end,
       case when pub then band end,
       case when pub then band end,
       0
  from bench.param p, bench.a a, framework_version fv,
       lateral (select a.status in ('PUBLISHED', 'SUPERSEDED') as pub,
                       case when a.score >= 85 then 'AAA' when a.score >= 75 then 'AA' when a.score >= 65 then 'A'
                            when a.score >= 55 then 'BBB' when a.score >= 45 then 'BB' when a.score >= 35 then 'B' else 'C' end as band,
                       case when a.score >= 35 then 1 else 7 end as band_i,
                       exists (select 1 from bench.f f where f.assessment_id = a.id and f.severity = 'CRITICAL') as crit) x
 where fv.major = 1 and fv.minor = 0
 order by a.s, a.k;

-- Content of published assessments (answers, findings, theme scores) is frozen by triggers. It is inserted
-- here in the same transaction as a temporary DISABLE of exactly those three guard triggers, re-enabled
-- before COMMIT: no other session ever sees them disabled, and they stay on afterwards (checked at the end).
\echo answers, findings, theme scores (published content: guard triggers off inside this transaction only)
begin;
alter table assessment_answer disable trigger assessment_answer_immutable;
alter table finding disable trigger finding_immutable;
alter table assessment_theme_score disable trigger assessment_theme_score_immutable;

insert into finding (id, assessment_id, severity, title, description, indicator_codes, evidence_ids, raised_by, raised_at)
select f.id, f.assessment_id, f.severity,
       (array['Incomplete grievance log','No water discharge monitoring','Child labour screening gaps','Missing chain-of-custody records',
              'Tailings inspection overdue','Anti-corruption training incomplete','PPE shortfalls in processing area',
              'Community consultation not documented','Security provider not vetted','Emission data not verified'])[1 + f.fx % 10],
       'Finding raised during the assessment: the evidence reviewed did not demonstrate that the requirement is met; '
         || 'corrective action is expected within the default period for its severity.',
       array[i.code], '{}', 'bench-assessor-' || f.body, f.day - 1
  from bench.f f
  join lateral (select code from indicator i, framework_version fv
                 where i.version_id = fv.id and fv.major = 1 and fv.minor = 0 and i.position = (f.fx % 80)::int) i on true;

-- ~40 answers per assessment that has any (k=1, 2 and SUBMITTED: ~52% of the 78 answerable indicators;
-- IN_PROGRESS: ~40%; REQUESTED: none), in supplier chunks so each statement stays a manageable size.
do $$
declare
    n int := (select suppliers from bench.param);
    step int := 10000;
    lo int := 1;
begin
    while lo <= n loop
        insert into assessment_answer (assessment_id, indicator_code, yes, maturity, number_value, text_value, not_applicable,
                                       justification, comment, evidence_ids, source, answered_by, answered_at)
        select a.id, i.code,
               case when i.answer_type = 'YES_NO' and not na then hv % 4 <> 0 end,
               case when i.answer_type = 'MATURITY' and not na then (hv % 5)::smallint end,
               case when i.answer_type = 'NUMBER' and not na then (hv % 10000) / 100.0 end,
               case when i.answer_type = 'TEXT' and not na then 'Described in the management system manual, section ' || (hv % 40) end,
               na,
               case when na and i.classification = 'ESSENTIAL' then 'Not relevant to the operations assessed' end,
               case when hv % 4 = 0 then 'Observed during the assessment; see evidence pack.' end,
               '{}',
               case when a.method = 'SELF_ASSESSMENT' then 'SUPPLIER' else 'ASSESSOR' end,
               case when a.method = 'SELF_ASSESSMENT' then 'bench-supplier' else 'bench-assessor-' || a.body end,
               a.day::timestamp - interval '6 days'
          from bench.a a
          join indicator i on i.version_id = (select id from framework_version where major = 1 and minor = 0)
                          and i.answer_type <> 'DOCUMENT'
          cross join lateral (select bench.h(a.id::text || i.code) as hv) h
          cross join lateral (select i.classification = 'OPTIONAL' and h.hv % 97 = 0 as na) n2
         where a.s between lo and lo + step - 1
           and a.status <> 'REQUESTED'
           and (h.hv / 7) % 100 < (case when a.status = 'IN_PROGRESS' then 40 else 52 end);
        lo := lo + step;
    end loop;
end $$;

insert into assessment_theme_score (assessment_id, theme_code, weight, score, scored_count)
select a.id, t.code, t.weight, greatest(0, least(100, a.score + (bench.h(a.id::text || t.code) % 31) - 15)),
       3 + (bench.h(a.id::text || t.code || 'n') % 6)::int
  from bench.a a
  join framework_node t on t.tier = 'THEME' and t.version_id = (select id from framework_version where major = 1 and minor = 0)
 where a.k in (1, 2);

alter table assessment_answer enable trigger assessment_answer_immutable;
alter table finding enable trigger finding_immutable;
alter table assessment_theme_score enable trigger assessment_theme_score_immutable;
commit;

\echo corrective actions
-- One per critical/major/minor finding, in every state; due dates by severity from publication, so many
-- old open ones are overdue today.
insert into corrective_action (id, finding_id, assessment_id, supplier_id, severity, status, description, owner_name, due_date,
                               original_due_date, submitted_at, verified_at, verified_by, created_at, updated_at)
select bench.uid(f.id::text || 'ca'), f.id, f.assessment_id, f.supplier_id, f.severity, st,
       'Close the gap: ' || f.severity || ' finding', 'Site manager',
       due, due,
       case when st in ('SUBMITTED', 'VERIFIED') then (f.day + 20)::timestamp end,
       case when st = 'VERIFIED' then (f.day + 30)::timestamp end,
       case when st = 'VERIFIED' then 'bench-assessor-' || f.body end,
       f.day::timestamp + interval '10 hours', f.day::timestamp + interval '30 days'
  from bench.f f,
       lateral (select (f.day + case f.severity when 'CRITICAL' then 30 when 'MAJOR' then 90 else 180 end) as due,
                       case when f.k = 1 then (case when f.fx % 10 < 9 then 'VERIFIED' else 'IN_PROGRESS' end)
                            else (array['OPEN','OPEN','OPEN','OPEN','IN_PROGRESS','IN_PROGRESS','SUBMITTED','VERIFIED','VERIFIED','VERIFIED'])[1 + (f.fx / 10) % 10]
                       end as st) x
 where f.severity <> 'OBSERVATION';

\echo portfolios and sharing grants
-- Member 1 holds exactly big_pf suppliers; the others pf_min..pf_max. Each member's entries are a
-- contiguous run of supplier numbers from a hashed offset (unique per member by construction).
insert into portfolio_entry (id, member_id, supplier_id, internal_id, category, spend_band, added_at, added_by, updated_at)
select bench.uid(p.seed || 'pe' || m || '-' || k), bench.uid(p.seed || 'mem' || m), bench.uid(p.seed || 'sup' || sidx),
       'ERP-' || lpad(k::text, 6, '0'),
       (array['Battery materials','Cathode precursors','Copper products','Electronics metals','Packaging','Steel alloys'])[1 + bench.h(p.seed || 'cat' || m || '-' || k) % 6],
       (array['UNDER_100K','FROM_100K_TO_1M','FROM_1M_TO_10M','OVER_10M'])[1 + bench.h(p.seed || 'sb' || m || '-' || k) % 4],
       p.ref_date - 500 + (k % 400), 'bench-member-' || lpad(m::text, 3, '0'), p.ref_date - 500 + (k % 400)
  from bench.param p, generate_series(1, p.members) m,
       lateral (select case when m = 1 then p.big_pf else p.pf_min + (bench.h(p.seed || 'pf' || m) % (p.pf_max - p.pf_min + 1))::int end as n,
                       (bench.h(p.seed || 'po' || m) % p.suppliers)::int as off) x,
       generate_series(0, x.n - 1) k,
       lateral (select 1 + (x.off + k) % p.suppliers as sidx) y;

-- ~60% of portfolio entries are covered by a live MEMBER grant (FULL or SUMMARY); 1 supplier in 50 shares a
-- SUMMARY with all members.
insert into sharing_grant (id, supplier_id, audience, member_id, level, valid_until, created_at, created_by, updated_at)
select bench.uid(pe.id::text || 'g'), pe.supplier_id, 'MEMBER', pe.member_id,
       case when g % 2 = 0 then 'FULL' else 'SUMMARY' end, null, pe.added_at + interval '1 day', 'bench-supplier', pe.added_at + interval '1 day'
  from portfolio_entry pe, bench.param p, lateral (select bench.h(p.seed || 'g' || pe.id) as g) x
 where x.g % 10 < 6;
insert into sharing_grant (id, supplier_id, audience, member_id, level, valid_until, created_at, created_by, updated_at)
select bench.uid(p.seed || 'ga' || s), bench.uid(p.seed || 'sup' || s), 'ALL_MEMBERS', null, 'SUMMARY', null,
       p.ref_date - 300, 'bench-supplier', p.ref_date - 300
  from bench.param p, generate_series(50, p.suppliers, 50) s;

\echo benchmark picks
-- What the harness rotates over: suppliers member 1 may read in FULL (with a published assessment),
-- IN_PROGRESS on-site audits assigned to body 1 (for saveAnswers), directory prefixes.
drop table if exists bench.full_pick;
create table bench.full_pick as
select row_number() over (order by bench.h(g.supplier_id::text)) as i, g.supplier_id
  from sharing_grant g
 where g.member_id = bench.uid((select seed from bench.param) || 'mem1') and g.level = 'FULL' and g.revoked_at is null
   and exists (select 1 from assessment a where a.supplier_id = g.supplier_id and a.status = 'PUBLISHED')
 order by bench.h(g.supplier_id::text) limit 500;
drop table if exists bench.save_pick;
create table bench.save_pick as
select row_number() over (order by bench.h(a.id::text)) as i, a.id as assessment_id
  from assessment a
 where a.assessment_body_id = bench.uid((select seed from bench.param) || 'body1') and a.status = 'IN_PROGRESS'
 order by bench.h(a.id::text) limit 500;

drop table bench.a;
drop table bench.f;

-- The guard triggers are on again (fails the run otherwise).
do $$ begin
    if exists (select 1 from pg_trigger where tgname in ('assessment_answer_immutable', 'finding_immutable', 'assessment_theme_score_immutable')
               and tgenabled = 'D') then
        raise exception 'a guard trigger was left disabled';
    end if;
end $$;
