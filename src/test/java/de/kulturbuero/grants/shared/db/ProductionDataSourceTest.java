package de.kulturbuero.grants.shared.db;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionDataSourceTest {

    @Test
    void an_empty_database_password_stops_the_production_start_with_its_name() {
        for (String password : new String[] {"", "  "}) {
            MockEnvironment env = new MockEnvironment()
                    .withProperty("GRANTS_DB_URL", "jdbc:mariadb://db:3306/grants?nullDatabaseMeansCurrent=true")
                    .withProperty("GRANTS_DB_USER", "grants")
                    .withProperty("GRANTS_DB_PASSWORD", password);

            assertThatIllegalStateException()
                    .as("\"" + password + "\"")
                    .isThrownBy(() -> new DataSourceConfiguration.External().dataSource(env))
                    .withMessageContaining("GRANTS_DB_PASSWORD");
        }
    }

    @Test
    void a_missing_database_password_stops_the_production_start_with_its_name() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("GRANTS_DB_URL", "jdbc:mariadb://db:3306/grants")
                .withProperty("GRANTS_DB_USER", "grants");

        assertThatIllegalStateException()
                .isThrownBy(() -> new DataSourceConfiguration.External().dataSource(env))
                .withMessageContaining("GRANTS_DB_PASSWORD");
    }
}
