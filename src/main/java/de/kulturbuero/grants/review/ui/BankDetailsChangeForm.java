package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import de.kulturbuero.grants.review.AwardFile;
import de.kulturbuero.grants.review.BankDetailsConfirmations;
import de.kulturbuero.grants.review.PaymentTask;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import java.util.function.Function;

/**
 * Task_ConfirmBankDetails: the current and the changed bank details side by side, with who
 * entered the change and when; a second person confirms or rejects it.
 */
class BankDetailsChangeForm extends Composite<Div> {

    private static final ConfirmOrRefuse.Texts TEXTS = new ConfirmOrRefuse.Texts(
            "review.payment.bank.confirm",
            "review.payment.bank.reject",
            "review.payment.bank.reason",
            "review.payment.bank.reason-help",
            "payment.bank.error.reason-missing",
            "review.payment.bank.done",
            "review.payment.bank.rejected");

    BankDetailsChangeForm(PaymentTask task, BankDetailsConfirmations confirmations, ErrorSummary errors) {
        Div root = getContent();
        AwardFile.Account current = task.award().bankDetails();
        AwardFile.Account changed = task.award().pendingBankDetails();
        if (changed == null) {
            root.add(new Paragraph(getTranslation("payment.bank.error.nothing-pending")));
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("bank-details-change");
        table.addClassName("payment-table");
        table.setCaptionText(getTranslation("review.payment.bank.title"));
        NativeTableRow head = table.getHead().addRow();
        header(head, "review.payment.bank.detail");
        header(head, "review.payment.bank.current");
        header(head, "review.payment.bank.new");
        row(table, "review.payment.holder", current, changed, AwardFile.Account::holder, true);
        row(table, "review.payment.iban", current, changed, AwardFile.Account::iban, true);
        row(table, "review.payment.bic", current, changed, AwardFile.Account::bic, true);
        row(table, "review.payment.bank.entered-by", current, changed, AwardFile.Account::enteredByName, false);
        row(
                table,
                "review.payment.bank.entered-at",
                current,
                changed,
                a -> a.enteredAt() == null ? null : Formats.dateTime(a.enteredAt(), getLocale()),
                false);
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        root.add(
                scroll,
                new ConfirmOrRefuse(
                        TEXTS,
                        errors,
                        () -> confirmations.confirm(task.taskId(), changed.id()),
                        reason -> confirmations.reject(task.taskId(), changed.id(), reason)));
    }

    private void header(NativeTableRow row, String key) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
    }

    private void row(
            NativeTable table,
            String key,
            AwardFile.Account current,
            AwardFile.Account changed,
            Function<AwardFile.Account, String> value,
            boolean markChange) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell label = row.addHeaderCell();
        label.setText(getTranslation(key));
        label.getElement().setAttribute("scope", "row");
        String before = text(current == null ? null : value.apply(current));
        String after = text(value.apply(changed));
        row.addDataCell().setText(before);
        // the change is named in words, not only by a highlight, so that it reads out and prints
        row.addDataCell()
                .setText(
                        markChange && !before.equals(after)
                                ? getTranslation("review.payment.bank.changed", after)
                                : after);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
