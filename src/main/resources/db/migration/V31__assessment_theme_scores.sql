-- Theme scores of a published assessment, stored at publication (like the overall score and rating) so
-- lists and summaries read them without re-scoring. Frozen with the assessment.
create table assessment_theme_score (
    assessment_id uuid          not null references assessment (id),
    theme_code    text          not null,
    weight        numeric(6, 2) not null,
    score         numeric(5, 2),
    scored_count  integer       not null,
    primary key (assessment_id, theme_code)
);

create trigger assessment_theme_score_immutable before update or delete on assessment_theme_score
    for each row execute function assessment_content_guard();
