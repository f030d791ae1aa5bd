-- Floor for supplierDirectory(first: 20, search: {namePrefix}): the page query the service sends (OrganisationService.list:
-- active suppliers whose lower-cased name starts with the prefix, read as a range of the V70 index in ucs_basic order),
-- one row more than the page to know whether another follows. The prefixes are the harness's (bench.dir_prefix, made
-- by run.sh from the same list the wrk bodies use). pgbench -M prepared; variable: ndir.
\set i random(1, :ndir)
select p_like, p_start, p_end from bench.dir_prefix where i = :i \gset
select o.*   -- the entity's columns, as Hibernate selects them
  from organisation o
 where o.kind = 'SUPPLIER' and o.status = 'ACTIVE'
   and lower(o.name) like :p_like escape '\'
   and (lower(o.name) collate ucs_basic) >= (:p_start collate ucs_basic)
   and (lower(o.name) collate ucs_basic) < (:p_end collate ucs_basic)
 order by (lower(o.name) collate ucs_basic), o.id
 limit 21;
