package de.kulturbuero.grants.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.flowable.common.engine.api.FlowableException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void the_pool_timing_out_while_the_database_is_down_is_an_outage() {
        // what Spring's transaction manager throws when Hikari cannot hand out a connection
        var poolTimeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms.");
        assertThat(DatabaseUnavailable.causedBy(
                        new CannotCreateTransactionException("Could not open JPA EntityManager", poolTimeout)))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection", poolTimeout)))
                .isTrue();
    }

    @Test
    void a_connection_failure_deep_inside_the_engine_is_an_outage() {
        SQLException socket = new SQLException("Socket fail to connect to localhost:3306", "08000");
        assertThat(DatabaseUnavailable.causedBy(
                        new FlowableException("Could not complete the task", new RuntimeException(socket))))
                .isTrue();
    }

    @Test
    void other_database_errors_and_defects_are_not() {
        assertThat(DatabaseUnavailable.causedBy(
                        new DataIntegrityViolationException("duplicate", new SQLException("Duplicate entry", "23000"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a defect")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
