package ru.rop.portal.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot serve anyone (unreachable, closed, out of disk) from one statement refused for its
 * data: the first is answered 503 "try later", the second stays a client or program error.
 */
public final class DatabaseFailures {

    /** H2: database closed, file I/O errors, no disk space. */
    private static final Set<Integer> H2_UNAVAILABLE = Set.of(90098, 90028, 90031, 90100, 90121);
    /** H2's file store failed to write (a full disk); H2 reports it as a general error around this cause. */
    private static final String H2_STORE_FAILURE = "org.h2.mvstore.MVStoreException";
    /**
     * Hikari's answer on a connection it has just evicted for one of these failures: the rollback after it fails
     * with this and hides the original failure.
     */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    /** Seconds a client is asked to wait: a pool reconnects within seconds once the disk has room again. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseFailures() {
    }

    public static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().equals(H2_STORE_FAILURE)) {
                return true;
            }
            if (t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || H2_UNAVAILABLE.contains(sql.getErrorCode()) || POOL_CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }
}
