package de.kulturbuero.grants.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the data lives.
 * <ul>
 *   <li>{@code prod} profile: a MariaDB server named by {@code GRANTS_DB_URL}, {@code GRANTS_DB_USER}
 *       and {@code GRANTS_DB_PASSWORD}; start-up fails with a clear message when one is missing or
 *       empty.</li>
 *   <li>otherwise: an embedded MariaDB started by the app (no database to install by hand), reached
 *       with a password made at random at every start;</li>
 *   <li>or, outside {@code prod}, a server that is already running, named by {@code grants.db.url},
 *       {@code grants.db.user} and {@code grants.db.password}: a second portal node beside a first
 *       one, or the portal restarted on the database of a crashed one (the fault tests).</li>
 * </ul>
 * Connections run at READ COMMITTED, the isolation Flowable recommends for the MySQL family
 * (REPEATABLE READ lets concurrent task completions deadlock).
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Profile("!prod")
    @ConditionalOnExpression("'${grants.db.url:}'.isEmpty()")
    static class Embedded {

        @Bean(destroyMethod = "stop")
        EmbeddedMariaDb embeddedMariaDb(@Value("${grants.db.embedded.data-dir:}") String dataDir) {
            return EmbeddedMariaDb.start(StringUtils.hasText(dataDir) ? Path.of(dataDir) : null);
        }

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(
                EmbeddedMariaDb db, @Value("${grants.db.embedded.database:grants}") String database) {
            db.createDatabase(database);
            return pool(db.jdbcUrl(database), EmbeddedMariaDb.USER, db.password());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("!prod")
    @ConditionalOnExpression("!'${grants.db.url:}'.isEmpty()")
    static class Running {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(
                @Value("${grants.db.url}") String url,
                @Value("${grants.db.user}") String user,
                @Value("${grants.db.password}") String password) {
            return pool(url, user, password);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("prod")
    static class External {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(Environment env) {
            List<String> missing = new ArrayList<>();
            String url = required(env, "GRANTS_DB_URL", missing);
            String user = required(env, "GRANTS_DB_USER", missing);
            // an empty password is as good as none: refused like a missing one
            String password = required(env, "GRANTS_DB_PASSWORD", missing);
            if (!missing.isEmpty()) {
                throw new IllegalStateException(
                        "The prod profile needs the MariaDB connection in environment variables; missing: "
                                + String.join(", ", missing)
                                + ". Example: GRANTS_DB_URL=jdbc:mariadb://db:3306/grants?nullDatabaseMeansCurrent=true");
            }
            if (!url.startsWith("jdbc:mariadb:")) {
                throw new IllegalStateException(
                        "GRANTS_DB_URL must be a MariaDB JDBC URL (jdbc:mariadb://host:3306/database), got: " + url);
            }
            return pool(url, user, password);
        }

        private static String required(Environment env, String name, List<String> missing) {
            String value = env.getProperty(name);
            if (!StringUtils.hasText(value)) {
                missing.add(name);
            }
            return value;
        }
    }

    static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("grants");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }
}
