package org.openbudget.seeds.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every aggregate version an owner committed for a set of departments, against the version the aggregation
 * service's read model holds. The owners' side is read from their outboxes (each committed change appends its
 * event there, in the change's own transaction, with the aggregate's version in the event data); the read side from
 * {@code department_view} and {@code aggregate_view}. Read straight from the databases on purpose: the point is to
 * check the services, not to believe them.
 */
final class Versions {

    /** Owner database → the read-model kind of its topic's state events. */
    private static final Map<String, String> OWNERS = Map.of("budget", "budget", "performance", "performance", "asset", "asset");
    private static final String DEPARTMENT_TYPE = "org.openbudget.budget.department.changed.v1";

    private final String jdbcBase;
    private final String user;
    private final String password;

    Versions() {
        var env = System.getenv();
        this.jdbcBase = env.getOrDefault("FAULTS_JDBC_BASE", "jdbc:postgresql://127.0.0.1:5432/");
        this.user = env.getOrDefault("DB_USER", "openbudget");
        this.password = env.getOrDefault("DB_PASSWORD", "openbudget");
    }

    /** "kind key" → the newest version its owner committed, for departments whose code starts with {@code prefix}. */
    Map<String, Long> owners(String prefix) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        for (var owner : OWNERS.entrySet()) {
            try (Connection c = connect(owner.getKey());
                 PreparedStatement q = c.prepareStatement("select event_type, message_key, "
                         + "max((payload::jsonb -> 'data' ->> 'version')::bigint) from outbox_event "
                         + "where message_key like ? group by event_type, message_key")) {
                q.setString(1, prefix + "%");
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        String kind = DEPARTMENT_TYPE.equals(r.getString(1)) ? "department" : owner.getValue();
                        out.merge(kind + " " + r.getString(2), r.getLong(3), Math::max);
                    }
                }
            }
        }
        return out;
    }

    /** "kind key" → the version the read model holds. */
    Map<String, Long> readModel(String prefix) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = connect("aggregation")) {
            try (PreparedStatement q = c.prepareStatement("select code, source_version from department_view where code like ?")) {
                q.setString(1, prefix + "%");
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        out.put("department " + r.getString(1), r.getLong(2));
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("select kind, event_key, source_version from aggregate_view where department like ?")) {
                q.setString(1, prefix + "%");
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1) + " " + r.getString(2), r.getLong(3));
                    }
                }
            }
        }
        return out;
    }

    /** The owners' aggregates the read model does not hold at the owner's version ("kind key owner≠read"). */
    List<String> behind(String prefix) throws SQLException {
        Map<String, Long> owners = owners(prefix);
        Map<String, Long> read = readModel(prefix);
        List<String> out = new ArrayList<>();
        owners.forEach((key, version) -> {
            Long held = read.get(key);
            if (!version.equals(held)) {
                out.add(key + " owner v" + version + " read model " + (held == null ? "absent" : "v" + held));
            }
        });
        read.keySet().stream().filter(k -> !owners.containsKey(k)).forEach(k -> out.add(k + " in the read model but not at the owner"));
        return out;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcBase + database, user, password);
    }
}
