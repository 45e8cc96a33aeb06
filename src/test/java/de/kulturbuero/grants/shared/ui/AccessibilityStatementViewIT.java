package de.kulturbuero.grants.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.reporting.ui.ShowcaseView;
import de.kulturbuero.grants.security.ui.ForgotPasswordView;
import de.kulturbuero.grants.security.ui.LoginView;
import de.kulturbuero.grants.security.ui.RegistrationView;
import de.kulturbuero.grants.shared.SignedIn;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The accessibility statement opens without login in German and English, shows the feedback
 * address from {@code grants.accessibility.contact-email} (the tests set one that is not the
 * default) and the enforcement body; every page links to it: the main layout, the login and
 * registration pages, the password pages.
 */
@IntegrationTest
class AccessibilityStatementViewIT extends SpringBrowserlessTest {

    private String t(String key, Object... args) {
        return ((Component) getCurrentView()).getTranslation(key, args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    @WithAnonymousUser
    void the_statement_opens_without_login_in_both_languages(String language) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        navigate(AccessibilityStatementView.class);

        String title = language.equals("de") ? "Erklärung zur Barrierefreiheit" : "Accessibility statement";
        assertThat($(H1.class).single().getText()).isEqualTo(title).isEqualTo(t("shared.a11y.title"));
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .containsExactly(
                        t("shared.a11y.status.heading"),
                        t("shared.a11y.barriers.heading"),
                        t("shared.a11y.prepared.heading"),
                        t("shared.a11y.feedback.heading"),
                        t("shared.a11y.enforcement.heading"));
        String text = ((Component) getCurrentView()).getElement().getTextRecursively();
        assertThat(text).as("no missing translation").doesNotContain("!{");
        assertThat(text)
                .contains(t("shared.a11y.status.text"))
                .contains(t("shared.a11y.prepared.date", dateIn(language)));
        if (language.equals("de")) {
            assertThat(text).contains("26.11.2026");
        }
        assertThat($(ListItem.class)
                        .from($(UnorderedList.class).id("a11y-barriers"))
                        .all())
                .extracting(li -> li.getElement().getText())
                .containsExactly(t("shared.a11y.barrier.pdf"), t("shared.a11y.barrier.diagram"));

        Anchor contact = $(Anchor.class).id("a11y-contact");
        assertThat(contact.getHref()).isEqualTo("mailto:" + IntegrationTest.ACCESSIBILITY_CONTACT);
        assertThat(contact.getText()).isEqualTo(IntegrationTest.ACCESSIBILITY_CONTACT);
        Anchor enforcement = $(Anchor.class).id("a11y-enforcement");
        assertThat(enforcement.getHref()).isEqualTo("https://www.schlichtungsstelle-bgg.de");
        assertThat(text).contains("§ 16");
    }

    private static String dateIn(String language) {
        return Formats.date(LocalDate.of(2026, 11, 26), Locale.forLanguageTag(language));
    }

    @Test
    @WithAnonymousUser
    void the_login_page_links_to_the_statement() {
        navigate(LoginView.class);
        assertThat(statementLink().getHref()).isEqualTo(AccessibilityStatementView.ROUTE);
        assertThat(statementLink().getText()).isEqualTo(t("shared.a11y.link"));
    }

    @Test
    @WithAnonymousUser
    void the_registration_and_password_pages_link_to_the_statement() {
        navigate(RegistrationView.class);
        assertThat(statementLink().getHref()).isEqualTo(AccessibilityStatementView.ROUTE);
        navigate(ForgotPasswordView.class);
        assertThat(statementLink().getHref()).isEqualTo(AccessibilityStatementView.ROUTE);
    }

    @Test
    @WithAnonymousUser
    void the_main_layout_links_to_the_statement_for_visitors() {
        navigate(ShowcaseView.class);
        assertThat(statementLink().getHref()).isEqualTo(AccessibilityStatementView.ROUTE);
    }

    @Test
    @WithUserDetails(SignedIn.CLARA)
    void the_main_layout_links_to_the_statement_for_signed_in_users() {
        navigate(WelcomeView.class);
        assertThat(statementLink().getHref()).isEqualTo(AccessibilityStatementView.ROUTE);
        test(statementLink()).click();
        assertThat(getCurrentView()).isInstanceOf(AccessibilityStatementView.class);
    }

    private RouterLink statementLink() {
        return $(RouterLink.class).id(AccessibilityStatementLink.ID);
    }
}
