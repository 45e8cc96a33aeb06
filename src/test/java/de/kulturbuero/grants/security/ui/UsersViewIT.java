package de.kulturbuero.grants.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.shared.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The user administration view: an admin invites an officer through the dialog. */
@IntegrationTest
class UsersViewIT extends SpringBrowserlessTest {

    private final JdbcTemplate jdbc;

    @Autowired
    UsersViewIT(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private String t(String key) {
        return ((Component) getCurrentView()).getTranslation(key);
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void an_admin_invites_a_clerk_through_the_dialog() {
        navigate(UsersView.class);
        test($(Button.class).withText(t("security.admin.invite")).single()).click();
        String email = "view.invite." + System.nanoTime() + "@example.org";
        test($(EmailField.class).withLabel(t("security.admin.field.email")).single())
                .setValue(email);
        test($(TextField.class).withLabel(t("security.admin.field.name")).single())
                .setValue("Invited in the view");
        test($(Button.class).withText(t("security.admin.invite-send")).single()).click();

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id "
                                + "WHERE a.email = ? AND r.role = 'CLERK'",
                        Integer.class,
                        email))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM account_token t JOIN account a ON a.id = t.account_id "
                                + "WHERE a.email = ? AND t.purpose = 'invite'",
                        Integer.class,
                        email))
                .isEqualTo(1);
    }
}
