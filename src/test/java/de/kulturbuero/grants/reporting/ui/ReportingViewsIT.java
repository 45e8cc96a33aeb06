package de.kulturbuero.grants.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLink;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.review.ui.InboxView;
import de.kulturbuero.grants.shared.SignedIn;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.NoAccessView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The reporting views render for their roles (charts, tables, downloads) and refuse others. */
@IntegrationTest
class ReportingViewsIT extends SpringBrowserlessTest {

    private String t(String key) {
        return ((Component) getCurrentView()).getTranslation(key);
    }

    @Test
    @WithUserDetails(SignedIn.HANNA)
    void the_dashboard_shows_charts_with_tables_and_the_pdf_download() {
        navigate(DashboardView.class);
        assertThat($(Svg.class).all()).hasSizeGreaterThanOrEqualTo(2);
        assertThat($(Grid.class).all()).hasSizeGreaterThanOrEqualTo(2);
        assertThat($(Anchor.class).withTextContaining("PDF").exists()).isTrue();
        for (String tile :
                new String[] {"payments-granted", "payments-paid", "payments-outstanding", "payments-held-back"}) {
            assertThat($(Span.class)
                            .from($(Div.class).id(tile))
                            .withClassName("figure-value")
                            .single()
                            .getText())
                    .as(tile)
                    .contains("€");
        }
    }

    @Test
    @WithUserDetails(SignedIn.HANNA)
    void head_follows_the_overdue_figure_to_the_same_tasks_in_the_inbox_overdue_tab() {
        navigate(DashboardView.class);
        Div tile = $(Div.class).id("overdue-tasks");
        String figure =
                $(Span.class).from(tile).withClassName("figure-value").single().getText();
        String href = $(Anchor.class).from(tile).single().getHref();
        int year = LocalDate.now(Formats.ZONE).getYear();
        assertThat(href)
                .startsWith("inbox?tab=overdue&programme=")
                .endsWith("&submittedFrom=" + year + "-01-01&submittedTo=" + year + "-12-31");
        long programme = Long.parseLong(href.replaceAll(".*programme=(\\d+).*", "$1"));

        Location link =
                new Location(href); // as the router reads a clicked link; navigate(String) takes no query string
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
        RouterLink selected =
                $(RouterLink.class).withAttribute("aria-current", "page").single();
        assertThat(selected.getId()).hasValue("inbox-tab-overdue");
        assertThat(selected.getText())
                .as("the tab counts what the dashboard counted")
                .endsWith("(" + figure + ")");
        @SuppressWarnings("unchecked")
        ComboBox<ProgrammeSummary> programmeFilter = $(ComboBox.class)
                .withLabel(t("grantapplication.field.programme"))
                .single();
        assertThat(programmeFilter.getValue().id()).isEqualTo(programme);
        assertThat($(DatePicker.class)
                        .withLabel(t("review.inbox.submitted-from"))
                        .single()
                        .getValue())
                .isEqualTo(LocalDate.of(year, 1, 1));
        assertThat($(DatePicker.class)
                        .withLabel(t("review.inbox.submitted-to"))
                        .single()
                        .getValue())
                .isEqualTo(LocalDate.of(year, 12, 31));
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void admin_sees_the_overdue_figure_without_a_link_to_the_inbox_they_cannot_open() {
        navigate(DashboardView.class);
        Div tile = $(Div.class).id("overdue-tasks");
        assertThat($(Span.class)
                        .from(tile)
                        .withClassName("figure-value")
                        .single()
                        .getText())
                .matches("\\d[\\d.,]*");
        assertThat($(Anchor.class).from(tile).exists()).isFalse();
    }

    @Test
    @WithUserDetails(SignedIn.ADAM)
    void the_application_list_offers_csv_and_xlsx() {
        navigate(ApplicationListView.class);
        assertThat($(Anchor.class).withText(t("reporting.list.csv")).exists()).isTrue();
        assertThat($(Anchor.class).withText(t("reporting.list.xlsx")).exists()).isTrue();
        assertThat($(Grid.class).exists()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void the_showcase_needs_no_login() {
        navigate(ShowcaseView.class);
        assertThat($(H1.class).withText(t("reporting.showcase.title")).exists()).isTrue();
    }

    @Test
    @WithUserDetails(SignedIn.ANNA)
    void applicants_do_not_reach_the_dashboard() {
        assertThatThrownBy(() -> navigate(DashboardView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(NoAccessView.class);
    }
}
