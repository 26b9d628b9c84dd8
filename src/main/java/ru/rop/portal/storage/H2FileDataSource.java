package ru.rop.portal.storage;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.util.DriverDataSource;
import java.nio.channels.OverlappingFileLockException;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Opens the pool's connections to the embedded H2 file, and heals the one state in which reopening the file after a
 * failed write cannot succeed by itself. H2 keeps one open database per file in a registry keyed by its name, and a
 * closed database removes that name again whenever one of its leftover sessions touches it. If that happens after
 * the pool has already reopened the file, the reopened database drops out of the registry while it still holds the
 * file's lock: it keeps serving the connections it has, but every new one fails with "the file is locked" by this
 * very process, so a request that needs a second connection waits for ever. Closing the pool's connections lets
 * that database close and release its lock; the next connection opens the file cleanly.
 */
final class H2FileDataSource extends DelegatingDataSource {

    private static final Logger log = LoggerFactory.getLogger(H2FileDataSource.class);

    private final HikariDataSource pool;

    /** Opens connections exactly as Hikari would from the pool's URL and settings, which are bound by now. */
    H2FileDataSource(HikariDataSource pool) {
        super(new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(), pool.getDataSourceProperties(),
                pool.getUsername(), pool.getPassword()));
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return super.getConnection();
        } catch (SQLException failure) {
            throw healed(failure);
        }
    }

    /** Hikari asks with the credentials of its settings. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return super.getConnection(username, password);
        } catch (SQLException failure) {
            throw healed(failure);
        }
    }

    private SQLException healed(SQLException failure) {
        if (lockedByThisProcess(failure)) {
            log.warn("The embedded database file is locked by a database instance of this same process that"
                    + " H2 no longer lists (left from reopening the file after a failed write); the pool's"
                    + " connections are closed so that it releases the file");
            HikariPoolMXBean connections = pool.getHikariPoolMXBean();
            if (connections != null) {
                connections.softEvictConnections();
            }
        }
        return failure;
    }

    static boolean lockedByThisProcess(Throwable failure) {
        boolean alreadyOpen = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                alreadyOpen = true;
            }
            if (alreadyOpen && t instanceof OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }
}
