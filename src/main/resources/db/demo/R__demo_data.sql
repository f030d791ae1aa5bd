-- Demo data for `./mvnw quarkus:dev` only (flyway location db/demo is added in the dev profile).
-- Each demo user signs in at the dev OIDC provider with password = username.
insert into organisation (id, kind, name, country, lei, duns, national_registry_number, status, created_at, updated_at) values
  ('00000000-0000-4000-8000-000000000001', 'OPERATOR',        'Assay Operator Foundation',         'CH', null, null, 'CHE-101.234.567', 'ACTIVE', now(), now()),
  ('00000000-0000-4000-8000-000000000011', 'MEMBER_FIRM',     'Voltaris Battery Systems AG',       'DE', null, '315628409', null, 'ACTIVE', now(), now()),
  ('00000000-0000-4000-8000-000000000012', 'MEMBER_FIRM',     'Nordwagen Automotive AB',           'SE', null, '351477902', null, 'ACTIVE', now(), now()),
  ('00000000-0000-4000-8000-000000000021', 'ASSESSMENT_BODY', 'Independent Minerals Assurance Ltd', 'GB', null, null, 'GB-09876543', 'ACTIVE', now(), now()),
  ('00000000-0000-4000-8000-000000000031', 'SUPPLIER',        'Kolwezi Cobalt Mining SA',          'CD', null, null, 'CD/KZI/RCCM/14-B-0231', 'ACTIVE', now(), now()),
  ('00000000-0000-4000-8000-000000000032', 'SUPPLIER',        'Salar Andino Lithium SpA',          'CL', null, '960245118', null, 'ACTIVE', now(), now())
on conflict (id) do nothing;

-- People are (issuer, sub). The dev OIDC provider puts the username in `sub` and changes its issuer URL (port) at every
-- start, so the dev profile records its people under the fixed issuer name `dev-oidc` (assay.identity.issuer).
insert into membership (id, organisation_id, issuer, subject, email, display_name, admin, created_at, created_by) values
  ('00000000-0000-4000-9000-000000000001', '00000000-0000-4000-8000-000000000001', 'dev-oidc', 'operator', null, 'Olga Operator',   true, now(), 'demo'),
  ('00000000-0000-4000-9000-000000000011', '00000000-0000-4000-8000-000000000011', 'dev-oidc', 'voltaris', null, 'Vera (Voltaris procurement)', true, now(), 'demo'),
  ('00000000-0000-4000-9000-000000000012', '00000000-0000-4000-8000-000000000012', 'dev-oidc', 'nordwagen', null, 'Nils (Nordwagen sustainability)', true, now(), 'demo'),
  ('00000000-0000-4000-9000-000000000021', '00000000-0000-4000-8000-000000000021', 'dev-oidc', 'assessor', null, 'Amara (lead auditor)', true, now(), 'demo'),
  ('00000000-0000-4000-9000-000000000031', '00000000-0000-4000-8000-000000000031', 'dev-oidc', 'kolwezi', null, 'Kabila (Kolwezi HSE manager)', true, now(), 'demo'),
  ('00000000-0000-4000-9000-000000000032', '00000000-0000-4000-8000-000000000032', 'dev-oidc', 'andino', null, 'Ana (Salar Andino compliance)', true, now(), 'demo')
on conflict (id) do update set issuer = excluded.issuer;
