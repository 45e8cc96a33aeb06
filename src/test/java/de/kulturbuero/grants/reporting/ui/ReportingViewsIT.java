package de.kulturbuero.grants.reporting.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteNotFoundError;
import de.kulturbuero.grants.shared.SignedIn;
import org.junit.jupiter.api.Test;
import de.kulturbuero.grants.IntegrationTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }
}
