package de.kulturbuero.grants.shared.i18n;

import com.vaadin.flow.component.Component;

/** Small helpers around Vaadin's translation lookup. */
public final class Translations {

    private Translations() {}

    /** Translates {@code key}, or returns it unchanged when it is not a key (e.g. a plain menu title). */
    public static String of(Component component, String key) {
        String text = component.getTranslation(key);
        return text == null || text.startsWith("!{") ? key : text;
    }
}
