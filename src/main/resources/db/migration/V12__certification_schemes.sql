-- The certificate schemes recognised at launch. The operator maintains them afterwards (create, update, deactivate).
insert into certification_scheme (code, name, issuer, description, active, created_at) values
  ('ISO_14001', 'ISO 14001 Environmental management systems', 'ISO (accredited certification bodies)',
   'Certified environmental management system of a site or organisation.', true, now()),
  ('ISO_45001', 'ISO 45001 Occupational health and safety management systems', 'ISO (accredited certification bodies)',
   'Certified occupational health and safety management system of a site or organisation.', true, now()),
  ('RMI_RMAP', 'RMI Responsible Minerals Assurance Process (conformant)', 'Responsible Minerals Initiative',
   'Smelter or refiner found conformant with the RMAP due diligence standards.', true, now()),
  ('COPPER_MARK', 'The Copper Mark', 'The Copper Mark',
   'Site awarded The Copper Mark (also covers molybdenum, nickel and zinc through the Joint Due Diligence Standard).', true, now()),
  ('IRMA', 'IRMA Standard for Responsible Mining (audited)', 'Initiative for Responsible Mining Assurance',
   'Mine site independently audited against the IRMA Standard (IRMA Transparency, 50, 75 or 100).', true, now()),
  ('RESPONSIBLE_STEEL', 'ResponsibleSteel certification', 'ResponsibleSteel',
   'Steel site certified against the ResponsibleSteel International Standard.', true, now()),
  ('ASI', 'ASI Performance Standard certification', 'Aluminium Stewardship Initiative',
   'Entity certified against the ASI Performance Standard for the aluminium value chain.', true, now())
on conflict (code) do nothing;
