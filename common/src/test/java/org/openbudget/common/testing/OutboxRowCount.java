package org.openbudget.common.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts the outbox rows of one event key straight from the table (a refused request must not add one). */
public final class OutboxRowCount {

    private OutboxRowCount() {
    }

    public static long of(DataSource dataSource, String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from outbox_event where message_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
