-- Reference catalogs per year: 支出功能分类 (functional, 类/款/项) and 部门预算支出经济分类 (economic, 类/款).
-- Loaded from the bundled CSVs at start when a year is missing; replaceable per year through the admin endpoint.
create table classification_entry (
    scheme       varchar(10)  not null check (scheme in ('functional', 'economic')),
    catalog_year integer      not null,
    code         varchar(7)   not null check (code ~ '^([0-9]{3}|[0-9]{5}|[0-9]{7})$'),
    name         varchar(200) not null,
    level        varchar(2)   not null check (level in ('类', '款', '项')),
    verified     boolean      not null,
    primary key (scheme, catalog_year, code)
);
create index classification_entry_name on classification_entry (scheme, catalog_year, name);
