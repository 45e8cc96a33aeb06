package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.HasValidator;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.programme.ProgrammeTerms;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.MoneyField;
import de.kulturbuero.grants.shared.ui.TypedEntry;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 *
 * <p>The binder is buffered on purpose: Vaadin's unbuffered binder writes a change only while
 * every changed field is valid, so one bad date would silently stop saving everything typed after
 * it. Here each valid field is written on its own ({@link Binder#writeBeanAsDraft}); an invalid one
 * keeps its message and its last good value in the draft, and {@link #entriesToCorrect()} counts it
 * so that the page never says "saved" for what was not.
 */
class WizardContext implements Serializable {

    final ApplicationDraft draft;
    final DraftBinder binder = new DraftBinder();
    final ProgrammeSummary programme;
    final ProgrammeTerms terms;
    final List<PartnerCitySummary> cities;
    final LocalDate today;
    final Map<String, HasValidation> fields = new HashMap<>();
    /** Amount fields of the financing lines: not bound, written by their rows only when readable. */
    final List<MoneyField> lineAmounts = new ArrayList<>();

    private final Runnable changed;
    private final Runnable recheck;

    /** A read-only use (the application's pages): nothing is saved, so there is no status to update. */
    WizardContext(
            ApplicationDraft draft,
            ProgrammeSummary programme,
            ProgrammeTerms terms,
            List<PartnerCitySummary> cities,
            LocalDate today,
            Runnable changed) {
        this(draft, programme, terms, cities, today, changed, () -> {});
    }

    WizardContext(
            ApplicationDraft draft,
            ProgrammeSummary programme,
            ProgrammeTerms terms,
            List<PartnerCitySummary> cities,
            LocalDate today,
            Runnable changed,
            Runnable recheck) {
        this.draft = draft;
        this.programme = programme;
        this.terms = terms;
        this.cities = cities;
        this.today = today;
        this.changed = changed;
        this.recheck = recheck;
    }

    /** Called after the draft changed (a bound field, a line, a checkbox): writes every valid field and autosaves. */
    void changed() {
        binder.writeBeanAsDraft(draft);
        changed.run();
    }

    /** Called when a field's input became (in)valid without a new value: updates the save status only. */
    void recheck() {
        recheck.run();
    }

    /** How many fields hold input that could not be taken into the draft (a bad date, a refused amount ...). */
    int entriesToCorrect() {
        return binder.invalidBindings().size()
                + (int) lineAmounts.stream().filter(f -> !f.isInputValid()).count();
    }

    /** Shows the messages of the invalid inputs again (after the server's problems were drawn over them). */
    void showInputErrors() {
        binder.invalidBindings().forEach(Binder.Binding::validate);
        lineAmounts.stream().filter(f -> !f.isInputValid()).forEach(f -> {
            f.setErrorMessage(f.refusalMessage());
            f.setInvalid(true);
        });
    }

    /** The binder of the draft, which can tell which of its fields hold input it could not write. */
    static final class DraftBinder extends Binder<ApplicationDraft> {

        DraftBinder() {
            super(ApplicationDraft.class);
        }

        List<Binder.Binding<ApplicationDraft, ?>> invalidBindings() {
            return getBindings().stream()
                    .<Binder.Binding<ApplicationDraft, ?>>map(b -> b)
                    .filter(b -> b.validate(false).isError())
                    .toList();
        }
    }

    Optional<PartnerCitySummary> city() {
        return cities.stream()
                .filter(c -> draft.getPartnerCityId() != null && c.id() == draft.getPartnerCityId())
                .findFirst();
    }

    void register(String property, HasValidation field) {
        fields.put(property, field);
        if (field instanceof HasValidator<?> validated) {
            // a text that cannot be read (a bad date, a letter in a number) changes no value: update the status anyway
            validated.addValidationStatusChangeListener(e -> recheck());
        }
        if (field instanceof ComboBox<?> box) {
            // a typed "Pozn" + Enter/Tab picks "Poznań (…)" instead of being dropped
            TypedEntry.accept(box);
        }
    }

    /** Translates a problem; money and dates among its arguments are formatted for the reader's language. */
    static String message(Component c, Problem p) {
        Locale locale =
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
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
