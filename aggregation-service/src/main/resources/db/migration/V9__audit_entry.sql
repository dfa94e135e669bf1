-- The audit trail (issue 13): one row per owner event the intake applied or found stale (an older version is a
-- version too), never for a duplicate. Who made the change comes from the CloudEvent's extension attributes
-- actor (token subject) and actorclient (client id). A rebuild replays the topics into the same rows: the event
-- id is the key and the insert does nothing on conflict; the table is not dropped by a rebuild, so versions a
-- compacted topic no longer holds stay in the trail.
create table audit_entry (
    event_id       uuid primary key,
    department     text        not null,
    -- null for the department's own changes; for holdings the year of their as-of dates (the asset key's year)
    year           integer,
    -- department, budget, performance, holdings, procurement
    part           text        not null,
    aggregate_key  text        not null,
    version        bigint      not null,
    -- the part's workflow status where it has one (draft, submitted, approved, published, returned …)
    status         text,
    -- headline figures in 元: budget total expenditure, performance project amount, holdings total value,
    -- procurement plan total; item_count: performance projects, procurement items
    total          numeric(20, 2),
    item_count     integer,
    actor_subject  text,
    actor_client   text,
    event_type     text        not null,
    event_time     timestamptz,
    recorded_at    timestamptz not null default now()
);

create index audit_entry_department_year on audit_entry (department, year);
