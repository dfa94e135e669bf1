-- Which region each department belongs to, as budget-service's department events say (common/security/regions):
-- what a reviewer's 'regions' claim is checked against in the services that do not own departments.
-- Repeatable and idempotent (see db/outbox/R__outbox_relay_status.sql for why not versioned).
create table if not exists department_region (
    department     varchar(20)  primary key,
    region         varchar(20)  not null,
    source_version bigint       not null,
    updated_at     timestamptz  not null default now()
);
