package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.FinancingRules;
import de.kulturbuero.grants.grantapplication.TravelMode;
import de.kulturbuero.grants.shared.i18n.Formats;

/** Read-only pieces of an application's content, shared by the review step and the application page. */
final class ApplicationContent {

    private ApplicationContent() {}

    static String travel(Component c, TravelMode mode, boolean co2) {
        if (mode == null) {
            return null;
        }
        String text = c.getTranslation(mode.messageKey());
        return mode == TravelMode.FLIGHT && co2
                ? text + " (" + c.getTranslation("grantapplication.travel.co2-short") + ")"
                : text;
    }

    /** The financing plan as a table: cost lines, income lines, requested grant and totals. */
    static class FinancingTable extends Composite<NativeTable> {

        FinancingTable(ApplicationDraft d) {
            NativeTable table = getContent();
            table.addClassName("financing-table");
            table.setCaptionText(getTranslation("grantapplication.step.FINANCING"));
            NativeTableRow head = table.getHead().addRow();
            header(head, "grantapplication.financing.col-kind");
            header(head, "grantapplication.financing.col-description");
            header(head, "grantapplication.financing.col-remark");
            header(head, "grantapplication.financing.col-amount");
            var body = table.getBody();
            for (ApplicationDraft.CostLine line : d.getCostLines()) {
                row(
                        body.addRow(),
                        getTranslation("grantapplication.financing.costs") + ": "
                                + (line.getCategory() == null
                                        ? ""
                                        : getTranslation(line.getCategory().messageKey())),
                        line.getDescription(),
                        line.isEligible() ? "" : getTranslation("grantapplication.financing.not-eligible"),
                        Formats.money(line.getAmount(), getLocale()));
            }
            for (ApplicationDraft.IncomeLine line : d.getIncomeLines()) {
                row(
                        body.addRow(),
                        getTranslation("grantapplication.financing.income") + ": "
                                + (line.getKind() == null
                                        ? ""
                                        : getTranslation(line.getKind().messageKey())),
                        line.getDescription(),
                        line.getStatus() == null
                                ? ""
                                : getTranslation(line.getStatus().messageKey()),
                        Formats.money(line.getAmount(), getLocale()));
            }
            row(
                    body.addRow(),
                    getTranslation("grantapplication.field.requested-amount"),
                    "",
                    "",
                    Formats.money(d.getRequestedGrant(), getLocale()));
            FinancingRules.Totals t =
                    FinancingRules.totals(d.getCostLines(), d.getIncomeLines(), d.getRequestedGrant(), null);
            var foot = table.getFoot();
            row(
                    foot.addRow(),
                    getTranslation("grantapplication.financing.total-costs"),
                    "",
                    getTranslation("grantapplication.financing.eligible-costs") + ": "
                            + Formats.money(t.eligibleCosts(), getLocale()),
                    Formats.money(t.totalCosts(), getLocale()));
            row(
                    foot.addRow(),
                    getTranslation("grantapplication.financing.total-income"),
                    "",
                    "",
                    Formats.money(t.income(), getLocale()));
            row(
                    foot.addRow(),
                    getTranslation("grantapplication.financing.difference"),
                    "",
                    "",
                    t.balanced()
                            ? getTranslation("grantapplication.financing.balanced")
                            : Formats.money(t.difference(), getLocale()));
        }

        private void header(NativeTableRow row, String key) {
            NativeTableHeaderCell cell = row.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }

        private static void row(NativeTableRow row, String kind, String description, String remark, String amount) {
            row.addDataCell().setText(kind);
            row.addDataCell().setText(description == null ? "" : description);
            row.addDataCell().setText(remark == null ? "" : remark);
            var a = row.addDataCell();
            a.setText(amount == null ? "" : amount);
            a.addClassName("amount");
        }
    }
}
