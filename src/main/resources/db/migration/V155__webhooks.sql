-- Webhooks (issue 13 item 4): endpoints an organisation's admins register, one delivery per (endpoint, event), and
-- every attempt to deliver it. See org.assay.webhook and docs/api/events-and-webhooks.md#webhooks.

create table webhook_endpoint (
    id                       uuid primary key,
    organisation_id          uuid        not null references organisation (id),
    url                      text        not null check (length(url) between 1 and 2000),
    description              text check (length(description) <= 500),
    -- EventType names the endpoint receives; empty = every type the organisation may see.
    event_types              text[]      not null,
    status                   text        not null check (status in ('ACTIVE', 'PAUSED', 'DISABLED')),
    -- Standard Webhooks secrets (whsec_ + base64 of 32 random bytes). During a rotation the previous one stays valid
    -- (both signatures are sent) until previous_secret_until.
    secret                   text        not null,
    previous_secret          text,
    previous_secret_until    timestamptz,
    -- Outbox position (exclusive) up to which the fan-out has created this endpoint's deliveries.
    last_position            bigint      not null default 0,
    -- First failed attempt since the last success; an endpoint failing for longer than assay.webhooks.disable-after is disabled.
    failing_since            timestamptz,
    disabled_at              timestamptz,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    check ((previous_secret is null) = (previous_secret_until is null))
);
create index webhook_endpoint_organisation on webhook_endpoint (organisation_id, created_at, id);
create index webhook_endpoint_active on webhook_endpoint (id) where status = 'ACTIVE';

-- One event to one endpoint: created once (unique), retried until delivered or the retry schedule is spent.
create table webhook_delivery (
    id                uuid primary key,
    endpoint_id       uuid        not null references webhook_endpoint (id) on delete cascade,
    event_id          uuid        not null,
    event_position    bigint      not null,
    event_type        text        not null, -- the EventType constant (ASSESSMENT_PUBLISHED); the body carries its wire name
    -- The body as sent on every attempt: the event as the organisation could see it when it was fanned out.
    body              text        not null,
    status            text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    -- Attempts claimed so far (the attempt number of the latest claim).
    attempts          integer     not null default 0 check (attempts >= 0),
    -- Attempts made before the latest redelivery: the retry schedule starts again from there.
    redelivered_after integer     not null default 0 check (redelivered_after between 0 and attempts),
    -- When a worker may claim it next: due time while pending, or the end of the current claim's lease.
    next_attempt_at   timestamptz,
    created_at        timestamptz not null,
    delivered_at      timestamptz,
    unique (endpoint_id, event_id),
    check ((status = 'PENDING') = (next_attempt_at is not null))
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';

-- The delivery log: every attempt, with what the receiver answered.
create table webhook_attempt (
    id             uuid primary key,
    delivery_id    uuid        not null references webhook_delivery (id) on delete cascade,
    endpoint_id    uuid        not null references webhook_endpoint (id) on delete cascade,
    attempt        integer     not null check (attempt >= 1),
    attempted_at   timestamptz not null,
    succeeded      boolean     not null,
    status_code    integer,
    latency_ms     integer     not null check (latency_ms >= 0),
    failure        text check (failure in ('HTTP_STATUS', 'REDIRECT', 'TIMEOUT', 'CONNECTION', 'TLS', 'FORBIDDEN_TARGET', 'UNRESOLVABLE_HOST')),
    next_retry_at  timestamptz,
    -- One attempt is recorded once: two workers can never both record attempt n of a delivery.
    unique (delivery_id, attempt),
    check (succeeded = (failure is null))
);
create index webhook_attempt_log on webhook_attempt (endpoint_id, attempted_at desc, id desc);
