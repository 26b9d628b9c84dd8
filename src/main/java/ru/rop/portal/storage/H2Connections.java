package ru.rop.portal.storage;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import ru.rop.portal.common.DatabaseFailures;

/**
 * What H2 does after a write to its file failed (a full disk): it closes the database, yet its open connections
 * still answer {@code isValid()} and {@code SELECT 1}. Hikari would hand them out for ever, and freeing space did
 * not help. Hikari creates this class by name (hence public) and asks it about every SQL failure: a connection of
 * a closed database is evicted, and a new one reopens the file once the disk has room.
 */
public class H2Connections implements SQLExceptionOverride {

    public H2Connections() {
        // Created by Hikari through its exceptionOverrideClassName setting.
    }

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
        return DatabaseFailures.unavailable(failure) ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }

    /** Whether this connection's H2 database was closed (by a failed write or a shutdown). */
    static boolean closed(Connection connection) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)
                && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
            Database database = session.getDatabase();
            MVStore store = database.getStore() == null ? null : database.getStore().getMvStore();
            return database.isClosing() || store == null || store.isClosed() || store.getPanicException() != null;
        }
        return false;
    }
}
