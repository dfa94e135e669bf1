package org.openbudget.common.outbox;

import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Which replica relays: the one whose own database session holds a session-level advisory lock.
 *
 * <p>The session is a dedicated connection outside the pool, held for as long as this replica leads, so
 * leading never takes a pooled connection away from requests; between statements it sits {@code idle}
 * (autocommit), never {@code idle in transaction}. The relay runs every statement of a round on this
 * very session, so each statement that succeeds proves the lock is still ours: a session that died lost
 * the lock with it, and the relay learns so at its next statement, before it stamps anything.
 *
 * <p>Two replicas racing both call {@code pg_try_advisory_lock}; PostgreSQL grants it to one, the other
 * keeps its session and asks again next round. When the leader's session dies (database restart,
 * {@code pg_terminate_backend}, network), PostgreSQL releases the lock and another replica takes over;
 * the old leader's statements fail, it drops the session and asks anew. Rows it had sent but not stamped
 * are sent again by the new leader (at-least-once). Server-side TCP keepalives make PostgreSQL notice a
 * vanished leader host within about half a minute instead of the operating system's two hours.
 */
final class RelayLeadership implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);
    /** Arbitrary constant naming "the outbox relay" among advisory locks of this database. */
    static final long RELAY_LOCK = 0x0b_0de7_ba5eL;

    private final String url;
    private final Properties properties = new Properties();
    private Connection session;
    private boolean leader;
    private boolean steppedDown;

    RelayLeadership(String url, Optional<String> user, Optional<String> password, String applicationName) {
        this.url = url;
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("connectTimeout", "10");
        // a statement of the relay answers in milliseconds; a silent network must not hang the round forever
        properties.setProperty("socketTimeout", "60");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("options", "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 "
                + "-c tcp_keepalives_count=3 -c statement_timeout=30000");
    }

    /** The leader's session, or empty while another replica leads. */
    Optional<Connection> lead() throws SQLException {
        if (session == null) {
            session = connect();
            leader = false;
        }
        if (!leader) {
            try (PreparedStatement lock = session.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    leader = rs.getBoolean(1);
                }
            }
            if (leader && !steppedDown) { // not when it merely takes back what it gave up a round ago
                LOG.infof("outbox relay: this replica now relays (advisory lock %d)", RELAY_LOCK);
            }
            steppedDown = false;
        }
        return leader ? Optional.of(session) : Optional.empty();
    }

    /**
     * After a failed round, when nothing this replica sent is in flight any more: the lock goes back so that a
     * replica that can reach Kafka may take over (this one may be the only one cut off from the broker). The
     * next round asks for it again like every other replica.
     */
    void stepDown() throws SQLException {
        if (leader) {
            try (PreparedStatement unlock = session.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, RELAY_LOCK);
                unlock.execute();
            }
            leader = false;
            steppedDown = true;
        }
    }

    /** After a failed statement: the session (and the lock with it) may be gone, so start from scratch. */
    void lost() {
        steppedDown = false;
        if (leader) {
            LOG.warn("outbox relay: lost the database session that held the relay lock; will try to lead again");
        }
        close();
    }

    @Override
    public void close() {
        leader = false;
        if (session != null) {
            try {
                session.close(); // ends the session, which releases the lock
            } catch (SQLException ignored) {
                // the session is gone either way
            }
            session = null;
        }
    }

    private Connection connect() throws SQLException {
        // the driver of the service's datasource, found through the application's class loader
        // (DriverManager only sees drivers of the system class loader under Quarkus' class loaders)
        for (Driver driver : ServiceLoader.load(Driver.class, RelayLeadership.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                Connection connection = driver.connect(url, properties);
                connection.setAutoCommit(true);
                return connection;
            }
        }
        throw new SQLException("no JDBC driver for " + url);
    }
}
