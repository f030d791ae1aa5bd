-- The GraphQL endpoint's hourly cost budget (platform.graphql.CostBudget): cost points used per organisation (or per
-- person without one) and clock hour. One upsert per request adds the request's points unless that would exceed the
-- budget; rows of past hours are removed by the same component once an hour. Shared by every replica of the service.
create table api_cost_window (
    budget_key   text        not null,
    window_start timestamptz not null,
    points       integer     not null check (points >= 0),
    primary key (budget_key, window_start)
);
