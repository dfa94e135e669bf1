-- Issue 16: a change in one county no longer invalidates every cached answer of the province.
-- Before: one counter (rollup_generation) changed with every commit, and readers dropped all cached answers when it
-- moved, so at 15,000 department-years each change cost an uncached province answer (0.6–1.7 s) for every reader.
-- Now each county has its own counter, bumped at commit by the transactions that change what its answers are read
-- from: its roll-up rows (seen through the transaction's total deltas) or the name or county of one of its
-- departments. Labels shared by all counties (classification names), and a reset, bump `labels`, which invalidates
-- everything. A reader keeps each county's part of an answer under that county's counter and the labels counter, and
-- recomputes only the parts whose counters moved. The counters are read before the data, so a part is never kept
-- under a counter older than the data it was computed from.
create table rollup_region_generation (
    region_code  varchar(12) primary key,
    generation   bigint      not null
);
-- the counties that already hold data (a county's row appears at its first change otherwise)
insert into rollup_region_generation (region_code, generation)
select region_code, 0 from (select region_code from rollup_contribution
                            union select region_code from rollup_total
                            union select region_code from department_view) r;

alter table rollup_generation add column labels bigint not null default 0;

-- counties a transaction touched other than through its total deltas (a department renamed or moved), until commit
create table rollup_region_touched (
    tx           bigint      not null,
    region_code  varchar(12) not null
);
create index rollup_region_touched_tx on rollup_region_touched (tx);

-- the "apply at commit" row of V11, now callable from any trigger function
create function rollup_pend_commit() returns void language plpgsql as $$
begin
    if current_setting('openbudget.rollup_generation_bumped', true) is distinct from 'yes' then
        perform set_config('openbudget.rollup_generation_bumped', 'yes', true);
        insert into rollup_commit_pending (tx) values (txid_current());
    end if;
end $$;

create or replace function rollup_generation_bump() returns trigger language plpgsql as $$
begin
    perform rollup_pend_commit();
    return null;
end $$;

create function rollup_labels_changed() returns trigger language plpgsql as $$
begin
    perform set_config('openbudget.rollup_labels_changed', 'yes', true);
    perform rollup_pend_commit();
    return null;
end $$;

create function rollup_department_touched() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        insert into rollup_region_touched (tx, region_code) values (txid_current(), old.region_code);
    end if;
    if tg_op <> 'DELETE' then
        insert into rollup_region_touched (tx, region_code) values (txid_current(), new.region_code);
    end if;
    perform rollup_pend_commit();
    return null;
end $$;

-- a department's profile texts change often and no roll-up shows them: only its name and county count
create trigger department_view_added after insert or delete on department_view
    for each row execute function rollup_department_touched();
create trigger department_view_renamed after update on department_view
    for each row when (old.name is distinct from new.name or old.region_code is distinct from new.region_code)
    execute function rollup_department_touched();
create trigger department_view_truncated after truncate on department_view
    for each statement execute function rollup_labels_changed();

-- every newer budget re-stamps the names it prints (learned_from) without changing them: only a new or different
-- name is a change of the labels (the statement trigger of V6 fired for every budget event)
drop trigger classification_name_generation on classification_name;
create trigger classification_name_added after insert or delete on classification_name
    for each row execute function rollup_labels_changed();
create trigger classification_name_renamed after update on classification_name
    for each row when (old.name is distinct from new.name) execute function rollup_labels_changed();
create trigger classification_name_truncated after truncate on classification_name
    for each statement execute function rollup_labels_changed();

-- emptying the roll-ups (a rebuild) changes every county, including those whose rows are simply gone
create trigger rollup_contribution_truncated after truncate on rollup_contribution
    for each statement execute function rollup_labels_changed();

create or replace function rollup_commit() returns trigger language plpgsql as $$
begin
    insert into rollup_total (year, region_code, scope, dimension, item, measure, amount, departments)
    select year, region_code, scope, dimension, item, measure, sum(amount), sum(departments)
    from rollup_total_delta where tx = new.tx
    group by year, region_code, scope, dimension, item, measure
    having sum(amount) <> 0 or sum(departments) <> 0
    order by year, region_code, scope, dimension, item, measure
    on conflict (year, region_code, scope, dimension, item, measure) do update
        set amount = rollup_total.amount + excluded.amount, departments = rollup_total.departments + excluded.departments;
    delete from rollup_total where departments <= 0;
    -- locks in one order for every committer: totals, then counties (in code order), then the single counter
    insert into rollup_region_generation (region_code, generation)
    select region_code, 1 from (select region_code from rollup_total_delta where tx = new.tx
                                union
                                select region_code from rollup_region_touched where tx = new.tx) touched
    order by region_code
    on conflict (region_code) do update set generation = rollup_region_generation.generation + 1;
    delete from rollup_total_delta where tx = new.tx;
    delete from rollup_region_touched where tx = new.tx;
    delete from rollup_commit_pending where tx = new.tx;
    update rollup_generation
       set generation = generation + 1,
           labels = labels + case when current_setting('openbudget.rollup_labels_changed', true) = 'yes' then 1 else 0 end
     where id = 1;
    return null;
end $$;
