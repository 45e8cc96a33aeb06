package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.shared.Registration;
import de.kulturbuero.grants.shared.i18n.MoneyParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one input for amounts of euros in the portal: a text field (with "€" after it and a decimal
 * keyboard on phones) whose value is a {@link BigDecimal} with two decimals. What is typed is read by
 * {@link MoneyParser} the same way in both languages; an accepted amount is shown again in the UI's
 * format ("1.500" becomes "1.500,00" / "1,500.00"), so the user sees what was understood.
 *
 * <p>A text that is not a readable amount is never turned into one: the field keeps the text, says
 * why next to it, and its value becomes empty (like a date picker with an unparsable date). A
 * {@link com.vaadin.flow.data.binder.Binder} sees the refusal through {@link #getDefaultValidator()},
 * so a bound property keeps its last good amount; unbound users ask {@link #isInputValid()}.
 */
public class MoneyField extends AbstractCompositeField<TextField, MoneyField, BigDecimal>
        implements HasLabel,
                HasHelper,
                HasValidation,
                HasValidator<BigDecimal>,
                HasSize,
                HasStyle,
                HasAriaLabel,
                Focusable<MoneyField> {

    private final List<ValidationStatusChangeListener<BigDecimal>> statusListeners = new ArrayList<>();
    private MoneyParser.Refusal refusal;
    private String refusedText;
    private boolean formatting;

    public MoneyField() {
        super(null);
        TextField text = getContent();
        // the portal shows the messages (a binder's or this field's own), not the web component's checks
        text.setManualValidation(true);
        Span euro = new Span("€");
        text.setSuffixComponent(euro);
        text.addClassName("money-field");
        // a phone offers digits with a separator; the input element is created by the web component
        text.getElement().setAttribute("inputmode", "decimal");
        text.addAttachListener(
                e -> text.getElement()
                        .executeJs(
                                "customElements.whenDefined(this.localName).then(() => { if (this.inputElement) this.inputElement.inputMode = 'decimal'; })"));
        text.addValueChangeListener(e -> {
            if (!formatting) {
                read(e.getValue(), e.isFromClient());
            }
        });
    }

    public MoneyField(String label) {
        this();
        setLabel(label);
    }

    private void read(String text, boolean fromClient) {
        MoneyParser.Result result = MoneyParser.parse(text);
        BigDecimal before = getValue();
        boolean wasValid = refusal == null;
        refusal = result.refusal();
        refusedText = result.ok() ? null : text.strip();
        if (result.ok()) {
            show(result.amount());
            setInvalid(false);
            setErrorMessage(null);
        } else {
            setErrorMessage(refusalMessage());
            setInvalid(true);
        }
        BigDecimal after = result.amount();
        setModelValue(after, fromClient);
        // a value change makes a binder validate again; without one (e.g. empty before and after) tell it
        if (valueEquals(before, after) && (refusal != null || !wasValid)) {
            ValidationStatusChangeEvent<BigDecimal> event = new ValidationStatusChangeEvent<>(this, refusal == null);
            List.copyOf(statusListeners).forEach(l -> l.validationStatusChanged(event));
        }
    }

    private void show(BigDecimal amount) {
        formatting = true;
        try {
            getContent().setValue(MoneyParser.format(amount, getLocale()));
        } finally {
            formatting = false;
        }
    }

    @Override
    protected void setPresentationValue(BigDecimal amount) {
        refusal = null;
        refusedText = null;
        show(amount);
    }

    /** Whether the text in the field is an amount (or empty); {@code false} while a refused text is shown. */
    public boolean isInputValid() {
        return refusal == null;
    }

    /** The translated reason why the text was refused, or {@code null} when it was not. */
    public String refusalMessage() {
        return refusal == null
                ? null
                : getTranslation(
                        refusal.messageKey(),
                        refusedText,
                        MoneyParser.example(getLocale()),
                        MoneyParser.format(MoneyParser.MAX, getLocale()));
    }

    @Override
    public Validator<BigDecimal> getDefaultValidator() {
        return (value, context) -> refusal == null ? ValidationResult.ok() : ValidationResult.error(refusalMessage());
    }

    @Override
    public Registration addValidationStatusChangeListener(ValidationStatusChangeListener<BigDecimal> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    @Override
    protected boolean valueEquals(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        getContent().setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getContent().getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        getContent().setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return getContent().isInvalid();
    }

    @Override
    public void setAriaLabel(String ariaLabel) {
        getContent().setAriaLabel(ariaLabel);
    }

    @Override
    public Optional<String> getAriaLabel() {
        return getContent().getAriaLabel();
    }

    @Override
    public void setAriaLabelledBy(String labelledBy) {
        getContent().setAriaLabelledBy(labelledBy);
    }

    @Override
    public Optional<String> getAriaLabelledBy() {
        return getContent().getAriaLabelledBy();
    }

    /** The text as shown (for tests and the rare caller that needs it). */
    public String getText() {
        return getContent().getValue();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        getContent().setReadOnly(readOnly);
    }

    @Override
    public boolean isReadOnly() {
        return getContent().isReadOnly();
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        getContent().setRequiredIndicatorVisible(visible);
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return getContent().isRequiredIndicatorVisible();
    }
}
