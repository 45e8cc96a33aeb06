package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

/**
 * What the portal's error pages share: inside the main layout, a main landmark with an h1, the
 * explanation and a link to the start page, and a page title. They never show an exception's
 * text, a stack trace or a list of routes.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String pageTitle = "";

    ErrorPage() {
        addClassNames("page", "error-page");
    }

    /** Replaces the page's content: the heading and the paragraphs, all translated (and formatted) by the caller. */
    final void show(String heading, String... paragraphs) {
        removeAll();
        H1 h1 = new H1(heading);
        h1.setId("error-heading");
        add(h1);
        for (String paragraph : paragraphs) {
            add(new Paragraph(paragraph));
        }
        RouterLink home = new RouterLink(getTranslation("shared.error.home"), HomeView.class);
        home.setId("error-home");
        add(new Paragraph(home));
        pageTitle = heading + " – " + getTranslation("app.title");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
