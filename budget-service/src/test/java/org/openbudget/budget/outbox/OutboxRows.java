package org.openbudget.budget.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** The outbox table as the tests see it: rows put in and read back with plain SQL on the service's database. */
final class OutboxRows {

    /** One outbox row as stored. */
    record Row(long position, String topic, String payload, OffsetDateTime sentAt, int attempts, String lastError) {
    }

    private OutboxRows() {
    }

    /** A topic name the test broker does not have (auto-creation is off): sends to it wait for metadata in vain. */
    static String missingTopic() {
        return "outbox-test-missing-" + UUID.randomUUID();
    }

    /** Appends pending rows in one transaction, as a business transaction would; returns their positions. */
    static List<Long> append(OffsetDateTime createdAt, String key, String... topicAndPayload) {
        try (Connection db = dataSource().getConnection()) {
            db.setAutoCommit(false);
            List<Long> positions = new ArrayList<>();
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into outbox_event (event_id, topic, message_key, event_type, payload, created_at)
                    values (?, ?, ?, 'org.openbudget.test.outbox.v1', ?, ?) returning position""")) {
                for (int i = 0; i < topicAndPayload.length; i += 2) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, topicAndPayload[i]);
                    insert.setString(3, key);
                    insert.setString(4, topicAndPayload[i + 1]);
                    insert.setObject(5, createdAt);
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        positions.add(rs.getLong(1));
                    }
                }
            }
            db.commit();
            return positions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Row row(long position) {
        try (Connection db = dataSource().getConnection();
             PreparedStatement select = db.prepareStatement("""
                     select position, topic, payload, sent_at, attempts, last_error from outbox_event where position = ?""")) {
            select.setLong(1, position);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getInt(5), rs.getString(6)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls the row until it satisfies the condition; the last state read when it never does. */
    static Row await(long position, Predicate<Row> condition, Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        Row row = row(position);
        while (!condition.test(row) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            row = row(position);
        }
        return row;
    }

    /** Removes the test's rows whether they were sent or not: a stuck row would block every later event. */
    static void delete(List<Long> positions) {
        try (Connection db = dataSource().getConnection();
             PreparedStatement delete = db.prepareStatement("delete from outbox_event where position = any(?)")) {
            delete.setArray(1, db.createArrayOf("bigint", positions.toArray()));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sessions of the service's database (other than the asking one) whose transaction has been open for
     * longer than the limit, by pid: state, application, age and statement, for the failure message.
     */
    static Map<Integer, String> transactionsOpenLongerThan(Duration limit) {
        try (Connection db = dataSource().getConnection();
             PreparedStatement select = db.prepareStatement("""
                     select pid, state, application_name, extract(epoch from now() - xact_start), left(query, 160)
                     from pg_stat_activity
                     where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
                       and xact_start is not null and now() - xact_start > make_interval(secs => ?)""")) {
            select.setDouble(1, limit.toMillis() / 1000.0);
            Map<Integer, String> sessions = new HashMap<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sessions.put(rs.getInt(1), rs.getString(2) + " (" + rs.getString(3) + ") for "
                            + rs.getDouble(4) + " s: " + rs.getString(5));
                }
            }
            return sessions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }
}
