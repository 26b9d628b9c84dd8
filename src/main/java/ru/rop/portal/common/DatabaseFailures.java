package ru.rop.portal.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot serve anyone (unreachable, closed, out of disk) from one statement refused for its
 * data: the first is answered 503 "try later", the second stays a client or program error.
 */
public final class DatabaseFailures {

    /** H2: database closed (after a failed write, or shutting down) and file I/O errors. */
    private static final Set<Integer> H2_UNAVAILABLE = Set.of(ErrorCode.DATABASE_IS_CLOSED,
            ErrorCode.DATABASE_CALLED_AT_SHUTDOWN, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2);
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
                    // H2's file store failed to write (a full disk), reported as a general error around it.
                    || t instanceof MVStoreException) {
                return true;
            }
            if (t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || H2_UNAVAILABLE.contains(sql.getErrorCode())
                    || POOL_CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }
}
