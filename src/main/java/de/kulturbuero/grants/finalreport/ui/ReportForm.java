package de.kulturbuero.grants.finalreport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.BigDecimalField;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.finalreport.ReportProblem;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the sections of the report page share: the draft being edited, the fields by the name the
 * service's problems use (to show a problem at its field), the entries whose input the field
 * itself refuses (they are not written into the draft, so the page never says "saved" for them)
 * and the "changed" callback that saves.
 */
class ReportForm implements Serializable {

    final ReportDraft draft;
    final Map<String, HasValidation> fields = new HashMap<>();
    private final Set<String> unreadable = new HashSet<>();
    private final Runnable changed;
    private final Runnable recheck;

    ReportForm(ReportDraft draft, Runnable changed, Runnable recheck) {
        this.draft = draft;
        this.changed = changed;
        this.recheck = recheck;
    }

    /** The draft changed: save it. */
    void changed() {
        changed.run();
    }

    void register(String name, HasValidation field) {
        fields.put(name, field);
    }

    /**
     * Records whether the field's input could be read; returns it. An unreadable entry keeps its
     * last good value in the draft and counts as an entry to correct.
     */
    boolean readable(String name, boolean readable) {
        boolean before = unreadable.contains(name);
        if (readable) {
            unreadable.remove(name);
        } else {
            unreadable.add(name);
        }
        if (before == readable) {
            recheck.run();
        }
        return readable;
    }

    /** Forgets the entries of rows that were removed or drawn again. */
    void forget(String prefix) {
        unreadable.removeIf(n -> n.startsWith(prefix));
        fields.keySet().removeIf(n -> n.startsWith(prefix));
    }

    int entriesToCorrect() {
        return unreadable.size();
    }

    /** A line as messages and selects name it: "Costs: Travel – Train". */
    static String lineName(Component c, ReportDraft.Line line) {
        String kind =
                line.getKind() == null ? "" : c.getTranslation(line.getKind().messageKey()) + ": ";
        String category = line.getCategory() == null ? null : c.getTranslation(line.categoryKey());
        String label = line.getLabel() == null || line.getLabel().isBlank() ? null : line.getLabel();
        if (category == null && label == null) {
            return kind + c.getTranslation("finalreport.figures.new-line");
        }
        return kind + (category == null ? label : label == null ? category : category + " – " + label);
    }

    /** The page's language (a component's own is not visible outside it). */
    static Locale locale() {
        return UI.getCurrent() == null ? Locale.GERMAN : UI.getCurrent().getLocale();
    }

    static String money(Component c, BigDecimal amount) {
        return Formats.money(amount, locale());
    }

    /** A number field for rates and foreign amounts, with the message for a text that is no number. */
    static BigDecimalField number(Component c, String labelKey, String example) {
        BigDecimalField f = new BigDecimalField(c.getTranslation(labelKey));
        f.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(c.getTranslation("finalreport.number.bad-input", example)));
        return f;
    }

    /** A rate or a foreign amount in the reader's notation ("0,23025"). */
    static String decimal(Locale locale, BigDecimal value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance("de".equals(locale.getLanguage()) ? Locale.GERMANY : Locale.UK);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    static String message(Component c, ReportProblem p) {
        return c.getTranslation(p.messageKey(), p.arguments(locale()));
    }

    /** Shows each problem at its field (several at one field joined) after clearing the old ones. */
    void markFields(Component c, List<ReportProblem> problems) {
        // a field that refuses its own input keeps saying why
        fields.forEach((name, f) -> {
            if (!unreadable.contains(name)) {
                f.setInvalid(false);
                f.setErrorMessage(null);
            }
        });
        Map<String, String> byField = new HashMap<>();
        for (ReportProblem p : problems) {
            if (p.field() != null && fields.containsKey(p.field())) {
                byField.merge(p.field(), message(c, p), (a, b) -> a + " " + b);
            }
        }
        byField.forEach((name, text) -> {
            HasValidation f = fields.get(name);
            f.setErrorMessage(text);
            f.setInvalid(true);
        });
    }
}
