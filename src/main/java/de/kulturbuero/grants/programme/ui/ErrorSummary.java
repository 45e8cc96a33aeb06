package de.kulturbuero.grants.programme.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** The form's error summary: a live region (role=alert) listing every problem at once. */
class ErrorSummary extends Div {

    ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<String> messages) {
        removeAll();
        if (messages.isEmpty()) {
            setVisible(false);
            return;
        }
        add(new Paragraph(getTranslation("shared.form.errors", messages.size())));
        UnorderedList list = new UnorderedList();
        messages.stream().distinct().forEach(m -> list.add(new ListItem(m)));
        add(list);
        setVisible(true);
    }
}
