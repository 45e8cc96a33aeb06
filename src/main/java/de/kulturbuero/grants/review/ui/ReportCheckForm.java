package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.review.ReceiptCheck;
import de.kulturbuero.grants.review.ReportCheckPage;
import de.kulturbuero.grants.review.ReportChecks;
import de.kulturbuero.grants.review.ReportFigures;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import de.kulturbuero.grants.shared.ui.MoneyField;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Task_CheckReport: per receipt the recognised amount (in depth; in the quick-only route every
 * receipt counts as claimed) and why less, the figures per cost line with the tolerance flags, the
 * recomputed grant and the settlement, all recomputed as the clerk types; the check note.
 */
class ReportCheckForm extends SettlementForm {

    private final ReportCheckPage page;
    private final Map<Integer, MoneyField> amounts = new LinkedHashMap<>();
    private final Map<Integer, TextField> reasons = new LinkedHashMap<>();
    private final Div figures = new Div();

    ReportCheckForm(ReportCheckPage page, ReportChecks checks, ErrorSummary errors) {
        super(errors);
        this.page = page;
        Paragraph depth = new Paragraph(depthText());
        depth.setId("check-depth");
        getContent().add(depth);

        Map<Integer, ReceiptCheck> earlier = new HashMap<>();
        page.receipts().forEach(r -> earlier.put(r.receiptPosition(), r));
        List<ReportDraft.Receipt> receipts = page.report().getReceipts();
        Div list = new Div(new H3(getTranslation("review.check.receipts")));
        for (int r = 0; r < receipts.size(); r++) {
            ReportDraft.Receipt receipt = receipts.get(r);
            String line = receipt.getLine() == null
                    ? ""
                    : page.report().getLines().get(receipt.getLine()).getLabel();
            Paragraph what = new Paragraph(getTranslation(
                    "review.check.receipt",
                    r + 1,
                    Formats.date(receipt.getDate(), getLocale()),
                    receipt.getPayee(),
                    receipt.getPurpose(),
                    line,
                    Formats.money(receipt.getAmountEur(), getLocale())));
            MoneyField amount = new MoneyField(getTranslation("review.check.recognised"));
            amount.setId("check-recognised-" + r);
            ReceiptCheck before = earlier.get(r);
            amount.setValue(before != null && page.inDepth() ? before.recognised() : receipt.getAmountEur());
            amount.setReadOnly(!page.inDepth());
            amount.addValueChangeListener(e -> refresh());
            TextField reason = new TextField(getTranslation("review.check.reason"));
            reason.setId("check-reason-" + r);
            reason.setMaxLength(1000);
            reason.setVisible(page.inDepth());
            if (before != null && before.reason() != null) {
                reason.setValue(before.reason());
            }
            amounts.put(r, amount);
            reasons.put(r, reason);
            Div row = new Div(what, amount, reason);
            row.addClassName("check-receipt");
            list.add(row);
        }
        figures.setId("check-figures");
        figures.getElement().setAttribute("aria-live", "polite");
        TextArea note = new TextArea(getTranslation("review.check.note"));
        note.setId("check-note");
        note.setHelperText(getTranslation("review.check.note-help"));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(8000);
        note.setWidthFull();
        page.check().ifPresent(c -> note.setValue(c.note()));
        Button done = new Button(getTranslation("review.check.complete"));
        done.setId("check-complete");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(
                e -> act(() -> checks.check(page.taskId(), recognised(), note.getValue()), note, "review.task.done"));
        getContent().add(list, figures, note, done);
        refresh();
    }

    private String depthText() {
        return page.draw()
                .map(d -> getTranslation(
                        "review.check.depth." + d.reason(),
                        Formats.money(d.granted(), getLocale()),
                        Formats.money(d.threshold(), getLocale()),
                        d.value().toPlainString(),
                        d.share()
                                .multiply(new BigDecimal(100))
                                .stripTrailingZeros()
                                .toPlainString()))
                .orElse("");
    }

    private Map<Integer, ReportChecks.Recognised> recognised() {
        Map<Integer, ReportChecks.Recognised> given = new HashMap<>();
        amounts.forEach((r, f) -> given.put(
                r, new ReportChecks.Recognised(f.getValue(), reasons.get(r).getValue())));
        return given;
    }

    /** The figures for the amounts as typed; a receipt whose amount cannot be read counts as claimed. */
    private void refresh() {
        Map<Integer, BigDecimal> typed = new HashMap<>();
        List<ReportDraft.Receipt> receipts = page.report().getReceipts();
        amounts.forEach((r, f) -> {
            BigDecimal v = f.getValue();
            BigDecimal claimed = receipts.get(r).getAmountEur();
            if (v != null && claimed != null && v.signum() >= 0 && v.compareTo(claimed) <= 0 && v.scale() <= 2) {
                typed.put(r, v);
            }
        });
        ReportFigures f = page.figures(typed);
        figures.removeAll();
        figures.add(new H3(getTranslation("review.check.figures")));
        for (ReportFigures.Line line : f.lines()) {
            Paragraph p = new Paragraph(getTranslation(
                    line.flagged() ? "review.check.line-flagged" : "review.check.line",
                    line.label(),
                    Formats.money(line.planned() == null ? BigDecimal.ZERO : line.planned(), getLocale()),
                    Formats.money(line.claimed(), getLocale()),
                    Formats.money(line.recognised(), getLocale())));
            p.addClassName(line.flagged() ? "check-line-flagged" : "check-line");
            figures.add(p);
        }
        figures.add(total("recognised-eligible", f.recognisedEligible()));
        figures.add(total("income", f.actualIncome()));
        figures.add(total("granted", f.granted()));
        figures.add(total("recomputed", f.recomputedGrant()));
        figures.add(total("paid", f.paid()));
        Span balance = new Span(getTranslation(
                "review.check.balance." + f.settlement().outcome().name(),
                Formats.money(f.settlement().balance().abs(), getLocale())));
        balance.setId("check-balance");
        figures.add(new Paragraph(balance));
    }

    private Paragraph total(String name, BigDecimal amount) {
        Paragraph p = new Paragraph(getTranslation("review.check.total." + name, Formats.money(amount, getLocale())));
        p.setId("check-total-" + name);
        return p;
    }
}
