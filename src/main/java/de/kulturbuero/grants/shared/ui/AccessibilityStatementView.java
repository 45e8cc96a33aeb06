package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kulturbuero.grants.shared.AccessibilityStatement;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.util.List;

/**
 * The accessibility statement ("Erklärung zur Barrierefreiheit", BITV 2.0): public, no login,
 * linked from the main layout and the pages without it (login, registration, password pages).
 * Plain semantic markup only: headings, paragraphs, a list, underlined links.
 */
@Route(AccessibilityStatementView.ROUTE)
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "accessibility";

    /** The known barriers, in the order the statement lists them (texts {@code shared.a11y.barrier.<name>}). */
    static final List<String> BARRIERS = List.of("pdf", "diagram");

    public AccessibilityStatementView(AccessibilityStatement statement) {
        addClassNames("page", "accessibility-statement");
        add(new H1(getTranslation("shared.a11y.title")), new Paragraph(getTranslation("shared.a11y.intro")));

        UnorderedList barriers = new UnorderedList();
        barriers.setId("a11y-barriers");
        for (String barrier : BARRIERS) {
            barriers.add(new ListItem(getTranslation("shared.a11y.barrier." + barrier)));
        }
        add(
                section("shared.a11y.status.heading", new Paragraph(getTranslation("shared.a11y.status.text"))),
                section(
                        "shared.a11y.barriers.heading",
                        new Paragraph(getTranslation("shared.a11y.barriers.intro")),
                        barriers),
                section(
                        "shared.a11y.prepared.heading",
                        new Paragraph(getTranslation(
                                "shared.a11y.prepared.date", Formats.date(statement.preparedOn(), getLocale()))),
                        new Paragraph(getTranslation("shared.a11y.prepared.method"))));

        Anchor mail = new Anchor("mailto:" + statement.contactEmail(), statement.contactEmail());
        mail.setId("a11y-contact");
        add(section(
                "shared.a11y.feedback.heading",
                new Paragraph(getTranslation("shared.a11y.feedback.text")),
                new Paragraph(new Span(getTranslation("shared.a11y.feedback.email") + " "), mail)));

        Anchor enforcementBody =
                new Anchor(AccessibilityStatement.ENFORCEMENT_BODY_URL, getTranslation("shared.a11y.enforcement.link"));
        enforcementBody.setId("a11y-enforcement");
        enforcementBody.setRouterIgnore(true);
        add(section(
                "shared.a11y.enforcement.heading",
                new Paragraph(getTranslation("shared.a11y.enforcement.text")),
                new Paragraph(new Span(getTranslation("shared.a11y.enforcement.more") + " "), enforcementBody)));
    }

    private Section section(String headingKey, Component... content) {
        Section section = new Section();
        section.add(new H2(getTranslation(headingKey)));
        section.add(content);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.a11y.title") + " – " + getTranslation("app.title");
    }
}
