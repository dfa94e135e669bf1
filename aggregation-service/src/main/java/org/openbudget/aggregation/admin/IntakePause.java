package org.openbudget.aggregation.admin;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The lock that lets a rebuild stop the live intake for the moment it swaps its shadow read model in: every intake
 * transaction takes it shared as its first statement (they never wait for each other), the swap takes it exclusive
 * (it waits until the intake transactions in flight have committed, and new ones wait until it has swapped). A
 * PostgreSQL advisory lock, so it holds across replicas: an instance's intake pauses for another instance's swap.
 */
public final class IntakePause {

    /** Advisory-lock namespace of the rebuild (any constant unused by other locks: RollupStore's is 0x0bde9a). */
    static final int SPACE = 0x0b_4eb1;
    /** The intake: shared by the intake transactions, exclusive for a swap. */
    static final int INTAKE = 1;
    /** One rebuild at a time across replicas (each would drop the other's shadow schema). */
    static final int REBUILD = 2;

    private IntakePause() {
    }

    /** An intake transaction's first statement: released when it ends. */
    public static void enterShared(Connection connection) throws SQLException {
        try (var lock = connection.prepareStatement("select pg_advisory_xact_lock_shared(?, ?)")) {
            lock.setInt(1, SPACE);
            lock.setInt(2, INTAKE);
            lock.executeQuery().close();
        }
    }

    /** A session lock on the rebuild's own connection, held across the transactions of the last replay and the swap. */
    static void pause(Connection connection) throws SQLException {
        try (var lock = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
            lock.setInt(1, SPACE);
            lock.setInt(2, INTAKE);
            lock.executeQuery().close();
        }
    }

    static void resume(Connection connection) throws SQLException {
        unlock(connection, INTAKE);
    }

    /** False when a rebuild runs on another instance (or connection). */
    static boolean claimRebuild(Connection connection) throws SQLException {
        try (var lock = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, SPACE);
            lock.setInt(2, REBUILD);
            try (var rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static void releaseRebuild(Connection connection) throws SQLException {
        unlock(connection, REBUILD);
    }

    private static void unlock(Connection connection, int key) throws SQLException {
        try (var unlock = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, SPACE);
            unlock.setInt(2, key);
            unlock.executeQuery().close();
        }
    }
}
