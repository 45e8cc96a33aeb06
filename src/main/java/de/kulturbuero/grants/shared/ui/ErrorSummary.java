package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The form's error summary: a live region (role=alert) listing every problem at once. */
public class ErrorSummary extends Div {

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Hides the summary. */
    public void clear() {
        show(List.of());
    }

    /**
     * Shows one refusal that is not about an entry (e.g. "this task is no longer open"), without
     * the "please correct" heading.
     */
    public void message(String message) {
        removeAll();
        add(new Paragraph(message));
        setVisible(true);
    }

    /** Lists the messages (each once); an empty list hides the summary. */
    public void show(List<String> messages) {
        removeAll();
        List<String> distinct = messages.stream().distinct().toList();
        if (distinct.isEmpty()) {
            setVisible(false);
            return;
        }
        // the count is that of the listed messages, so "5 entries" never heads a list of 4
        add(new Paragraph(getTranslation("shared.form.errors", distinct.size())));
        UnorderedList list = new UnorderedList();
        distinct.forEach(m -> list.add(new ListItem(m)));
        add(list);
        setVisible(true);
    }
}
