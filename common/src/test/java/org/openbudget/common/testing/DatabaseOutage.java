package org.openbudget.common.testing;

import io.restassured.response.Response;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Takes the running service's own database ({@code quarkus.datasource.*}) away now. */
    public static DatabaseOutage begin() throws SQLException {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return begin(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
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

    /**
     * What a caller must get while the database is away: 503, the configured Retry-After
     * ({@code openbudget.problem.unavailable-retry-after}), a problem, no stack trace.
     */
    public static void assertUnavailable(Response response) {
        int retryAfter = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("openbudget.problem.unavailable-retry-after", Integer.class);
        response.then().statusCode(503)
                .header("Retry-After", equalTo(Integer.toString(retryAfter)))
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("type", equalTo("urn:openbudget:problem:service-unavailable"))
                .body("detail", startsWith("the database cannot be reached"));
        String text = response.asString();
        assertTrue(!text.contains("Exception") && !text.contains("\tat "), "no stack trace or exception to the caller: " + text);
    }

    /**
     * After the outage: a pooled connection that was cut may still answer 503 once (the client retries); then the
     * request must answer 200 within a few seconds.
     */
    public static void awaitRecovery(Supplier<Response> request, String what) throws InterruptedException {
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 200; attempt++) {
            Response r = request.get();
            status = r.statusCode();
            assertTrue(status == 200 || status == 503, "after the outage: " + status + " " + r.asString());
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertEquals(200, status, what);
    }
}
