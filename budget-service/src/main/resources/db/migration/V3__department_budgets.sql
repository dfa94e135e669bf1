-- Department-year budgets. Amounts are 元 with 2 decimals; a NULL amount is a blank cell, which is not 0.
create domain yuan as numeric(18, 2) check (value >= 0);

-- The department-year aggregate: one row per (department, year). Its version increases with every
-- committed change of any of its adjustments and is the version DepartmentBudgetChanged carries.
create table department_budget (
    id                 bigserial   primary key,
    department_code    varchar(20) not null references department (code),
    fiscal_year        integer     not null check (fiscal_year between 1990 and 2100),
    version            bigint      not null,
    current_adjustment integer     not null,
    status             varchar(12) not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED')),
    updated_at         timestamptz not null,
    unique (department_code, fiscal_year)
);
create index department_budget_year on department_budget (fiscal_year, status);

-- One adjustment of a department-year: 0 = 年初预算 (as first approved), n = n-th 调整预算. Published
-- adjustments are never changed again: they are the history.
create table budget_edition (
    id                   bigserial   primary key,
    department_budget_id bigint      not null references department_budget (id),
    adjustment           integer     not null check (adjustment >= 0),
    status               varchar(12) not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED')),
    input_unit           varchar(4)  not null check (input_unit in ('元', '万元')),
    version              bigint      not null,
    approval_date        date,
    submitted_at         timestamptz,
    approved_at          timestamptz,
    published_at         timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    -- table 1: revenue by source
    src_general_budget         yuan,
    src_government_fund        yuan,
    src_state_capital          yuan,
    src_special_account        yuan,
    src_institution            yuan,
    src_institution_operating  yuan,
    src_superior_subsidy       yuan,
    src_affiliated_remittance  yuan,
    src_other                  yuan,
    -- carry-over (tables 1 and 4)
    co_prior_year              yuan,
    co_year_end                yuan,
    co_opening_general_budget  yuan,
    co_opening_government_fund yuan,
    co_opening_state_capital   yuan,
    co_closing_general_budget  yuan,
    co_closing_government_fund yuan,
    co_closing_state_capital   yuan,
    -- the functional 合计 row as printed (all NULL: the sum of the 类 rows)
    rev_appropriation          yuan,
    rev_special_account        yuan,
    rev_institution            yuan,
    rev_institution_operating  yuan,
    rev_superior_subsidy       yuan,
    rev_affiliated_remittance  yuan,
    rev_other                  yuan,
    rev_carry_over             yuan,
    exp_general_basic yuan, exp_general_project yuan, exp_general_operating yuan, exp_general_remittance yuan, exp_general_subsidy yuan,
    exp_fund_basic    yuan, exp_fund_project    yuan, exp_fund_operating    yuan, exp_fund_remittance    yuan, exp_fund_subsidy    yuan,
    exp_capital_basic yuan, exp_capital_project yuan, exp_capital_operating yuan, exp_capital_remittance yuan, exp_capital_subsidy yuan,
    exp_other_basic   yuan, exp_other_project   yuan, exp_other_operating   yuan, exp_other_remittance   yuan, exp_other_subsidy   yuan,
    -- the economic 合计 row of table 6 as printed (all NULL: the sum of the 类 rows)
    personnel  yuan,
    public_use yuan,
    unique (department_budget_id, adjustment)
);

-- Functional rows (类/款/项) with the table 2 revenue columns and expenditure by fund × type.
create table budget_functional_line (
    edition_id bigint       not null references budget_edition (id) on delete cascade,
    position   integer      not null,
    code       varchar(7)   not null check (code ~ '^([0-9]{3}|[0-9]{5}|[0-9]{7})$'),
    name       varchar(200) not null,
    rev_appropriation          yuan,
    rev_special_account        yuan,
    rev_institution            yuan,
    rev_institution_operating  yuan,
    rev_superior_subsidy       yuan,
    rev_affiliated_remittance  yuan,
    rev_other                  yuan,
    rev_carry_over             yuan,
    exp_general_basic yuan, exp_general_project yuan, exp_general_operating yuan, exp_general_remittance yuan, exp_general_subsidy yuan,
    exp_fund_basic    yuan, exp_fund_project    yuan, exp_fund_operating    yuan, exp_fund_remittance    yuan, exp_fund_subsidy    yuan,
    exp_capital_basic yuan, exp_capital_project yuan, exp_capital_operating yuan, exp_capital_remittance yuan, exp_capital_subsidy yuan,
    exp_other_basic   yuan, exp_other_project   yuan, exp_other_operating   yuan, exp_other_remittance   yuan, exp_other_subsidy   yuan,
    primary key (edition_id, position)
);
create index budget_functional_line_code on budget_functional_line (code);

-- Table 6: basic expenditure of the general public budget by economic code (类/款).
create table budget_economic_line (
    edition_id bigint       not null references budget_edition (id) on delete cascade,
    position   integer      not null,
    code       varchar(5)   not null check (code ~ '^([0-9]{3}|[0-9]{5})$'),
    name       varchar(200) not null,
    personnel  yuan,
    public_use yuan,
    primary key (edition_id, position)
);

-- Table 9: the "三公" rows by appropriation fund.
create table budget_three_public_line (
    edition_id      bigint      not null references budget_edition (id) on delete cascade,
    position        integer     not null,
    item            varchar(30) not null,
    general_budget  yuan,
    government_fund yuan,
    state_capital   yuan,
    primary key (edition_id, position)
);

-- Prior-year figures and the department's reasons for the change (sections 二 and 四).
create table budget_prior_year (
    edition_id bigint      not null references budget_edition (id) on delete cascade,
    position   integer     not null,
    item       varchar(30) not null,
    amount     yuan,
    reason     text,
    primary key (edition_id, position)
);
