package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;

/**
 * Lets a combo box take what was typed into it. Vaadin's combo box keeps a typed text only when
 * it equals an item's label in full (or an item was highlighted with the arrow keys); "Pozn"
 * followed by Enter or Tab was dropped, although the list showed the one match "Poznań (…)".
 * With this, Enter or leaving the field picks the one item whose label starts with the typed
 * text (ignoring case and accents), or, when none starts with it, the one item whose label
 * contains it. Several matches pick nothing: the list stays open for a choice.
 * <p>
 * The choice is made in the browser, as if the user had picked the item, so the value change
 * counts as the user's ({@code isFromClient}), like a click in the list.
 */
public final class TypedEntry {

    private TypedEntry() {}

    /** Installs the behaviour on these combo boxes (call once per box; it lasts for the box's life). */
    public static void accept(ComboBox<?>... boxes) {
        for (ComboBox<?> box : boxes) {
            box.getElement().executeJs(SCRIPT);
        }
    }

    // capture phase: runs before the combo box's own Enter/focusout handling, which then keeps the chosen item
    private static final String SCRIPT = """
            if (this.__typedEntry) return;
            this.__typedEntry = true;
            const fold = s => String(s ?? '').normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase().trim();
            const labelOf = i => i && typeof i === 'object' ? (i.label ?? '') : '';
            const pick = () => {
              const text = fold(this.inputElement && this.inputElement.value);
              if (!text || (this.selectedItem && fold(labelOf(this.selectedItem)) === text)) return;
              const items = (this.filteredItems || []).filter(i => labelOf(i) !== '');
              if (items.some(i => fold(labelOf(i)) === text)) return;
              const starting = items.filter(i => fold(labelOf(i)).startsWith(text));
              const hits = starting.length ? starting : items.filter(i => fold(labelOf(i)).includes(text));
              if (hits.length === 1) this.selectedItem = hits[0];
            };
            this.addEventListener('keydown', e => { if (e.key === 'Enter' && this._focusedIndex < 0) pick(); }, true);
            this.addEventListener('focusout', () => pick(), true);
            """;
}
