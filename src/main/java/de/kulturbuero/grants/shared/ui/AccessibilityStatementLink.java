package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/**
 * The link to the accessibility statement that every page carries: the main layout in its drawer,
 * the pages without the layout (login, registration, password pages) at their end.
 */
public class AccessibilityStatementLink extends RouterLink {

    public static final String ID = "accessibility-statement-link";

    public AccessibilityStatementLink() {
        super(AccessibilityStatementView.class);
        setText(getTranslation("shared.a11y.link"));
        setId(ID);
        addClassName("accessibility-statement-link");
    }

    /** The link in a paragraph of its own, for the end of a page without the main layout. */
    public static Paragraph paragraph() {
        Paragraph paragraph = new Paragraph(new AccessibilityStatementLink());
        paragraph.addClassName("accessibility-statement-footer");
        return paragraph;
    }
}
