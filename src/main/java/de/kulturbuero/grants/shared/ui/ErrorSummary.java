package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.List;

/** The form's error summary: a live region (role=alert) listing every problem at once. */
public class ErrorSummary extends Div {

    /**
     * One listed problem. With an {@code open} action (e.g. "show the step and focus the field")
     * the message is a button that takes the user to the entry; without one it is plain text.
     */
    public record Entry(String message, SerializableRunnable open) implements Serializable {}

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
        showEntries(messages.stream().distinct().map(m -> new Entry(m, null)).toList());
    }

    /**
     * Lists the entries, each one: two fields with the same message are two problems, each with its
     * own way to the field. An empty list hides the summary.
     */
    public void showEntries(List<Entry> entries) {
        removeAll();
        if (entries.isEmpty()) {
            setVisible(false);
            return;
        }
        // the count is that of the listed entries, so "5 entries" never heads a list of 4
        add(new Paragraph(getTranslation("shared.form.errors", entries.size())));
        UnorderedList list = new UnorderedList();
        entries.forEach(e -> list.add(item(e)));
        add(list);
        setVisible(true);
    }

    private static ListItem item(Entry entry) {
        if (entry.open() == null) {
            return new ListItem(entry.message());
        }
        Button link = new Button(entry.message(), e -> entry.open().run());
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new ListItem(link);
    }
}
