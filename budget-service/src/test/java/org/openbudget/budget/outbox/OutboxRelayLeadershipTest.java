package org.openbudget.budget.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One replica relays at a time: the one whose own session holds the relay's session-level advisory lock.
 * The test plays the other replica: while it holds the lock nothing is relayed, when the leader's session
 * dies the lock goes with it and the relay leads again on a new session, and a leader that Kafka refuses
 * gives the lock back after each failed round.
 */
@QuarkusTest
class OutboxRelayLeadershipTest {

    /** The lock of {@code RelayLeadership}: "the outbox relay" among the advisory locks of this database. */
    private static final long RELAY_LOCK = 0x0b_0de7_ba5eL;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyTheHolderOfTheLockRelaysAndALostSessionIsReplaced() throws Exception {
        int leader = awaitLeaderSession(Duration.ofSeconds(20));
        assertTrue(leader > 0, "a session of the relay holds the relay lock between rounds");
        assertEquals("idle", sessionState(leader), "the leader's session waits outside any transaction");

        try (Connection otherReplica = dataSource.getConnection()) {
            assertEquals(false, tryLock(otherReplica), "a second replica cannot lead while the first does");

            terminate(leader); // the leader's session dies: PostgreSQL releases its lock
            long deadline = System.currentTimeMillis() + 5_000;
            boolean ours = false;
            while (!ours && System.currentTimeMillis() < deadline) {
                ours = tryLock(otherReplica);
            }
            assertTrue(ours, "the lock of a dead session is free for another replica");

            String code = putDepartment();
            Thread.sleep(3_000);
            assertEquals(1, unsentRows(code), "while another replica leads, this one relays nothing");

            try (PreparedStatement unlock = otherReplica.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, RELAY_LOCK);
                unlock.execute();
            }
            deadline = System.currentTimeMillis() + 20_000;
            while (unsentRows(code) > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(0, unsentRows(code), "once the lock is free the relay leads again and sends the event");
        }
        int next = awaitLeaderSession(Duration.ofSeconds(5));
        assertTrue(next > 0, "the relay holds the lock again");
        assertNotEquals(leader, next, "on a new session");
    }

    @Test
    void aLeaderThatKafkaRefusesHandsTheLockBackAfterTheRound() throws Exception {
        // this replica may be the only one cut off from the broker: after a failed round, with nothing of
        // its own in flight, it gives the lock back so that another replica can try
        List<Long> stuck = OutboxRows.append(OffsetDateTime.now(ZoneOffset.UTC), "handover", OutboxRows.missingTopic(), "{}");
        try (Connection otherReplica = dataSource.getConnection()) {
            OutboxRows.Row failed = OutboxRows.await(stuck.get(0), r -> r.attempts() >= 1, Duration.ofSeconds(20));
            assertTrue(failed.attempts() >= 1, "the relay failed a round: " + failed);
            long deadline = System.currentTimeMillis() + 10_000;
            boolean ours = false;
            while (!ours && System.currentTimeMillis() < deadline) {
                ours = tryLock(otherReplica);
                Thread.sleep(ours ? 0 : 50);
            }
            assertTrue(ours, "another replica gets the lock between the failing leader's rounds");
            try (PreparedStatement unlock = otherReplica.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, RELAY_LOCK);
                unlock.execute();
            }
        } finally {
            OutboxRows.delete(stuck);
        }
    }

    private int awaitLeaderSession(Duration timeout) throws Exception {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        int pid = leaderSession();
        while (pid == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            pid = leaderSession();
        }
        return pid;
    }

    /** The pid of the session holding the relay lock, 0 when none. */
    private int leaderSession() throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("""
                     select l.pid from pg_locks l join pg_database d on d.oid = l.database
                     where l.locktype = 'advisory' and l.granted and l.objsubid = 1 and d.datname = current_database()
                       and (l.classid::bigint << 32) + l.objid::bigint = ?""")) {
            select.setLong(1, RELAY_LOCK);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private String sessionState(int pid) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("select state from pg_stat_activity where pid = ?")) {
            select.setInt(1, pid);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "session " + pid + " exists");
                return rs.getString(1);
            }
        }
    }

    private void terminate(int pid) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement kill = db.prepareStatement("select pg_terminate_backend(?)")) {
            kill.setInt(1, pid);
            kill.execute();
        }
    }

    private static boolean tryLock(Connection db) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private long unsentRows(String key) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement count = db.prepareStatement(
                     "select count(*) from outbox_event where message_key = ? and sent_at is null")) {
            count.setString(1, key);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String putDepartment() {
        String code = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        given().contentType(ContentType.JSON).body("""
                        {"name": "主导权测试", "region": {"code": "130127", "name": "高邑县"},
                         "units": [{"name": "主导权测试本级", "nature": "行政", "grade": "正科级", "fundingForm": "财政拨款"}]}""")
                .put("/api/v1/departments/{code}", code).then().statusCode(201);
        return code;
    }
}
