-- Measured under the benchmark's ingest (BENCHMARKS.md): every event's roll-up replacement ran two slow statements.
-- 1. The subtraction joined a department's contributions through the dashboard index, whose leading column is the
--    year: for a year PostgreSQL has no statistics about yet (every new budget year) it took that index for exact and
--    filtered thousands of rows by department, 16 ms an event. With the year no longer leading, the only usable
--    index for (year, department, source) is the primary key. The dashboard's equalities on scope, dimension and
--    year (two years) still lead to the region's range.
drop index rollup_contribution_read;
create index rollup_contribution_read on rollup_contribution (scope, dimension, year, region_code)
    include (department, item, measure, amount);
-- 2. Totals that no department contributes to any more were found by reading the whole table, 10 ms an event at
--    26,000 totals: a partial index holds just those (normally none).
create index rollup_total_emptied on rollup_total (year) where departments <= 0;
