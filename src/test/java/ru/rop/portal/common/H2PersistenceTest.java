package ru.rop.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded default must keep working even when the suite runs on MariaDB: the same migrations on H2 in MariaDB
 * mode, in a file database like the one a newcomer's first start creates.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/h2-check/rop-portal;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa", "spring.datasource.password="})
@ActiveProfiles("test")
class H2PersistenceTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrationsApplyAndEntitiesValidateOnH2() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
        String text = "Холерик 🔥 — «нестандартные решения» " + java.util.UUID.randomUUID();
        jdbc.update("insert into sign_in_audit (occurred_at, email, outcome) values (current_timestamp, ?, 'SUCCESS')",
                text);
        assertThat(jdbc.queryForObject("select email from sign_in_audit where email = ?", String.class, text))
                .isEqualTo(text);
        jdbc.update("delete from sign_in_audit where email = ?", text);
        assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'OWNER'", Integer.class))
                .isPositive();
    }
}
