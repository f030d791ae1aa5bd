-- The portfolio list pages a member's entries in supplier-name order. Without an index on the portfolio in that order,
-- PostgreSQL walked the whole organisation name index and probed the portfolio for each name: cheap for a member holding
-- a large share of all suppliers, but for a member with 500 of 100,000 suppliers a page of 50 read ~11,000 names
-- (23-66 ms, growing with the directory). The entry now carries its supplier's lower-cased name, kept by triggers
-- (on entry insert, and on supplier rename), and an index (member, name, supplier) reads just the page.
alter table portfolio_entry add column supplier_lname text;
update portfolio_entry e set supplier_lname = lower(o.name) from organisation o where o.id = e.supplier_id;
alter table portfolio_entry alter column supplier_lname set not null;
create index portfolio_entry_member_name_idx on portfolio_entry (member_id, supplier_lname, supplier_id);

create function portfolio_entry_supplier_lname() returns trigger language plpgsql as $$
begin
    select lower(o.name) into new.supplier_lname from organisation o where o.id = new.supplier_id;
    return new;
end $$;
create trigger portfolio_entry_supplier_lname before insert or update of supplier_id on portfolio_entry
    for each row execute function portfolio_entry_supplier_lname();

create function organisation_rename_in_portfolios() returns trigger language plpgsql as $$
begin
    update portfolio_entry set supplier_lname = lower(new.name) where supplier_id = new.id;
    return null;
end $$;
create trigger organisation_rename_in_portfolios after update of name on organisation
    for each row when (old.name is distinct from new.name) execute function organisation_rename_in_portfolios();
