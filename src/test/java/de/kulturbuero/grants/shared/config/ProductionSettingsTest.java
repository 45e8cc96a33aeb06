package de.kulturbuero.grants.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsTest {

    /** Settings a production start gets from its environment, complete and safe. */
    private static MockEnvironment production() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod");
        env.setProperty("grants.base-url", "https://foerderung.stadt.example");
        env.setProperty("spring.mail.host", "smtp.stadt.example");
        return env;
    }

    private static void start(MockEnvironment env) {
        new ProductionSettings().postProcessEnvironment(env, new SpringApplication());
    }

    @Test
    void complete_production_settings_start() {
        assertThat(ProductionSettings.problems(production())).isEmpty();
        assertThatNoException().isThrownBy(() -> start(production()));
    }

    @Test
    void a_base_url_without_https_stops_the_production_start_with_its_name() {
        for (String url :
                new String[] {"http://foerderung.stadt.example", "", "https://", "foerderung.stadt.example"}) {
            MockEnvironment env = production();
            env.setProperty("grants.base-url", url);

            assertThatIllegalStateException()
                    .as(url)
                    .isThrownBy(() -> start(env))
                    .withMessageContaining("grants.base-url (GRANTS_BASE_URL)")
                    .withMessageContaining("https://");
        }
    }

    @Test
    void without_a_mail_host_the_production_start_stops_with_its_name() {
        MockEnvironment env = production();
        env.setProperty("spring.mail.host", " ");

        assertThatIllegalStateException()
                .isThrownBy(() -> start(env))
                .withMessageContaining("spring.mail.host (SPRING_MAIL_HOST)");
    }

    @Test
    void every_missing_setting_is_named_in_one_message() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod");

        assertThat(ProductionSettings.problems(env)).hasSize(2);
        assertThatIllegalStateException()
                .isThrownBy(() -> start(env))
                .withMessageContaining("grants.base-url")
                .withMessageContaining("spring.mail.host");
    }

    @Test
    void outside_prod_nothing_is_required() {
        MockEnvironment env = new MockEnvironment();
        env.setProperty("grants.base-url", "http://localhost:8080");

        assertThatNoException().isThrownBy(() -> start(env));
    }

    @Test
    void in_prod_the_session_cookie_is_secure_and_the_proxys_forwarded_headers_count() throws IOException {
        Properties prod = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));

        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(prod.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(defaults.getProperty("server.servlet.session.cookie.http-only"))
                .isEqualTo("true");
        assertThat(defaults.getProperty("server.servlet.session.cookie.same-site"))
                .isEqualTo("lax");
        assertThat(defaults.getProperty("server.servlet.session.tracking-modes"))
                .isEqualTo("cookie");
    }
}
