package ru.rop.portal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The race that left the pool with one working connection and no way to open a second after a full disk: a session
 * of the database the failed write closed touches it again after the pool reopened the file, H2 drops the reopened
 * database from its registry while that database keeps the file's lock, and every new connection is refused.
 */
class ReopenedDatabaseTest {

    private static final Path DIR = Path.of("target", "reopened-database", UUID.randomUUID().toString())
            .toAbsolutePath();
    private static final String URL = DiskFullScenario.h2Url(FullDiskFilePath.SCHEME + ":" + DIR.resolve("db"));

    private final HikariDataSource pool = new HikariDataSource();

    @AfterEach
    void close() {
        FullDiskFilePath.full(false);
        pool.close();
    }

    @Test
    void aDatabaseReopenedAfterAFailedWriteServesTwoConnectionsAtOnceEvenWhenALeftoverSessionTouchesTheOldOne()
            throws Exception {
        FullDiskFilePath.register();
        pool.setJdbcUrl(URL);
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMaximumPoolSize(3);
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(1000);
        EmbeddedDatabase.embeddedDatabaseSettings().postProcessBeforeInitialization(pool, "dataSource");

        Connection leftover = DriverManager.getConnection(EmbeddedDatabase.durable(URL), "sa", "");
        execute(leftover, "CREATE TABLE note(id INT PRIMARY KEY)");
        FullDiskFilePath.full(true);
        assertThatThrownBy(() -> execute(leftover, "INSERT INTO note VALUES (1)")).isInstanceOf(SQLException.class);
        FullDiskFilePath.full(false);
        // The next statement meets the failed write and closes the database, as a request's rollback does.
        assertThatThrownBy(() -> execute(leftover, "INSERT INTO note VALUES (1)")).isInstanceOf(SQLException.class);
        assertThat(H2Connections.closed(leftover)).isTrue();
        // Its sessions' next statements shut it down and take its name out of H2's registry.
        assertThatThrownBy(() -> execute(leftover, "SELECT 1")).isInstanceOf(SQLException.class);

        Connection first = pool.getConnection();
        execute(first, "INSERT INTO note VALUES (2)");
        // The closed database's session fails again, and H2 forgets the database the pool has just opened.
        assertThatThrownBy(() -> execute(leftover, "INSERT INTO note VALUES (3)")).isInstanceOf(SQLException.class);
        // Closing the leftover session reports the old failed write once more; what matters is what follows.
        assertThatThrownBy(leftover::close).isInstanceOf(SQLException.class);
        first.close();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection one = pool.getConnection(); Connection two = pool.getConnection()) {
                execute(one, "INSERT INTO note VALUES (4)");
                execute(two, "INSERT INTO note VALUES (5)");
                last = null;
                break;
            } catch (SQLException refused) {
                last = refused;
            }
        }
        assertThat((Object) last).as("two connections at once within 10 s").isNull();
        try (Connection check = pool.getConnection(); Statement statement = check.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM note")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
