-- A counter that changes whenever anything a roll-up answer is read from changes, in the same transaction
-- as the change: readers key their cached answers by it, so an answer is reused only while the data it was
-- computed from is unchanged (every replica reads the same counter). Bumped by triggers, so no writer can
-- forget it; once per transaction (a transaction-local setting remembers it), not once per statement.
create table rollup_generation (
    id          integer primary key check (id = 1),
    generation  bigint  not null
);
insert into rollup_generation (id, generation) values (1, 0);

create function rollup_generation_bump() returns trigger language plpgsql as $$
begin
    if current_setting('openbudget.rollup_generation_bumped', true) is distinct from 'yes' then
        update rollup_generation set generation = generation + 1 where id = 1;
        perform set_config('openbudget.rollup_generation_bumped', 'yes', true);
    end if;
    return null;
end $$;

create trigger rollup_contribution_generation after insert or update or delete or truncate on rollup_contribution
    for each statement execute function rollup_generation_bump();
create trigger rollup_total_generation after insert or update or delete or truncate on rollup_total
    for each statement execute function rollup_generation_bump();
create trigger department_view_generation after insert or update or delete or truncate on department_view
    for each statement execute function rollup_generation_bump();
create trigger classification_name_generation after insert or update or delete or truncate on classification_name
    for each statement execute function rollup_generation_bump();

-- The dashboard reads a year's rows of one dimension in a region: with everything it needs in the index,
-- PostgreSQL answers from the index alone once the pages are all-visible (replaces the (year, region_code,
-- scope, dimension) index, which made it visit the table for every row).
create index rollup_contribution_read on rollup_contribution (year, scope, dimension, region_code)
    include (department, item, measure, amount);
drop index rollup_contribution_region;
