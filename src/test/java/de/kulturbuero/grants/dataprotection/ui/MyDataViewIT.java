package de.kulturbuero.grants.dataprotection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.shared.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The applicant's data page offers the export and the deletion (not clicked: the demo account stays). */
@IntegrationTest
class MyDataViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(SignedIn.BEN)
    void an_applicant_finds_the_export_and_the_deletion() {
        navigate(MyDataView.class);
        Component view = (Component) getCurrentView();
        assertThat($(Anchor.class)
                        .withText(view.getTranslation("dataprotection.export.download"))
                        .exists())
                .isTrue();
        assertThat($(Button.class)
                        .withText(view.getTranslation("dataprotection.delete.button"))
                        .exists())
                .isTrue();
    }
}
