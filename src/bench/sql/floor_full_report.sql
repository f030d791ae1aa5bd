-- Floor for sharedResults(supplierId) { access summary { themes findings } detail { answers findings } } read
-- by a member with a FULL grant: the same rows with hand-written SQL, plus the access record every read writes.
-- pgbench -M prepared; variables: mid (member uuid), subject, npick.
\set i random(1, :npick)
select supplier_id as sid from bench.full_pick where i = :i \gset
select o.name, o.country,
       (select max(case g.level when 'FULL' then 2 else 1 end) from sharing_grant g
         where g.supplier_id = o.id and g.revoked_at is null and (g.valid_until is null or g.valid_until >= current_date)
           and (g.audience in ('ALL_MEMBERS', 'PUBLIC') or g.member_id = :mid)) as lvl
  from organisation o where o.id = :sid;
select id as aid, method, overall_score, rating, published_at, valid_from, valid_until
  from assessment where supplier_id = :sid and status = 'PUBLISHED' order by published_at desc, id limit 1 \gset
select theme_code, weight, score, scored_count from assessment_theme_score where assessment_id = :aid;
select count(*) filter (where severity = 'CRITICAL'), count(*) filter (where severity = 'MAJOR'),
       count(*) filter (where severity = 'MINOR'), count(*) filter (where severity = 'OBSERVATION')
  from finding where assessment_id = :aid;
select indicator_code, yes, maturity, number_value, text_value, not_applicable, justification, comment, evidence_ids, source, answered_at
  from assessment_answer where assessment_id = :aid order by indicator_code;
select id, severity, title, description, indicator_codes, evidence_ids, raised_at from finding where assessment_id = :aid order by raised_at, id;
insert into access_record (id, member_id, subject, supplier_id, assessment_id, level, read_at)
values (gen_random_uuid(), :mid, :subject, :sid, :aid, 'FULL', now());
