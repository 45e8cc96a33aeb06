package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.programme.ProgrammeTerms;
import de.kulturbuero.grants.shared.i18n.Formats;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the steps of the application form share: the draft being edited (bound with one
 * {@link Binder}, written on every change), the programme and its terms, the partner cities,
 * the fields by property name (to show a problem next to its field) and the "changed" callback
 * that autosaves.
 */
class WizardContext implements Serializable {

    final ApplicationDraft draft;
    final Binder<ApplicationDraft> binder = new Binder<>(ApplicationDraft.class);
    final ProgrammeSummary programme;
    final ProgrammeTerms terms;
    final List<PartnerCitySummary> cities;
    final LocalDate today;
    final Map<String, HasValidation> fields = new HashMap<>();
    private final Runnable changed;

    WizardContext(ApplicationDraft draft, ProgrammeSummary programme, ProgrammeTerms terms,
                  List<PartnerCitySummary> cities, LocalDate today, Runnable changed) {
        this.draft = draft;
        this.programme = programme;
        this.terms = terms;
        this.cities = cities;
        this.today = today;
        this.changed = changed;
    }

    /** Called after the draft changed (a bound field, a line, a checkbox): autosaves. */
    void changed() {
        changed.run();
    }

    Optional<PartnerCitySummary> city() {
        return cities.stream().filter(c -> draft.getPartnerCityId() != null && c.id() == draft.getPartnerCityId()).findFirst();
    }

    void register(String property, HasValidation field) {
        fields.put(property, field);
        if (field instanceof com.vaadin.flow.component.combobox.ComboBox<?> box) {
            // a typed "Pozn" + Enter/Tab picks "Poznań (…)" instead of being dropped
            de.kulturbuero.grants.shared.ui.TypedEntry.accept(box);
        }
    }

    /** Translates a problem; money and dates among its arguments are formatted for the reader's language. */
    static String message(Component c, Problem p) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ENGLISH : com.vaadin.flow.component.UI.getCurrent().getLocale();
        Object[] args = p.args() == null ? new Object[0] : p.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof BigDecimal amount) {
                args[i] = Formats.money(amount, locale);
            } else if (args[i] instanceof LocalDate date) {
                args[i] = Formats.date(date, locale);
            } else if (args[i] instanceof Integer n) {
                args[i] = String.valueOf(n);
            }
        }
        return c.getTranslation(p.messageKey(), args);
    }
}
