package de.kulturbuero.grants.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded MariaDB of the default profile and the tests checks passwords: a local process that
 * connects to its port without this start's password is refused, as root or as the portal's account.
 */
@IntegrationTest
class EmbeddedMariaDbIT {

    @Autowired
    EmbeddedMariaDb db;

    @Autowired
    JdbcTemplate jdbc;

    private String server() {
        return "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
    }

    @Test
    void a_connection_without_the_password_is_refused() {
        assertThatThrownBy(() -> DriverManager.getConnection(server(), "root", ""))
                .as("root without a password")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(server(), EmbeddedMariaDb.USER, ""))
                .as("the portal's account without its password")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(server(), EmbeddedMariaDb.USER, "demo1234"))
                .as("the portal's account with a guessed password")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    @Test
    void the_portal_connects_with_the_password_made_at_start() throws SQLException {
        assertThat(db.password()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class))
                .isEqualTo(EmbeddedMariaDb.USER + "@127.0.0.1");
        try (var connection = DriverManager.getConnection(server(), EmbeddedMariaDb.USER, db.password())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
