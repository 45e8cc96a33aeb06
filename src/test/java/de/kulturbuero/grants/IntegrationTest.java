package de.kulturbuero.grants;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring context all integration tests share: the whole app on its own embedded MariaDB
 * (seeded with the demo users and programmes) plus the helpers of {@link IntegrationTestConfiguration}.
 * Put exactly this annotation, and nothing that changes the context, on every {@code *IT} class, so
 * Spring's context cache starts the database once per test run. Tests are not {@code @Transactional}:
 * they commit like the app does and keep apart by creating their own applications.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@Import(IntegrationTestConfiguration.class)
public @interface IntegrationTest {
}
