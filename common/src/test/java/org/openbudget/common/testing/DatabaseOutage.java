package org.openbudget.common.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real outage of a service's own database, as a restart or a fail-over looks from the service: the database
 * stops accepting connections and every session of it is terminated. {@link #close()} lets connections in again.
 * Needs the role to own the database (the *_test databases are the openbudget role's); the statements run from
 * the {@code postgres} database on the same server.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final Connection admin;
    private final String database;

    private DatabaseOutage(Connection admin, String database) {
        this.admin = admin;
        this.database = database;
    }

    /** Takes the database of {@code jdbcUrl} away now. */
    public static DatabaseOutage begin(String jdbcUrl, String user, String password) throws SQLException {
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        Connection admin = DriverManager.getConnection(jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres", user, password);
        DatabaseOutage outage = new DatabaseOutage(admin, database);
        try (Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "' and pid <> pg_backend_pid()");
        } catch (SQLException e) {
            outage.close();
            throw e;
        }
        return outage;
    }

    @Override
    public void close() throws SQLException {
        try (admin; Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
    }
}
