-- Issue 16: each replica keeps who a token's person is (organisation, role, admin flag, suspension) between requests
-- and forgets it when that can have changed. Whatever changes a membership row, or an organisation's status or kind,
-- notifies channel `assay_identity` at commit (PostgreSQL delivers NOTIFY only when the transaction commits, once per
-- transaction and channel); every replica LISTENs (platform.IdentityChanges) and drops what it kept.
create function notify_identity_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('assay_identity', '');
    return null;
end $$;

create trigger membership_identity_change after insert or update or delete or truncate on membership
    for each statement execute function notify_identity_change();
create trigger organisation_identity_change after update of status, kind or delete or truncate on organisation
    for each statement execute function notify_identity_change();
