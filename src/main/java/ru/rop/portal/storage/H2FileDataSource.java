package ru.rop.portal.storage;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.util.DriverDataSource;
import java.io.PrintWriter;
import java.nio.channels.OverlappingFileLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Opens the pool's connections to the embedded H2 file, and heals the one state in which reopening the file after a
 * failed write cannot succeed by itself. H2 keeps one open database per file in a registry keyed by its name, and a
 * closed database removes that name again whenever one of its leftover sessions touches it. If that happens after
 * the pool has already reopened the file, the reopened database drops out of the registry while it still holds the
 * file's lock: it keeps serving the connections it has, but every new one fails with "the file is locked" by this
 * very process, so a request that needs a second connection waits for ever. Closing the pool's connections lets
 * that database close and release its lock; the next connection opens the file cleanly.
 */
final class H2FileDataSource implements DataSource {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(H2FileDataSource.class);

    private final HikariDataSource pool;
    private volatile @Nullable DataSource driver;

    H2FileDataSource(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return healing(driver()::getConnection);
    }

    /** Hikari asks with the credentials of its settings. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return healing(() -> driver().getConnection(username, password));
    }

    private Connection healing(Opening opening) throws SQLException {
        try {
            return opening.open();
        } catch (SQLException failure) {
            if (lockedByThisProcess(failure)) {
                log.warn("The embedded database file is locked by a database instance of this same process that"
                        + " H2 no longer lists (left from reopening the file after a failed write); the pool's"
                        + " connections are closed so that it releases the file");
                HikariPoolMXBean connections = pool.getHikariPoolMXBean();
                if (connections != null) {
                    connections.softEvictConnections();
                }
            }
            throw failure;
        }
    }

    private interface Opening {
        Connection open() throws SQLException;
    }

    /** The driver exactly as Hikari builds it from the URL, read once the pool's settings are all bound. */
    private DataSource driver() {
        DataSource current = driver;
        if (current == null) {
            current = new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
                    pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword());
            driver = current;
        }
        return current;
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

    @Override
    public PrintWriter getLogWriter() {
        return new PrintWriter(System.err);
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Connections log through SLF4J.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // Hikari's connection timeout governs.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
