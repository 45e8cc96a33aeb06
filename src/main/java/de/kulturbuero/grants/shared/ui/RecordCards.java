package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/**
 * The lists of cards that stand in for grids (inbox, "My applications"): every action a real
 * button and tab stop, every fact a term and its value, readable on a phone.
 */
public final class RecordCards {

    private RecordCards() {}

    /** Adds one fact to a card; the value is marked as one "cell" of the card, like a grid row's (the browser tests read it). */
    public static void fact(DescriptionList facts, String label, Span value) {
        facts.add(new DescriptionList.Term(label), new DescriptionList.Description(cell(value)));
    }

    /** Marks a value as one "cell" of its card. */
    public static Span cell(Span value) {
        value.addClassName("record-cell");
        return value;
    }
}
