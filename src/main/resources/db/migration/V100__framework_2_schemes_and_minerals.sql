-- Starter framework 2.0 (issue 15).
-- 1. Certificate schemes its equivalences name. IRMA's equivalences depend on the achievement level (IRMA 50, 75, 100),
--    not on holding any IRMA report, so each level is a scheme of its own; plain IRMA (e.g. IRMA Transparency) implies
--    no answer in 2.0. The Copper Mark also awards the Nickel Mark, recognised on its own.
insert into certification_scheme (code, name, issuer, description, active, created_at) values
  ('IRMA_50', 'IRMA 50 achievement level', 'Initiative for Responsible Mining Assurance',
   'Mine site independently audited against IRMA-STD-001 v1.0 and achieving IRMA 50. The assessor also checks that the '
   || 'chapter the indicator maps to was scored (not "not relevant" or below the level).', true, now()),
  ('IRMA_75', 'IRMA 75 achievement level', 'Initiative for Responsible Mining Assurance',
   'Mine site independently audited against IRMA-STD-001 v1.0 and achieving IRMA 75. The assessor also checks the chapter score.', true, now()),
  ('IRMA_100', 'IRMA 100 achievement level', 'Initiative for Responsible Mining Assurance',
   'Mine site independently audited against IRMA-STD-001 v1.0 and achieving IRMA 100.', true, now()),
  ('NICKEL_MARK', 'The Nickel Mark', 'The Copper Mark',
   'Site awarded The Nickel Mark: assessed against the Risk Readiness Assessment criteria, with the Joint Due Diligence '
   || 'Standard (Criterion 10) for OECD Annex II risks.', true, now())
on conflict (code) do nothing;

update certification_scheme set description = 'Mine site independently audited against IRMA-STD-001 v1.0, at any level '
    || 'including IRMA Transparency. Framework 2.0 maps equivalences to IRMA_50, IRMA_75 and IRMA_100 instead.'
  where code = 'IRMA' and description like 'Mine site independently audited against the IRMA Standard%';
update certification_scheme set description = 'Site awarded The Copper Mark (the same criteria award the Molybdenum, Nickel '
    || 'and Zinc Marks); the Joint Due Diligence Standard is its criterion for OECD Annex II risks.'
  where code = 'COPPER_MARK' and description like 'Site awarded The Copper Mark (also covers%';

-- 2. Graphite is split into natural and synthetic. Mines and concentrators can only handle natural graphite; other sites
--    keep GRAPHITE (kind not stated), which matches both kinds in applicability until the supplier says which.
update supplier_site set minerals = array_replace(minerals, 'GRAPHITE', 'NATURAL_GRAPHITE')
  where 'GRAPHITE' = any (minerals) and kind in ('MINE', 'CONCENTRATOR');
