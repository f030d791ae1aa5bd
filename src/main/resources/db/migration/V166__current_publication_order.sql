-- One order decides a supplier's current published assessment (org.assay.assessment.CurrentPublication): the newest
-- by publication time, then the smaller id. The portfolio overview's lateral "limit 1" and the other look-ups order by
-- both columns; the index of V62 ordered by the first only, so a tie would need a sort step. Rebuilt in the full order.
create index assessment_current_published_idx on assessment (supplier_id, published_at desc, id) where status = 'PUBLISHED';
drop index assessment_latest_published_idx;
