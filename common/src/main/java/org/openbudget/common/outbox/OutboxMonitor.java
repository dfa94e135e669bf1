package org.openbudget.common.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/** Reads the relay backlog in one statement (autocommit: no transaction outlives the read). */
@ApplicationScoped
@IfBuildProperty(name = "openbudget.outbox.enabled", stringValue = "true")
public class OutboxMonitor {

    // The age is measured with the database's clock, the clock that stamps sent_at and last_attempt_at.
    // The last sent row is the highest sent position (rows are stamped in position order): it walks the
    // primary key backwards instead of scanning the retained rows for max(sent_at).
    private static final String STATUS = """
            select (select count(*) from outbox_event where sent_at is null),
                   o.created_at, extract(epoch from (now() - o.created_at)), o.attempts, o.last_error,
                   o.last_attempt_at,
                   (select s.sent_at from outbox_event s where s.sent_at is not null order by s.position desc limit 1)
            from (select 1) one
            left join lateral (select created_at, attempts, last_error, last_attempt_at from outbox_event
                               where sent_at is null order by position limit 1) o on true
            """;

    private final AgroalDataSource dataSource;

    public OutboxMonitor(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public OutboxStatus status() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(STATUS)) {
            rs.next();
            double age = rs.getDouble(3);
            boolean waiting = !rs.wasNull();
            return new OutboxStatus(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), waiting ? age : null,
                    rs.getInt(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                    rs.getObject(7, OffsetDateTime.class));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox backlog: " + e.getMessage(), e);
        }
    }
}
