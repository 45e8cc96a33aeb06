package de.kulturbuero.grants.shared.ui;

import static de.kulturbuero.grants.TestUsers.ANNA;
import static de.kulturbuero.grants.TestUsers.BEN;
import static de.kulturbuero.grants.TestUsers.CLARA;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.TestUsers;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.ui.ApplicationDetails;
import de.kulturbuero.grants.review.ui.InboxView;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The portal's own pages for "not found", "no access" and internal errors: inside the main layout,
 * translated, with a main landmark, an h1 and a page title; crafted addresses (ids of 19 digits,
 * another applicant's draft, a date beyond any calendar in the inbox's address) end on them or are
 * ignored, and never show an exception's text, a stack trace or Vaadin's list of routes.
 */
@IntegrationTest
class ErrorPagesViewIT extends SpringBrowserlessTest {

    @Autowired
    TestApplications testApplications;

    @Autowired
    TestUsers users;

    @Autowired
    GrantApplicationService applications;

    private String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private String pageText() {
        return UI.getCurrent()
                .getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .collect(Collectors.joining(" "));
    }

    /** What Vaadin's own error pages show and the portal's must not. */
    private void assertNothingTechnical() {
        assertThat(pageText())
                .doesNotContain(
                        "Exception",
                        "exception",
                        "at com.",
                        "at de.",
                        "Couldn't find route",
                        "Could not navigate",
                        "Available routes",
                        "applications/draft",
                        "reports/dashboard");
        assertThat(pageText()).as("no missing translation").doesNotContain("!en:", "!de:", "!{");
    }

    private void assertErrorPage(Class<? extends ErrorPage> page, String headingKey) {
        assertThat(getCurrentView()).isInstanceOf(page);
        Component view = (Component) getCurrentView();
        assertThat(view).isInstanceOf(Main.class);
        assertThat(view.getParent()).as("inside the main layout").get().isInstanceOf(MainLayout.class);
        assertThat($(H1.class).single().getText()).isEqualTo(t(headingKey));
        assertThat(pageText()).contains(t(headingKey), t("app.title"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(t(headingKey) + " – " + t("app.title"));
        assertNothingTechnical();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    @WithAnonymousUser
    void an_address_without_a_page_shows_the_portals_not_found_page_in_both_languages(String language) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        navigate("no-such-page/at-all", NotFoundView.class);

        assertErrorPage(NotFoundView.class, "shared.error.not-found.title");
        assertThat($(H1.class).single().getText())
                .isEqualTo(language.equals("de") ? "Seite nicht gefunden" : "Page not found");
        assertThat(pageText()).contains(t("shared.not-found"));
    }

    @Test
    @WithUserDetails(ANNA)
    void an_applicant_on_an_officers_page_gets_the_no_access_page() {
        navigate("inbox", NoAccessView.class);

        assertErrorPage(NoAccessView.class, "shared.error.no-access.title");
        assertThat(pageText()).contains(t("shared.error.no-access.text"));
        assertThat(find(InboxView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(ANNA)
    void ids_of_nineteen_digits_are_not_found_for_an_applicant() {
        for (String address : new String[] {
            "application/9999999999999999999",
            "applications/draft/9999999999999999999",
            "application/1234567890123456789",
            "applications/draft/1234567890123456789",
            "application/-1"
        }) {
            navigate(address, NotFoundView.class);
            assertErrorPage(NotFoundView.class, "shared.error.not-found.title");
        }
    }

    @Test
    @WithUserDetails(CLARA)
    void case_ids_of_nineteen_digits_are_not_found_for_an_officer() {
        for (String address :
                new String[] {"case/9999999999999999999", "case/1234567890123456789", "case/99999999999999999999"}) {
            navigate(address, NotFoundView.class);
            assertErrorPage(NotFoundView.class, "shared.error.not-found.title");
        }
    }

    @Test
    @WithUserDetails(ANNA)
    void another_applicants_draft_is_not_found() {
        long bensDraft = users.as(
                BEN,
                () -> applications.createDraft(
                        testApplications.internationalCulture().id()));

        navigate("applications/draft/" + bensDraft, NotFoundView.class);

        assertThat(find(ApplicationDetails.class).exists()).isFalse();
        assertThat(pageText()).contains(t("shared.not-found"));
        assertNothingTechnical();
    }

    @Test
    @WithUserDetails(CLARA)
    void a_task_that_is_gone_is_not_found_with_the_reason() {
        navigate("inbox/task/no-such-task-4711", NotFoundView.class);

        assertErrorPage(NotFoundView.class, "shared.error.not-found.title");
        assertThat(pageText()).contains(t("review.error.task-gone")).doesNotContain(t("shared.not-found"));
    }

    @Test
    @WithAnonymousUser
    void a_service_refusal_while_a_page_opens_is_not_found() {
        RouteConfiguration.forSessionScope().setRoute("test-refusing-page", RefusingPage.class);

        navigate("test-refusing-page", RefusedView.class);

        assertErrorPage(RefusedView.class, "shared.error.not-found.title");
        assertThat(pageText()).contains(t("shared.not-found")).doesNotContain(ExplodingPage.SECRET);
    }

    @Test
    @WithUserDetails(CLARA)
    void the_inbox_ignores_a_date_beyond_any_calendar_in_its_address() {
        // the address /inbox?submittedFrom=%2B999999999-12-31 (a link of the dashboard's format)
        UI.getCurrent()
                .navigate(
                        "inbox",
                        QueryParameters.simple(
                                Map.of("submittedFrom", "+999999999-12-31", "submittedTo", "-999999999-01-01")));
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);

        assertThat($(DatePicker.class).all())
                .allSatisfy(picker -> assertThat(picker.getValue()).isNull());
        assertNothingTechnical();

        UI.getCurrent()
                .navigate(
                        "inbox",
                        QueryParameters.simple(Map.of("submittedFrom", "0001-01-01", "submittedTo", "9999-12-31")));
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
        assertThat($(DatePicker.class).all())
                .extracting(DatePicker::getValue)
                .contains(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
        assertNothingTechnical();
    }

    @Test
    @WithAnonymousUser
    void an_exception_while_a_page_opens_shows_an_incident_number_and_no_exception_text() {
        RouteConfiguration.forSessionScope().setRoute("test-exploding-page", ExplodingPage.class);

        navigate("test-exploding-page", InternalErrorView.class);

        assertErrorPage(InternalErrorView.class, "shared.error.internal.title");
        String incident = ((InternalErrorView) getCurrentView()).incident();
        assertThat(incident).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(pageText())
                .contains(t("shared.error.internal.text"), t("shared.error.incident", incident))
                .doesNotContain(ExplodingPage.SECRET);
    }

    @Test
    @WithUserDetails(CLARA)
    void an_exception_in_an_action_is_reported_with_an_incident_number_and_no_exception_text() {
        navigate("inbox", InboxView.class);

        new ErrorHandling.NotifyingErrorHandler()
                .error(new ErrorEvent(new IllegalStateException(ExplodingPage.SECRET)));

        Notification notification = $(Notification.class).last();
        assertThat(notification.isOpened()).isTrue();
        String text = test(notification).getText();
        assertThat(text)
                .startsWith(t("shared.error.notification", "").substring(0, 20))
                .doesNotContain(ExplodingPage.SECRET);
        assertThat(text).containsPattern("[2-9A-Z]{4}-[2-9A-Z]{4}");
    }

    /** A page whose service refuses while it opens. */
    @Tag("div")
    @AnonymousAllowed
    public static class RefusingPage extends Component implements BeforeEnterObserver {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new AccessDeniedException(ExplodingPage.SECRET);
        }
    }

    /** A page that fails while it opens, with a message that must not reach the user. */
    @Tag("div")
    @AnonymousAllowed
    public static class ExplodingPage extends Component implements BeforeEnterObserver {

        static final String SECRET = "secret-internal-detail-4711";

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException(SECRET);
        }
    }
}
