package ru.rop.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.rop.portal.IntegrationTest;

/**
 * Runs against the configured database: H2 locally, MariaDB in CI (where ROP_EXPECT_DATABASE=MariaDB makes sure
 * the suite did not silently fall back to H2). The context only starts if Flyway applied every migration and
 * Hibernate validated every entity against the resulting schema.
 */
@IntegrationTest
class PersistenceTest {

    private static final String TEXT = "Руководитель отдела продаж — «Мечта CEO» 🚀👩‍💼 ёЁ";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnTheExpectedDatabase() throws Exception {
        String expected = System.getenv("ROP_EXPECT_DATABASE");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (expected != null && !expected.isBlank()) {
                assertThat(product).containsIgnoringCase(expected);
            } else {
                assertThat(product).isIn("H2", "MariaDB", "MySQL");
            }
        }
    }

    @Test
    void everyMigrationIsApplied() {
        Integer failed = jdbc.queryForObject("select count(*) from flyway_schema_history where success = false",
                Integer.class);
        Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success = true",
                Integer.class);
        assertThat(failed).isZero();
        assertThat(applied).isPositive();
    }

    @Test
    void cyrillicAndEmojiRoundTrip() {
        jdbc.update("insert into sign_in_audit (occurred_at, email, outcome) values (current_timestamp, ?, 'SUCCESS')",
                TEXT);
        String read = jdbc.queryForObject("select email from sign_in_audit where email = ?", String.class, TEXT);
        assertThat(read).isEqualTo(TEXT);
        jdbc.update("delete from sign_in_audit where email = ?", TEXT);
    }
}
