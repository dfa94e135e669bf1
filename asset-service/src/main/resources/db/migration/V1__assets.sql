-- asset-service schema. Amounts are canonical 元 with 2 decimals (numeric(18,2)); a blank printed
-- cell is NULL, a printed 0.00 is 0 — the two are kept apart so documents reproduce exactly.

-- The Kafka key {department}:{year}: its version orders every event of that key, whichever part
-- (holdings dated in that year, the procurement plan of that year) changed.
create table asset_year (
    event_key   varchar(40) primary key,
    department  varchar(20) not null,
    year        integer     not null,
    version     bigint      not null,
    updated_at  timestamptz not null,
    unique (department, year)
);

-- 部门固定资产占用情况表: one row per department and 截止时间 (as-of date).
create table asset_holding (
    id               bigserial    primary key,
    department       varchar(20)  not null,
    as_of            date         not null,
    entered_unit     varchar(10)  not null,
    total_value      numeric(18,2),
    buildings_area   numeric(14,2),
    buildings_value  numeric(18,2),
    office_area      numeric(14,2),
    office_value     numeric(18,2),
    vehicles_count   bigint,
    vehicles_value   numeric(18,2),
    equipment_count  bigint,
    equipment_value  numeric(18,2),
    other_count      bigint,
    other_value      numeric(18,2),
    has_register     boolean      not null,
    version          bigint       not null,
    updated_at       timestamptz  not null,
    unique (department, as_of)
);

-- 资产卡片: the optional register the category rows are derived from.
create table asset_register_item (
    holding_id      bigint        not null references asset_holding (id) on delete cascade,
    position        integer       not null,
    asset_code      varchar(50),
    name            varchar(200)  not null,
    category        varchar(20)   not null,
    acquired_on     date,
    quantity        numeric(14,2) not null,
    original_value  numeric(18,2) not null,
    vehicle_use     varchar(40),
    office_space    boolean       not null,
    primary key (holding_id, position)
);

-- 政府采购预算: one row per department-year and revision (1 = 年初预算, 2.. = 调整预算).
create table procurement_plan (
    id            bigserial   primary key,
    department    varchar(20) not null,
    year          integer     not null,
    revision      integer     not null,
    status        varchar(12) not null,
    approved_on   date,
    published_at  timestamptz,
    version       bigint      not null,
    updated_at    timestamptz not null,
    unique (department, year, revision)
);

create index procurement_plan_year on procurement_plan (year, status);

create table procurement_item (
    plan_id                 bigint        not null references procurement_plan (id) on delete cascade,
    position                integer       not null,
    project_name            varchar(300),
    project_budget          numeric(18,2),
    item_name               varchar(300)  not null,
    catalog_code            varchar(30),
    kind                    varchar(10)   not null,
    measure_unit            varchar(20),
    quantity                numeric(16,4),
    unit_price              numeric(18,2),
    amount                  numeric(18,2) not null,
    general_budget          numeric(18,2),
    government_fund         numeric(18,2),
    state_capital           numeric(18,2),
    fiscal_special_account  numeric(18,2),
    unit_funds              numeric(18,2),
    fiscal_carry_over       numeric(18,2),
    non_fiscal_carry_over   numeric(18,2),
    sme_reserved            numeric(18,2),
    fixed_asset             boolean       not null,
    entered_unit            varchar(10)   not null,
    primary key (plan_id, position)
);
