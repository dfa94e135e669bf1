package org.openbudget.seeds.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.openbudget.disclosure.budget.BudgetContent;
import org.openbudget.disclosure.budget.EconomicLine;
import org.openbudget.disclosure.budget.ExpenditureByType;
import org.openbudget.disclosure.budget.FunctionalLine;
import org.openbudget.seeds.load.api.HoldingBody;
import org.openbudget.seeds.load.api.PerformanceBody;
import org.openbudget.seeds.load.api.PlanBody;

/**
 * The raw limit of the same PostgreSQL: every row of the ingested province (budget lines, target indicators,
 * holding rows, procurement items) inserted by plain JDBC batches — one transaction and one batch per
 * department-year, at the ingest's concurrency — into a table with a primary key in schema {@code bench_raw} of
 * the budget database, dropped afterwards. No validation, no JSON, no outbox: what the services add is the rest.
 */
final class RawJdbcLimit {

    private final String url;
    private final String user;
    private final String password;

    RawJdbcLimit() {
        var env = System.getenv();
        this.url = env.getOrDefault("BENCH_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/budget");
        this.user = env.getOrDefault("DB_USER", "openbudget");
        this.password = env.getOrDefault("DB_PASSWORD", "openbudget");
    }

    void run(List<DepartmentYear> province, int concurrency, Report report) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("method", "JDBC batch INSERT, one transaction per department-year, " + concurrency + " connections, " + url);
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
            s.execute("drop schema if exists bench_raw cascade");
            s.execute("create schema bench_raw");
            s.execute("create table bench_raw.line (dept text not null, year int not null, kind text not null, n int not null,"
                    + " code text, a numeric(18,2), b numeric(18,2), primary key (dept, year, kind, n))");
            List<Connection> connections = new ArrayList<>();
            try {
                for (int w = 0; w < concurrency; w++) {
                    Connection c = DriverManager.getConnection(url, user, password);
                    c.setAutoCommit(false);
                    connections.add(c);
                }
                // a warm-up pass (JIT of the driver, server plan caches), then the timed pass on an empty table
                insertAll(province.subList(0, Math.min(province.size(), 50)), connections);
                s.execute("truncate bench_raw.line");
                long start = System.nanoTime();
                long rows = insertAll(province, connections);
                long nanos = System.nanoTime() - start;
                raw.put("rows", rows);
                raw.put("seconds", Stats.ms(nanos).movePointLeft(3));
                raw.put("rowsPerSecond", Stats.rate(rows, nanos));
                raw.put("departmentYearsPerSecond", Stats.rate(province.size(), nanos));
            } finally {
                for (Connection c : connections) {
                    c.close();
                }
            }
            s.execute("drop schema bench_raw cascade");
            for (String[] api : new String[][] {{"ingest", "restToRawRatio"}, {"bulkIngest", "bulkToRawRatio"}}) {
                Map<String, Object> ingest = report.section(api[0]);
                if (ingest != null && ingest.get("rowsPerSecond") instanceof BigDecimal rate) {
                    raw.put(api[1], rate.divide((BigDecimal) raw.get("rowsPerSecond"), 4, RoundingMode.HALF_UP));
                }
            }
        } catch (Exception e) {
            raw.put("error", e.toString());
        }
        report.put("rawLimit", raw);
        report.line("raw limit: JDBC batches, same rows, c=" + concurrency, raw.containsKey("error") ? "not measured: " + raw.get("error")
                : String.format("%s rows/s, %s dept-years/s; single PUTs/raw = %s, bulk/raw = %s", raw.get("rowsPerSecond"),
                raw.get("departmentYearsPerSecond"), raw.getOrDefault("restToRawRatio", "—"), raw.getOrDefault("bulkToRawRatio", "—")));
    }

    /** Every department-year in its own transaction and batch, spread over the connections; returns the rows. */
    private static long insertAll(List<DepartmentYear> departmentYears, List<Connection> connections) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections.size());
        try {
            List<Future<Long>> workers = new ArrayList<>();
            for (Connection c : connections) {
                workers.add(pool.submit(() -> {
                    long rows = 0;
                    try (PreparedStatement insert = c.prepareStatement("insert into bench_raw.line values (?,?,?,?,?,?,?)")) {
                        for (int i = next.getAndIncrement(); i < departmentYears.size(); i = next.getAndIncrement()) {
                            rows += insert(insert, departmentYears.get(i));
                            insert.executeBatch();
                            c.commit();
                        }
                    }
                    return rows;
                }));
            }
            long rows = 0;
            for (Future<Long> f : workers) {
                rows += f.get();
            }
            return rows;
        } finally {
            pool.shutdown();
        }
    }

    private static int insert(PreparedStatement insert, DepartmentYear dy) throws SQLException {
        int n = 0;
        BudgetContent b = dy.budget();
        for (FunctionalLine l : b.functional().lines()) {
            ExpenditureByType e = l.expenditure().generalBudget();
            add(insert, dy, "functional", n++, l.code(), e.basic(), e.project());
        }
        for (EconomicLine l : b.economic().lines()) {
            add(insert, dy, "economic", n++, l.code(), l.personnel(), l.publicUse());
        }
        for (PerformanceBody.Project p : dy.performance().projects()) {
            for (PerformanceBody.Indicator i : p.indicators()) {
                add(insert, dy, "indicator", n++, p.functionalCode(), p.budget().value(), null);
            }
        }
        HoldingBody h = dy.holdings();
        for (HoldingBody.Row r : new HoldingBody.Row[] {h.vehicles(), h.otherFixedAssets()}) {
            if (r != null) {
                add(insert, dy, "holding", n++, null, r.quantity(), r.value());
            }
        }
        for (PlanBody.Item item : dy.procurement().items()) {
            add(insert, dy, "procurement", n++, item.catalogCode(), item.quantity(), item.amount());
        }
        return n;
    }

    private static void add(PreparedStatement insert, DepartmentYear dy, String kind, int n, String code, BigDecimal a,
                            BigDecimal b) throws SQLException {
        insert.setString(1, dy.code());
        insert.setInt(2, dy.year());
        insert.setString(3, kind);
        insert.setInt(4, n);
        insert.setString(5, code);
        insert.setBigDecimal(6, a);
        insert.setBigDecimal(7, b);
        insert.addBatch();
    }
}
