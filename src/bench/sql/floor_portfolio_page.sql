-- Floor for the portfolio overview page (portfolioSuppliers(first: 50), per its spec): the caller's first 50
-- suppliers by name with status inputs (newest published + open assessment), current rating, theme scores,
-- valid until, open/overdue corrective actions by severity -- all masked (NOT_SHARED) without a live grant.
-- One statement; pgbench -M prepared; variable: mid (member uuid).
with page as (
    select pe.supplier_id, o.name, o.country, pe.supplier_lname
      from portfolio_entry pe join organisation o on o.id = pe.supplier_id
     where pe.member_id = :mid
     order by pe.supplier_lname, pe.supplier_id   -- V71 index (member_id, supplier_lname, supplier_id)
     limit 51),
g as (
    select p.supplier_id, max(case gr.level when 'FULL' then 2 else 1 end) as lvl
      from page p join sharing_grant gr on gr.supplier_id = p.supplier_id and gr.revoked_at is null
       and (gr.valid_until is null or gr.valid_until >= current_date)
       and (gr.audience in ('ALL_MEMBERS', 'PUBLIC') or gr.member_id = :mid)
     group by p.supplier_id)
select p.supplier_id, p.name, p.country, g.lvl,
       a.id, a.rating, a.rating_if_criticals_closed, a.overall_score, a.valid_until, op.status as open_status,
       (select json_agg(json_build_object('code', t.theme_code, 'score', t.score)) from assessment_theme_score t where t.assessment_id = a.id) as themes,
       ca.*
  from page p
  left join g on g.supplier_id = p.supplier_id
  left join lateral (select a.id, a.rating, a.rating_if_criticals_closed, a.overall_score, a.valid_until from assessment a
                      where g.lvl is not null and a.supplier_id = p.supplier_id and a.status = 'PUBLISHED'
                      order by a.published_at desc, a.id limit 1) a on true
  left join lateral (select a2.status from assessment a2 where g.lvl is not null and a2.supplier_id = p.supplier_id
                        and a2.status in ('REQUESTED', 'IN_PROGRESS', 'SUBMITTED') limit 1) op on true
  left join lateral (select count(*) filter (where c.severity = 'CRITICAL') as open_critical,
                            count(*) filter (where c.severity = 'MAJOR') as open_major,
                            count(*) filter (where c.severity = 'MINOR') as open_minor,
                            count(*) filter (where c.severity = 'CRITICAL' and c.due_date < current_date) as overdue_critical,
                            count(*) filter (where c.severity = 'MAJOR' and c.due_date < current_date) as overdue_major,
                            count(*) filter (where c.severity = 'MINOR' and c.due_date < current_date) as overdue_minor
                       from corrective_action c
                      where g.lvl is not null and c.supplier_id = p.supplier_id and c.status <> 'VERIFIED') ca on true
 order by p.supplier_lname, p.supplier_id;
