-- Every event applied, so that a redelivered event is recognised and skipped.
create table processed_event (
    event_id      uuid         primary key,
    event_type    varchar(200) not null,
    subject       varchar(200) not null,
    topic         varchar(200) not null,
    kafka_partition integer    not null,
    kafka_offset  bigint       not null,
    outcome       varchar(20)  not null,
    processed_at  timestamptz  not null
);

-- Read model of budget-service's departments; source_version says how fresh it is.
create table department_view (
    code              varchar(20)  primary key,
    name              varchar(200) not null,
    region_code       varchar(12)  not null,
    region_name       varchar(100) not null,
    units             jsonb        not null,
    source_version    bigint       not null,
    source_event_id   uuid         not null,
    source_updated_at timestamptz  not null,
    applied_at        timestamptz  not null
);

create index department_view_region on department_view (region_code);
