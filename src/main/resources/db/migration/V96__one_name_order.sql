-- One name order for every list of organisations: the lower-cased name in code-point order (collation ucs_basic, the
-- same in every database whatever its default collation), then the id. The directory already sorts so (V70); the
-- portfolio's copy of the supplier's name (V71) sorted in the database's default collation, so the portfolio list and
-- the overview could order "Émile" and "Zeta" differently from the directory. The index is rebuilt in the new order.
alter table portfolio_entry alter column supplier_lname type text collate "ucs_basic";
