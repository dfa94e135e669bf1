-- 部门 — a budget-reporting department and the units (单位) whose budgets it consolidates.
create table department (
    code         varchar(20)  primary key,
    name         varchar(200) not null,
    region_code  varchar(12)  not null,
    region_name  varchar(100) not null,
    version      bigint       not null,
    updated_at   timestamptz  not null
);

create index department_region on department (region_code);

create table department_unit (
    department_code varchar(20)  not null references department (code) on delete cascade,
    position        integer      not null,
    name            varchar(200) not null,
    nature          varchar(20)  not null,
    grade           varchar(50),
    funding_form    varchar(50),
    primary key (department_code, position)
);
