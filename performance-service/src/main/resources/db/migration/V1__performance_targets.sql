-- 预算绩效目标 — the performance targets of a department-year (DESIGN §2, issue 4).
-- performance_target_set is locked by every change and carries the event version; its content lives in
-- revisions: revision 1 is the original, 2+ are adjusted (调整) revisions started after a publication.
-- A published revision is never updated again (the service refuses it; history stays queryable).
create table performance_target_set (
    id               bigint generated always as identity primary key,
    department_code  varchar(20) not null,
    fiscal_year      integer     not null check (fiscal_year between 2000 and 2100),
    version          bigint      not null check (version >= 0),
    current_revision integer     not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    unique (department_code, fiscal_year)
);

create index performance_target_set_year on performance_target_set (fiscal_year, department_code);

create table performance_revision (
    id                      bigint generated always as identity primary key,
    target_set_id           bigint      not null references performance_target_set (id) on delete cascade,
    revision                integer     not null check (revision >= 1),
    status                  varchar(12) not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED')),
    overall_goal            text,
    special_funds_none      boolean,
    special_funds_statement text,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    submitted_at            timestamptz,
    approved_at             timestamptz,
    published_at            timestamptz,
    unique (target_set_id, revision)
);

-- 分项绩效目标 and their 绩效目标/绩效指标 paragraph pairs
create table performance_sub_goal (
    id          bigint generated always as identity primary key,
    revision_id bigint  not null references performance_revision (id) on delete cascade,
    position    integer not null,
    title       text    not null
);

create index performance_sub_goal_revision on performance_sub_goal (revision_id);

create table performance_sub_goal_entry (
    sub_goal_id bigint  not null references performance_sub_goal (id) on delete cascade,
    position    integer not null,
    goal        text    not null,
    indicator   text    not null,
    primary key (sub_goal_id, position)
);

-- 工作保障措施
create table performance_safeguard (
    revision_id bigint  not null references performance_revision (id) on delete cascade,
    position    integer not null,
    text        text    not null,
    primary key (revision_id, position)
);

-- 专项资金绩效目标 (none when performance_revision.special_funds_none)
create table performance_special_fund_goal (
    revision_id bigint       not null references performance_revision (id) on delete cascade,
    position    integer      not null,
    name        varchar(200) not null,
    goal        text         not null,
    primary key (revision_id, position)
);

-- 项目支出绩效目标表: amount as entered (unit 元 or 万元) and in canonical 元 with 2 decimals
create table performance_project (
    id              bigint generated always as identity primary key,
    revision_id     bigint       not null references performance_revision (id) on delete cascade,
    position        integer      not null,
    project_id      varchar(64)  not null,
    name            varchar(200) not null,
    amount_value    numeric check (amount_value >= 0),
    amount_unit     varchar(4) check (amount_unit in ('元', '万元')),
    amount_yuan     numeric(18, 2) check (amount_yuan >= 0),
    functional_code varchar(7) check (functional_code ~ '^([0-9]{3}|[0-9]{5}|[0-9]{7})$'),
    goal            text         not null,
    check ((amount_value is null) = (amount_unit is null) and (amount_value is null) = (amount_yuan is null)),
    unique (revision_id, project_id)
);

-- one row of a target table; 指标值 verbatim (its parsed meaning is derived on read)
create table performance_indicator (
    project_pk  bigint       not null references performance_project (id) on delete cascade,
    position    integer      not null,
    level1      varchar(100) not null,
    level2      varchar(100) not null,
    level3      varchar(500) not null,
    description text,
    value_text  varchar(200) not null,
    basis       text,
    primary key (project_pk, position)
);
