package de.kulturbuero.grants.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.security.SecurityEvent;
import de.kulturbuero.grants.security.SecurityEventType;
import de.kulturbuero.grants.shared.SignedIn;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The security log page: an administrator filters by account and event; nobody else opens it. */
@IntegrationTest
class SecurityEventsViewIT extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private void logged(String email, SecurityEventType type, Instant at) {
        jdbc.update(
                "INSERT INTO security_event (occurred_at, event_type, account_email, client_address, detail)"
                        + " VALUES (?, ?, ?, '192.0.2.1', 'view test')",
                Timestamp.from(at),
                type.name(),
                email);
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void an_admin_filters_the_log_by_account_and_event_newest_first() {
        String email = "log.view." + System.nanoTime() + "@example.org";
        Instant now = Instant.now();
        logged(email, SecurityEventType.SIGN_IN_FAILED, now.minusSeconds(60));
        logged(email, SecurityEventType.SIGN_IN, now.minusSeconds(30));
        logged(email, SecurityEventType.PASSWORD_CHANGED, now);

        SecurityEventsView view = navigate(SecurityEventsView.class);
        test(view.account).setValue(email);

        assertThat(view.grid.getLazyDataView().getItems())
                .extracting(SecurityEvent::type)
                .containsExactly(
                        SecurityEventType.PASSWORD_CHANGED,
                        SecurityEventType.SIGN_IN,
                        SecurityEventType.SIGN_IN_FAILED);
        test(view.type).selectItem(view.getTranslation(SecurityEventType.SIGN_IN.messageKey()));
        assertThat(view.grid.getLazyDataView().getItems())
                .singleElement()
                .satisfies(e -> assertThat(e.clientAddress()).isEqualTo("192.0.2.1"));
    }

    @Test
    @WithUserDetails(SignedIn.HANNA)
    void the_head_of_office_does_not_open_it() {
        assertThatThrownBy(() -> navigate(SecurityEventsView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
