-- Issue 16: no row that every intake transaction holds for its whole length.
-- Before: each event's roll-up replacement updated the county's rollup_total rows at once and the generation trigger
-- updated the single rollup_generation row at the first write; both row locks were then held until commit, so the
-- three channels (and, with several events per transaction, whole batches) queued behind each other on them.
-- Now a writer only appends what its changes add or take away (rollup_total_delta, no unique key: nobody waits), and
-- one deferred trigger applies the transaction's net deltas when it commits — each total row once per transaction,
-- in key order (two committers never wait for each other crosswise) — then bumps the generation. Both become
-- visible with the transaction's other rows, so a reader still never sees a generation older than the data.
create table rollup_total_delta (
    tx           bigint       not null,
    year         integer      not null,
    region_code  varchar(12)  not null,
    scope        varchar(10)  not null,
    dimension    varchar(40)  not null,
    item         varchar(60)  not null,
    measure      varchar(40)  not null,
    amount       numeric(20, 2) not null,
    departments  integer      not null
);
create index rollup_total_delta_tx on rollup_total_delta (tx);

-- one row per writing transaction, inserted by its first change and removed at its commit: it only carries the
-- deferred trigger (a constraint trigger is per row; one row keeps it to one call per transaction)
create table rollup_commit_pending (
    tx  bigint not null
);

create or replace function rollup_generation_bump() returns trigger language plpgsql as $$
begin
    if current_setting('openbudget.rollup_generation_bumped', true) is distinct from 'yes' then
        perform set_config('openbudget.rollup_generation_bumped', 'yes', true);
        insert into rollup_commit_pending (tx) values (txid_current());
    end if;
    return null;
end $$;

create function rollup_commit() returns trigger language plpgsql as $$
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
    delete from rollup_total_delta where tx = new.tx;
    delete from rollup_commit_pending where tx = new.tx;
    -- the last lock a committing transaction takes, held for the rest of its commit only
    update rollup_generation set generation = generation + 1 where id = 1;
    return null;
end $$;

create constraint trigger rollup_commit after insert on rollup_commit_pending
    deferrable initially deferred for each row execute function rollup_commit();

create trigger rollup_total_delta_generation after insert on rollup_total_delta
    for each statement execute function rollup_generation_bump();
