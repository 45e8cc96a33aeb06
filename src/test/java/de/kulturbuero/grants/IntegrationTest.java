package de.kulturbuero.grants;

import de.kulturbuero.testidp.TestIdentityProviderInitializer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context all integration tests share: the whole app on its own embedded MariaDB
 * (seeded with the demo users and programmes) plus the helpers of {@link IntegrationTestConfiguration}.
 * Put exactly this annotation, and nothing that changes the context, on every {@code *IT} class, so
 * Spring's context cache starts the database once per test run. The browser tests use it too (the
 * app listens on a random port), so there is exactly one context: two contexts in one JVM would
 * also replace each other's static security-context strategy (Vaadin sets one per context). Tests are not {@code @Transactional}:
 * they commit like the app does and keep apart by creating their own applications.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // the dev-mode overlay is not part of the product: keep it out of screenshots and axe results
            "vaadin.devmode.devTools.enabled=false",
            "vaadin.launch-browser=false",
            // the demo cases are made by DemoCasesIT, not by a background thread racing the other tests
            "grants.demo-cases=false",
            // not the default address, so the tests see that the accessibility statement reads the property
            "grants.accessibility.contact-email=" + IntegrationTest.ACCESSIBILITY_CONTACT
        })
@Import(IntegrationTestConfiguration.class)
// officers may also sign in through an OpenID Connect provider: a real one runs inside the tests
@ContextConfiguration(initializers = TestIdentityProviderInitializer.class)
public @interface IntegrationTest {

    /** The accessibility statement's feedback address in the tests ({@code grants.accessibility.contact-email}). */
    String ACCESSIBILITY_CONTACT = "barrieren-melden@test.example";
}
