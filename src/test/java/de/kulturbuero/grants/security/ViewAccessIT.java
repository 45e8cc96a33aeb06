package de.kulturbuero.grants.security;

import static de.kulturbuero.grants.TestUsers.ANNA;
import static de.kulturbuero.grants.TestUsers.BEN;
import static de.kulturbuero.grants.TestUsers.CLARA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.ui.ApplicationDetails;
import de.kulturbuero.grants.grantapplication.ui.ApplicationView;
import de.kulturbuero.grants.review.ui.InboxView;
import de.kulturbuero.grants.shared.ui.NoAccessView;
import de.kulturbuero.grants.shared.ui.NotFoundView;
import de.kulturbuero.grants.shared.ui.WelcomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The views' access rules, without a browser: Vaadin's navigation access control (the views'
 * {@code @RolesAllowed}) and the detail view's own check. A view the role may not open ends on
 * the portal's {@link NoAccessView}; an id that is not the user's on {@link NotFoundView}, the same
 * page a missing id shows, so nobody can probe which ids exist; {@code navigate(..)} then throws
 * because it expected the view.
 */
@IntegrationTest
class ViewAccessIT extends SpringBrowserlessTest {

    @Autowired
    TestApplications testApplications;

    @Test
    @WithUserDetails(ANNA)
    void applicant_cannot_reach_the_inbox() {
        assertThatThrownBy(() -> navigate("inbox", InboxView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NoAccessView.class.getName());

        assertThat(getCurrentView()).isInstanceOf(NoAccessView.class);
        assertThat(find(Grid.class).exists()).as("no inbox grid on the page").isFalse();
    }

    @Test
    @WithUserDetails(ANNA)
    void applicant_gets_not_found_for_another_applicants_application() {
        ApplicationSummary bens = testApplications.submitAs(BEN, TestApplications.uniqueTitle("Ben's application"));

        assertThatThrownBy(() -> navigate(ApplicationView.class, bens.id()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(ApplicationDetails.class).exists())
                .as("no application data on the page")
                .isFalse();
        assertThat(find(H1.class).withText(bens.title()).exists()).isFalse();
    }

    @Test
    @WithUserDetails(BEN)
    void applicant_sees_the_own_application() {
        ApplicationSummary bens = testApplications.submitAs(BEN, TestApplications.uniqueTitle("Ben's application"));

        navigate(ApplicationView.class, bens.id());

        assertThat(getCurrentView()).isInstanceOf(ApplicationView.class);
        assertThat(find(H1.class).withText(bens.title()).exists()).isTrue();
        assertThat(find(ApplicationDetails.class).single().getElement().getTextRecursively())
                .contains(bens.referenceNumber());
    }

    @Test
    @WithUserDetails(CLARA)
    void clerk_finds_a_submitted_application_in_the_inbox() {
        ApplicationSummary bens =
                testApplications.submitAs(BEN, TestApplications.uniqueTitle("Ben's application for the inbox"));

        // The UI opened on the inbox before the submission (the start page sends officers there), and
        // navigating to the route it already shows keeps that instance with its old rows: leave first.
        navigate(WelcomeView.class);
        navigate("inbox", InboxView.class);
        // the first page holds only the oldest tasks of a whole test run: search for the case, as a clerk would
        test(find(TextField.class).id("inbox-search")).setValue(bens.referenceNumber());

        // the inbox lists its tasks as cards (ListItem "record-card"), one per task
        assertThat(find(ListItem.class).all().stream()
                        .filter(li -> li.hasClassName("record-card"))
                        .map(li -> li.getElement().getTextRecursively())
                        .filter(text -> text.contains(bens.referenceNumber())))
                .singleElement()
                .satisfies(text -> assertThat(text)
                        .contains(
                                bens.title(),
                                UI.getCurrent().getTranslation("review.step.Task_FormalCheck"),
                                UI.getCurrent().getTranslation("review.inbox.unassigned")));
    }
}
