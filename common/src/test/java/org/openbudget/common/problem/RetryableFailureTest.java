package org.openbudget.common.problem;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openbudget.common.problem.RetryableFailure.Kind.CONCURRENT_UPDATE;
import static org.openbudget.common.problem.RetryableFailure.Kind.DATABASE_UNAVAILABLE;

/** Which failures tell the caller to retry: found anywhere in the chain, and only those. */
class RetryableFailureTest {

    private static Optional<RetryableFailure.Kind> classify(Throwable t) {
        return RetryableFailure.classify(t);
    }

    /** How the failure reaches the mapper: the driver's exception inside Hibernate's inside a transaction's. */
    private static Throwable wrapped(SQLException sql) {
        return new RuntimeException("transaction rolled back",
                new PersistenceException("could not execute statement", new GenericJDBCException("statement failed", sql)));
    }

    @Test
    void connectionLossesAndShutdownsAreOutages() {
        for (String state : new String[]{"08001", "08006", "08003", "08P01", "57P01", "57P02", "57P03", "53300"}) {
            assertEquals(Optional.of(DATABASE_UNAVAILABLE), classify(wrapped(new SQLException("down", state))), state);
        }
        assertEquals(Optional.of(DATABASE_UNAVAILABLE), classify(wrapped(new SQLTransientConnectionException("gone"))));
        assertEquals(Optional.of(DATABASE_UNAVAILABLE), classify(new JDBCConnectionException("lost", new SQLException("x"))));
        assertEquals(Optional.of(DATABASE_UNAVAILABLE), classify(new RuntimeException(new ConnectException("Connection refused"))));
    }

    @Test
    void aStarvedOrUnreachablePoolIsAnOutage() {
        // Agroal: no SQLState, only its wording or a TimeoutException cause
        assertEquals(Optional.of(DATABASE_UNAVAILABLE), classify(wrapped(new SQLException("Sorry, acquisition timeout!"))));
        assertEquals(Optional.of(DATABASE_UNAVAILABLE),
                classify(wrapped(new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))));
        // ALTER DATABASE … ALLOW_CONNECTIONS false, as PostgreSQL refuses a new connection
        assertEquals(Optional.of(DATABASE_UNAVAILABLE),
                classify(wrapped(new SQLException("FATAL: database \"budget\" is not currently accepting connections", "55000"))));
        // Hibernate could not get a connection, whatever the driver's reason
        assertEquals(Optional.of(DATABASE_UNAVAILABLE),
                classify(new GenericJDBCException("Unable to acquire JDBC Connection [password authentication failed]",
                        new SQLException("password authentication failed", "28P01"))));
    }

    @Test
    void lostLockRacesAreConcurrentUpdates() {
        for (String state : new String[]{"40001", "40P01", "55P03"}) {
            assertEquals(Optional.of(CONCURRENT_UPDATE), classify(wrapped(new SQLException("conflict", state))), state);
        }
        assertEquals(Optional.of(CONCURRENT_UPDATE), classify(new LockAcquisitionException("deadlock", new SQLException("d"))));
        assertEquals(Optional.of(CONCURRENT_UPDATE), classify(new jakarta.persistence.LockTimeoutException("timeout")));
    }

    @Test
    void aBatchsRealCauseIsFoundThroughNextException() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "", 0, new int[0]);
        batch.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));
        assertEquals(Optional.of(DATABASE_UNAVAILABLE), classify(wrapped(batch)));
    }

    @Test
    void anOutageWinsOverAConflictInTheSameChain() {
        SQLException deadlock = new SQLException("deadlock", "40P01");
        deadlock.setNextException(new SQLException("I/O error", "08006"));
        assertEquals(Optional.of(DATABASE_UNAVAILABLE), classify(wrapped(deadlock)));
    }

    @Test
    void ourOwnFaultsAndBadDataAreNotRetryable() {
        for (String state : new String[]{"23505", "23503", "22021", "22001", "42P01", "42703", "57014", "XX000"}) {
            assertEquals(Optional.empty(), classify(wrapped(new SQLException("fault", state))), state);
        }
        assertEquals(Optional.empty(), classify(wrapped(new SQLException("currval of sequence is not yet defined", "55000"))));
        assertEquals(Optional.empty(), classify(new SQLException("no state")));
        assertEquals(Optional.empty(), classify(new NullPointerException()));
        assertEquals(Optional.empty(), classify(new IllegalStateException("x", new IllegalArgumentException("y"))));
        assertEquals(Optional.empty(), classify(null));
    }

    @Test
    void aCyclicChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertEquals(Optional.empty(), classify(a));
    }
}
