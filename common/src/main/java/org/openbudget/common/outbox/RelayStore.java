package org.openbudget.common.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The relay's statements on the outbox table, each a single autocommitted statement on the leader's
 * session: a transaction lives for the statement only, never across a wait on Kafka.
 */
final class RelayStore {

    /** What the relay needs of a pending row; {@code attempts} counts its failed sends. */
    record PendingRow(long position, String topic, String key, String payload, int attempts) {
    }

    private static final int MAX_ERROR_LENGTH = 2_000;

    List<PendingRow> pending(Connection db, int limit) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("""
                select position, topic, message_key, payload, attempts from outbox_event
                where sent_at is null order by position limit ?""")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                List<PendingRow> rows = new ArrayList<>(limit);
                while (rs.next()) {
                    rows.add(new PendingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
                return rows;
            }
        }
    }

    /** Stamps rows Kafka acknowledged; by position (a range could cover a row that committed late). */
    void stampSent(Connection db, List<PendingRow> acknowledged) throws SQLException {
        if (acknowledged.isEmpty()) {
            return;
        }
        Long[] positions = acknowledged.stream().map(PendingRow::position).toArray(Long[]::new);
        try (PreparedStatement update = db.prepareStatement(
                "update outbox_event set sent_at = now() where position = any(?) and sent_at is null")) {
            Array array = db.createArrayOf("bigint", positions);
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    void recordFailure(Connection db, PendingRow row, String error) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("""
                update outbox_event set attempts = attempts + 1, last_error = ?, last_attempt_at = now()
                where position = ? and sent_at is null""")) {
            update.setString(1, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
            update.setLong(2, row.position());
            update.executeUpdate();
        }
    }

    int deleteSentBefore(Connection db, Duration retention) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement(
                "delete from outbox_event where sent_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, retention.toSeconds());
            return delete.executeUpdate();
        }
    }
}
