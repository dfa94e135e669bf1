-- The latest state of each owner aggregate, as carried by its events (event-carried state).
-- kind: budget (department-year budget), performance (targets), asset (holdings + procurement plan).
create table aggregate_view (
    kind             varchar(20)  not null,
    event_key        varchar(60)  not null,
    department       varchar(20)  not null,
    year             integer      not null,
    status           varchar(20),
    has_published    boolean      not null,
    data             jsonb        not null,
    source_version   bigint       not null,
    source_event_id  uuid         not null,
    source_type      varchar(200) not null,
    applied_at       timestamptz  not null,
    primary key (kind, event_key)
);
create index aggregate_view_dept_year on aggregate_view (department, year);

-- What one department-year contributes to the county roll-ups, per scope:
-- 'current' (the latest adjustment, whatever its status) and 'published' (what the public may see).
create table rollup_contribution (
    year         integer      not null,
    department   varchar(20)  not null,
    source       varchar(20)  not null,
    scope        varchar(10)  not null,
    region_code  varchar(12)  not null,
    dimension    varchar(40)  not null,
    item         varchar(60)  not null,
    measure      varchar(40)  not null,
    amount       numeric(20, 2) not null,
    primary key (year, department, source, scope, dimension, item, measure)
);
create index rollup_contribution_region on rollup_contribution (year, region_code, scope, dimension);
create index rollup_contribution_dept on rollup_contribution (department);

-- The county roll-ups, maintained by deltas as events arrive (never recomputed per request).
-- departments: how many department-years contribute, so that empty rows can be dropped.
create table rollup_total (
    year         integer      not null,
    region_code  varchar(12)  not null,
    scope        varchar(10)  not null,
    dimension    varchar(40)  not null,
    item         varchar(60)  not null,
    measure      varchar(40)  not null,
    amount       numeric(20, 2) not null,
    departments  integer      not null,
    primary key (year, region_code, scope, dimension, item, measure)
);

-- Names of classification codes as the departments printed them (latest wins), to label roll-up rows.
create table classification_name (
    scheme  varchar(20)  not null,
    code    varchar(10)  not null,
    name    varchar(200) not null,
    primary key (scheme, code)
);
