package org.openbudget.common.problem;

import org.hibernate.PessimisticLockException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Recognises failures that are not the caller's fault and go away by themselves, so that the caller is told to
 * retry (503 + Retry-After) instead of being handed a 500. The interesting exception is usually buried: Hibernate
 * wraps the driver's, Narayana and Arc wrap Hibernate's, so the whole cause chain (and a batch's next exceptions)
 * is searched.
 */
public final class RetryableFailure {

    /** Why a request may succeed when repeated unchanged. */
    public enum Kind {
        /** The database cannot be reached: refused or lost connections, shut down, full, pool starved. */
        DATABASE_UNAVAILABLE,
        /**
         * The transaction lost a race with a concurrent one (serialization failure, deadlock, lock timeout) and was
         * rolled back. Not a 409: in this project 409 means "the resource's state refuses this request" (workflow,
         * frozen revision) and repeating it cannot help, while this one succeeds when simply repeated.
         */
        CONCURRENT_UPDATE
    }

    private static final int MAX_DEPTH = 64;

    private RetryableFailure() {
    }

    /** The kind of transient failure somewhere in {@code failure}'s chain; a database outage wins over a conflict. */
    public static Optional<Kind> classify(Throwable failure) {
        boolean conflict = false;
        for (Throwable t : chain(failure)) {
            Kind kind = kindOf(t);
            if (kind == Kind.DATABASE_UNAVAILABLE) {
                return Optional.of(kind);
            }
            conflict |= kind == Kind.CONCURRENT_UPDATE;
        }
        return conflict ? Optional.of(Kind.CONCURRENT_UPDATE) : Optional.empty();
    }

    private static Kind kindOf(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
            return Kind.DATABASE_UNAVAILABLE;
        }
        if (t instanceof LockAcquisitionException || t instanceof PessimisticLockException
                || t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException) {
            return Kind.CONCURRENT_UPDATE;
        }
        // Hibernate's wording when the pool hands out no connection at all, whatever the driver said
        if (t instanceof org.hibernate.JDBCException && String.valueOf(t.getMessage()).startsWith("Unable to acquire JDBC Connection")) {
            return Kind.DATABASE_UNAVAILABLE;
        }
        if (t instanceof SQLException sql) {
            return kindOf(sql);
        }
        return null;
    }

    private static Kind kindOf(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal gives up waiting for a connection without a SQLState: "Sorry, acquisition timeout!" or
            // "Acquisition timeout while waiting for new connection" (caused by a TimeoutException)
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return message.contains("acquisition timeout") || e.getCause() instanceof TimeoutException
                    ? Kind.DATABASE_UNAVAILABLE : null;
        }
        return switch (state) {
            // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up), 53300 too many connections
            case "57P01", "57P02", "57P03", "53300" -> Kind.DATABASE_UNAVAILABLE;
            // ALTER DATABASE … ALLOW_CONNECTIONS false: 55000 is also used for unrelated programming errors, so only
            // PostgreSQL's refusal of new connections counts
            case "55000" -> String.valueOf(e.getMessage()).contains("not currently accepting connections")
                    ? Kind.DATABASE_UNAVAILABLE : null;
            // 40001 serialization failure, 40P01 deadlock detected, 55P03 lock not available (lock_timeout, NOWAIT)
            case "40001", "40P01", "55P03" -> Kind.CONCURRENT_UPDATE;
            default -> state.startsWith("08") ? Kind.DATABASE_UNAVAILABLE : null;
        };
    }

    /** Every throwable reachable through causes and SQLException.getNextException, each once. */
    private static Iterable<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && seen.size() < MAX_DEPTH) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return seen;
    }
}
