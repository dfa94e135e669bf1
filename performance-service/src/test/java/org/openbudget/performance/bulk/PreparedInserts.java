package org.openbudget.performance.bulk;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the insert statements Hibernate prepares, per table. Hibernate prepares a statement once per JDBC batch
 * and once per row it inserts on its own, so the count tells rows sent in batches from rows sent one by one.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class PreparedInserts implements StatementInspector {

    private static final String INSERT = "insert into ";

    private final Map<String, AtomicLong> byTable = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        String lower = sql.stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith(INSERT)) {
            int end = lower.indexOf(' ', INSERT.length());
            String table = end < 0 ? lower.substring(INSERT.length()) : lower.substring(INSERT.length(), end);
            byTable.computeIfAbsent(table, t -> new AtomicLong()).incrementAndGet();
        }
        return sql;
    }

    public long of(String table) {
        AtomicLong n = byTable.get(table);
        return n == null ? 0 : n.get();
    }
}
