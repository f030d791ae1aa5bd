-- Floor for saveAnswers (5 answers to an IN_PROGRESS assessment assigned to the caller's body): the same writes in one
-- transaction -- read the assessment, upsert the five answers (assessment_answer's guard trigger included), append one
-- event to the hash-chained audit trail under its advisory lock (AuditTrail.append: read the last event, insert the
-- next, move the chain head) -- and the commit (synchronous, as the service's). The hash is computed by PostgreSQL
-- here, in Java by the service. pgbench -M prepared; variable: nsave. Rotates over bench.save_pick as the wrk bodies do.
\set i random(1, :nsave)
begin;
select assessment_id as aid from bench.save_pick where i = :i \gset
select id, status, supplier_id, site_id, version_id, assessment_body_id from assessment where id = :aid;
insert into assessment_answer (assessment_id, indicator_code, yes, maturity, comment, source, answered_by, answered_at)
values (:aid, 'GOV-POL-01', true, null, null, 'ASSESSOR', 'bench-assessor-1', now()),
       (:aid, 'GOV-POL-02', null, 3, null, 'ASSESSOR', 'bench-assessor-1', now()),
       (:aid, 'GOV-MGT-01', false, null, 'Policy not yet board-approved', 'ASSESSOR', 'bench-assessor-1', now()),
       (:aid, 'GOV-MGT-02', null, 2, null, 'ASSESSOR', 'bench-assessor-1', now()),
       (:aid, 'GOV-TRN-01', null, 4, null, 'ASSESSOR', 'bench-assessor-1', now())
on conflict (assessment_id, indicator_code) do update
   set yes = excluded.yes, maturity = excluded.maturity, comment = excluded.comment, source = excluded.source,
       answered_by = excluded.answered_by, answered_at = excluded.answered_at;
select pg_advisory_xact_lock(4707197575663452161);
select seq + 1 as nseq, hash as prev
  from (select seq, hash from (select seq, hash from audit_event order by seq desc limit 1) last
        union all select 0, 'genesis') x
 order by seq desc limit 1 \gset
insert into audit_event (seq, occurred_at, subject, organisation_id, role, operation, target_ids, input_digest, prev_hash, hash)
values (:nseq::bigint, now(), 'bench-assessor-1', null, 'ASSESSOR', 'saveAnswers', :aid::text, encode(sha256(convert_to(:aid::text, 'UTF8')), 'hex'), :prev::text,
        encode(sha256(convert_to(:nseq::text || :prev::text, 'UTF8')), 'hex'));
insert into audit_chain_head (id, last_seq, last_hash) values (1, :nseq::bigint, encode(sha256(convert_to(:nseq::text || :prev::text, 'UTF8')), 'hex'))
on conflict (id) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash;
commit;
