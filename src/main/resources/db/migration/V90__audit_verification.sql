-- The last scheduled verification of the audit trail (issue 12): one row, written by whichever replica ran the sweep,
-- read by every replica for its metrics (assay_audit_trail_intact, assay_audit_trail_verified_timestamp_seconds).
create table audit_verification (
    id                smallint    primary key check (id = 1),
    verified_at       timestamptz not null,
    intact            boolean     not null,
    checked_events    bigint      not null,
    first_broken_seq  bigint,
    break_kind        text,
    head_hash         text
);
