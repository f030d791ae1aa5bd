-- Framework texts in six languages (issue 15): French, Spanish, Portuguese and Bahasa Indonesia beside English and
-- Chinese. Nullable: a missing translation falls back to English, per field. Adding columns changes no row, so the
-- immutability triggers of published versions are not involved; rows of 1.0 simply have no translations.
alter table framework_node
    add column title_fr text check (length(title_fr) <= 300),
    add column title_es text check (length(title_es) <= 300),
    add column title_pt text check (length(title_pt) <= 300),
    add column title_id text check (length(title_id) <= 300);

alter table indicator
    add column title_fr    text check (length(title_fr) <= 300),
    add column title_es    text check (length(title_es) <= 300),
    add column title_pt    text check (length(title_pt) <= 300),
    add column title_id    text check (length(title_id) <= 300),
    add column guidance_fr text check (length(guidance_fr) <= 4000),
    add column guidance_es text check (length(guidance_es) <= 4000),
    add column guidance_pt text check (length(guidance_pt) <= 4000),
    add column guidance_id text check (length(guidance_id) <= 4000);
