-- Indexes of the member portfolio overview (org.assay.overview.PortfolioQuery): per portfolio entry, the query
-- looks up the member's live grants, the supplier's latest published assessment, whether it has an open one,
-- its unverified corrective actions and, for the current rating, the latest assessment's critical findings and
-- unverified critical actions. Each lookup is an index probe on the supplier (or assessment) id.

-- Latest published assessment of a supplier.
create index assessment_latest_published_idx on assessment (supplier_id, published_at desc) where status = 'PUBLISHED';
-- Whether a supplier has an assessment under way.
create index assessment_open_supplier_idx on assessment (supplier_id) where status in ('REQUESTED', 'IN_PROGRESS', 'SUBMITTED');
-- Unverified corrective actions of a supplier, counted by severity and due date (overdue).
create index corrective_action_unverified_idx on corrective_action (supplier_id, severity, due_date) where status <> 'VERIFIED';
-- Unverified critical actions of one assessment (current rating).
create index corrective_action_open_critical_idx on corrective_action (assessment_id) where severity = 'CRITICAL' and status <> 'VERIFIED';
-- Critical findings of one assessment (current rating).
create index finding_critical_idx on finding (assessment_id) where severity = 'CRITICAL';
-- Live grants of a supplier with what the lookup reads, so it needs no heap access for the common case.
create index sharing_grant_supplier_live_idx on sharing_grant (supplier_id) include (audience, member_id, level, valid_until)
    where revoked_at is null;
-- Active sites of a supplier by country (country filter); minerals and CAHRA are read from the same rows.
create index supplier_site_supplier_country_idx on supplier_site (supplier_id, country) where archived_at is null;
