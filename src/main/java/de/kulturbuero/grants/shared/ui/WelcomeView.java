package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Landing page for accounts whose role has no work list of its own yet (e.g. ADMIN). */
@Route("welcome")
@PermitAll
public class WelcomeView extends Main implements HasDynamicTitle {

    public WelcomeView() {
        addClassName("page");
        add(new H1(getTranslation("shared.welcome.title")), new Paragraph(getTranslation("shared.welcome.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.welcome.title") + " – " + getTranslation("app.title");
    }
}
