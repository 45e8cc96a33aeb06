package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.kulturbuero.grants.review.ReclaimSteps;
import de.kulturbuero.grants.review.ReportCheck;
import de.kulturbuero.grants.review.ReportCheckPage;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;

/** Task_ConfirmReclaim: the second pair of eyes confirms the reclaim the check proposes, or sends it back with a reason. */
class ConfirmReclaimForm extends Div {

    private static final ConfirmOrRefuse.Texts TEXTS = new ConfirmOrRefuse.Texts(
            "review.reclaim.confirm",
            "review.reclaim.send-back",
            "review.reclaim.reason",
            "review.reclaim.reason-help",
            "review.reclaim.error.reason-missing",
            "review.reclaim.confirmed",
            "review.reclaim.sent-back");

    ConfirmReclaimForm(ReportCheckPage page, ReclaimSteps reclaims, ErrorSummary errors) {
        ReportCheck check = page.check().orElseThrow();
        Paragraph summary = new Paragraph(getTranslation(
                "review.reclaim.summary",
                Formats.money(check.recomputedGrant(), getLocale()),
                Formats.money(check.paid(), getLocale()),
                Formats.money(check.balance().negate(), getLocale())));
        summary.setId("reclaim-summary");
        add(summary, new Paragraph(getTranslation("review.reclaim.note", check.note())));
        add(new ConfirmOrRefuse(
                TEXTS,
                errors,
                () -> reclaims.confirm(page.taskId()),
                reason -> reclaims.sendBack(page.taskId(), reason)));
    }
}
