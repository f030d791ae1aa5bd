-- Webhook signing secrets sealed at rest (AES-256-GCM under assay.webhooks.encryption.keys; org.assay.webhook.WebhookSecrets).
-- The clear columns stay for the rows written before this version: the service seals them at its next start (one
-- replica) and clears them; new rows never hold a secret in clear. A later version drops the clear columns.
alter table webhook_endpoint
    alter column secret drop not null,
    add column secret_sealed          bytea,
    add column previous_secret_sealed bytea,
    add column secret_key_id          text;

-- the V155 check "(previous_secret is null) = (previous_secret_until is null)" (unnamed: found by its definition)
do $$
declare
    old text;
begin
    select conname into strict old from pg_constraint
     where conrelid = 'webhook_endpoint'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%previous_secret_until%';
    execute format('alter table webhook_endpoint drop constraint %I', old);
end $$;
alter table webhook_endpoint
    add constraint webhook_endpoint_secret_present check (secret is not null or secret_sealed is not null),
    add constraint webhook_endpoint_sealed_key check ((secret_sealed is null) = (secret_key_id is null)),
    add constraint webhook_endpoint_previous_secret check
        ((previous_secret is null and previous_secret_sealed is null) = (previous_secret_until is null));
