package org.openbudget.aggregation.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schema {@code rebuild} a rebuild replays into, and the swap that makes it the live read model. Its tables are
 * made from the live ones ({@code like … including all}), with the live tables' constraints, indexes and triggers
 * read from the catalog and re-targeted — whatever a migration adds comes along without being listed here. The
 * trigger functions name tables unqualified, so inside a replay transaction ({@code search_path = rebuild, public})
 * they write into the shadow too.
 */
public final class ShadowSchema {

    static final String SCHEMA = "rebuild";
    /** Where the live tables go in the swap; dropped right after it. */
    static final String RETIRED = "retired";

    /** The read models: rebuilt from the topics and swapped in. processed_event too: it must match what they hold. */
    static final List<String> READ_MODELS = List.of("processed_event", "department_view", "aggregate_view",
            "rollup_contribution", "rollup_total", "classification_name");
    /**
     * Tables the read models' triggers write while a transaction runs (V11, V12: the roll-up deltas, the counties a
     * transaction touched, the commit marker, the counters). The replay needs its own, or its commits would bump the
     * live counters (dropping the readers' cached answers for nothing) and queue on their rows with the live intake.
     * Not swapped: the live ones hold nothing between transactions, and the live counters must only grow (readers
     * keep answers under them); the swap bumps the labels counter instead, which drops every kept answer.
     */
    static final List<String> WORKING = List.of("rollup_total_delta", "rollup_region_touched", "rollup_commit_pending",
            "rollup_generation", "rollup_region_generation");
    /** Working tables whose rows the triggers expect to find (the generation's single row). */
    static final List<String> SEEDED = List.of("rollup_generation");
    /**
     * Left live, the replay writes into or leaves them as they are: dead letters (read from their own topic, not
     * replayed), the audit trail (replayed rows are inserted again without effect; versions a compacted topic lost stay),
     * bundle jobs (documents, not events), Flyway's history.
     */
    static final List<String> NOT_REBUILT = List.of("dead_letter", "audit_entry", "bundle_job", "bundle_zip_chunk",
            "flyway_schema_history");

    private ShadowSchema() {
    }

    /** Every table of the public schema must be one of these: a migration's new table is classified on purpose. */
    public static List<String> classified() {
        return Stream.of(READ_MODELS, WORKING, NOT_REBUILT).flatMap(List::stream).toList();
    }

    /** The first statement of a replay transaction: unqualified table names resolve to the shadow first. */
    static void enter(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("set local search_path = " + SCHEMA + ", public");
        }
    }

    /** An empty shadow of every read model and working table, in one transaction. */
    static void create(Connection connection) throws SQLException {
        inOneTransaction(connection, s -> {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("drop schema if exists " + RETIRED + " cascade");
            s.execute("create schema " + SCHEMA);
            for (String table : Stream.concat(READ_MODELS.stream(), WORKING.stream()).toList()) {
                s.execute("create table " + SCHEMA + "." + table + " (like public." + table + " including all excluding indexes)");
                for (String ddl : copied(connection, table)) {
                    s.execute(ddl);
                }
            }
            for (String table : SEEDED) {
                s.execute("insert into " + SCHEMA + "." + table + " select * from public." + table);
            }
        });
    }

    private interface Work {
        void run(Statement statement) throws SQLException;
    }

    /** {@code work} on one statement in one transaction: committed, or rolled back on any failure. */
    private static void inOneTransaction(Connection connection, Work work) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            work.run(s);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * The live table's primary key, unique and exclusion constraints (under their names, as migrations refer to
     * them), its other indexes and its triggers, re-targeted at the shadow table.
     */
    private static List<String> copied(Connection connection, String table) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (var q = connection.prepareStatement("""
                select format('alter table %I.%I add constraint %I %s', ?, ?, c.conname, pg_get_constraintdef(c.oid))
                from pg_constraint c where c.conrelid = ?::regclass and c.contype in ('p', 'u', 'x')
                union all
                select pg_get_indexdef(i.indexrelid) from pg_index i
                where i.indrelid = ?::regclass
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                union all
                select pg_get_triggerdef(t.oid) from pg_trigger t where t.tgrelid = ?::regclass and not t.tgisinternal
                """)) {
            q.setString(1, SCHEMA);
            q.setString(2, table);
            for (int i = 3; i <= 5; i++) {
                q.setString(i, "public." + table);
            }
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    ddl.add(retarget(rs.getString(1), table));
                }
            }
        }
        return ddl;
    }

    /** {@code … ON public.t …} of an index or trigger definition becomes {@code … ON rebuild.t …}. */
    static String retarget(String definition, String table) {
        if (definition.startsWith("alter table ")) {
            return definition;
        }
        String live = " ON public." + table + " ";
        int at = definition.indexOf(live);
        if (at < 0 || definition.indexOf(live, at + 1) >= 0) {
            throw new IllegalStateException("cannot re-target at the shadow schema: " + definition);
        }
        return definition.substring(0, at) + " ON " + SCHEMA + "." + table + " " + definition.substring(at + live.length());
    }

    /** Fresh planner statistics and visibility maps for the shadow read models before they serve readers. */
    static void analyze(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : READ_MODELS) {
                s.execute("vacuum (analyze) " + SCHEMA + "." + table);
            }
        }
    }

    /**
     * In one transaction: the live read models move to {@code retired}, the shadow ones to {@code public} (with their
     * indexes, constraints and triggers: a move keeps them), and the labels counter is bumped so that every cached
     * answer is dropped. Waits at most {@code lockTimeoutMs} for the readers of the live tables; throws if that ran out.
     */
    static void swap(Connection connection, long lockTimeoutMs) throws SQLException {
        inOneTransaction(connection, s -> {
            s.execute("set local lock_timeout = " + lockTimeoutMs);
            s.execute("create schema " + RETIRED);
            List<String> locked = new ArrayList<>();
            for (String table : READ_MODELS) {
                locked.add("public." + table);
                locked.add(SCHEMA + "." + table);
            }
            s.execute("lock table " + String.join(", ", locked) + " in access exclusive mode");
            for (String table : READ_MODELS) {
                s.execute("alter table public." + table + " set schema " + RETIRED);
                s.execute("alter table " + SCHEMA + "." + table + " set schema public");
            }
            // every county may have changed, those the new model no longer holds included: the labels counter (V12)
            s.execute("update public.rollup_generation set generation = generation + 1, labels = labels + 1 where id = 1");
        });
    }

    /** Drops the shadow (what is left of it after a swap, or all of it after a failure) and the retired tables. */
    static void drop(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop schema if exists " + RETIRED + " cascade");
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
