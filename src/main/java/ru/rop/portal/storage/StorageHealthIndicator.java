package ru.rop.portal.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * "storage" in /actuator/health: DOWN when the data folder's disk is full or the embedded H2 database was closed
 * by a failed write (the "db" check cannot see that: the closed database's connections still answer SELECT 1),
 * WARNING (still HTTP 200) when the disk is nearly full, so an operator frees space in time. On a closed database
 * it also evicts the pool's connections, so the next ones reopen the file as soon as the disk has room.
 */
@Component
class StorageHealthIndicator extends AbstractHealthIndicator {

    static final Status WARNING = new Status("WARNING", "the data folder's disk is nearly full");
    private static final Logger log = LoggerFactory.getLogger(StorageHealthIndicator.class);

    private final DiskSpace disk;
    private final DataSource dataSource;

    StorageHealthIndicator(DiskSpace disk, DataSource dataSource) {
        this.disk = disk;
        this.dataSource = dataSource;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) throws SQLException {
        DiskSpace.Reading reading = disk.read();
        switch (reading.level()) {
            case FULL -> health.down();
            case LOW -> health.status(WARNING);
            case ENOUGH -> health.up();
        }
        health.withDetail("folder", reading.folder().toString()).withDetail("freeMb", reading.freeMb())
                .withDetail("warnFreeMb", disk.warnFreeMb());
        if (dataSource instanceof HikariDataSource hikari && EmbeddedDatabase.isH2File(hikari.getJdbcUrl())) {
            boolean closed;
            try (Connection connection = hikari.getConnection()) {
                closed = H2Connections.closed(connection);
            }
            if (closed) {
                log.error("The embedded database was closed after a failed write (is the disk full?); its"
                        + " connections are evicted and the file is reopened once there is room");
                hikari.getHikariPoolMXBean().softEvictConnections();
                health.down().withDetail("database", "closed after a failed write; reopens when the disk has room");
            }
        }
    }
}
