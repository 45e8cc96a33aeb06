package de.kulturbuero.grants.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.finalreport.FinalReports;
import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.finalreport.ReportExtensions;
import de.kulturbuero.grants.finalreport.SubmittedReports;
import de.kulturbuero.grants.payment.PaymentFixture;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.shared.SignedIn;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The final report in the officers' case view, without a browser: before the submission only the
 * due date and the requests for more time (never the recipient's draft); once submitted the
 * narrative, the figures against the plan with differences and totals, the receipts (złoty with
 * rate and source), the declarations and the receipt to download. On an award the real review
 * produced ({@link PaymentFixture}: travel 8,500 €, own funds 4,500 €).
 */
@IntegrationTest
class FinalReportCaseViewIT extends SpringBrowserlessTest {

    private final PaymentFixture fixture;
    private final ProgrammeService programmes;

    @Autowired
    FinalReportCaseViewIT(ApplicationContext context, ProgrammeService programmes) {
        this.fixture = new PaymentFixture(context);
        this.programmes = programmes;
    }

    private String section() {
        return $(Component.class).all().stream()
                .filter(c -> c.getId().filter("final-report-section"::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no final report section"))
                .getElement()
                .getTextRecursively();
    }

    private String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private static String money(String amount) {
        return Formats.money(new BigDecimal(amount), Locale.GERMAN);
    }

    @Test
    @WithUserDetails(SignedIn.CLARA)
    void before_the_submission_the_case_shows_the_due_date_and_the_request_for_more_time_but_not_the_draft() {
        long id = fixture.readyForPayment("4000.00");
        LocalDate due = fixture.users().as(PaymentFixture.APPLICANT, () -> {
            FinalReports reports = fixture.bean(FinalReports.class);
            ReportDraft draft = reports.open(id).content();
            draft.setPlace("Geheimer Entwurfsort");
            reports.save(id, draft);
            LocalDate d = reports.dueDate(id);
            fixture.bean(ReportExtensions.class).request(id, d.plusMonths(1), "Der Partner braucht länger.");
            return d;
        });

        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(CaseView.class, id);

        assertThat(section())
                .contains(
                        t("finalreport.office.not-submitted", Formats.date(due, Locale.GERMAN)),
                        Formats.date(due.plusMonths(1), Locale.GERMAN),
                        "Der Partner braucht länger.",
                        t("finalreport.extension.status.OPEN"))
                .doesNotContain("Geheimer Entwurfsort");
        assertThat($(Anchor.class).all())
                .noneMatch(a -> a.getId().filter("final-report-receipt"::equals).isPresent());
    }

    @Test
    @WithUserDetails(SignedIn.CLARA)
    void the_submitted_report_shows_narrative_figures_with_totals_receipts_declarations_and_the_receipt() {
        long id = fixture.readyForPayment("4000.00");
        fixture.users().run(PaymentFixture.APPLICANT, () -> {
            FinalReports reports = fixture.bean(FinalReports.class);
            ReportDraft d = reports.open(id).content();
            complete(d);
            reports.save(id, d);
            reports.submit(id, Locale.GERMAN);
        });

        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(CaseView.class, id);

        assertThat(section())
                .contains(
                        t("finalreport.office.title"),
                        "Hannover und Poznań",
                        "Teatr Ósmego Dnia hat das Programm mit uns geplant.",
                        // travel: planned 8,500, actual 8,000, difference −500; own funds 4,500 → 4,000
                        money("8500.00"),
                        money("8000.00"),
                        money("-500.00"),
                        money("4500.00"),
                        money("4000.00"),
                        t("finalreport.figures.total-costs"),
                        t("finalreport.figures.total-income"),
                        "PKP Intercity",
                        "PLN",
                        "0,23025",
                        "Kontoauszug vom 7. Mai 2026",
                        money("230.25"),
                        t("finalreport.declaration.economical-short"),
                        t("finalreport.office.no-extensions"));
        Anchor receipt = $(Anchor.class).id("final-report-receipt");
        assertThat(receipt.getText()).isEqualTo(t("finalreport.office.receipt"));
        assertThat(fixture.bean(SubmittedReports.class).receipt(id)).isPresent();
    }

    /** The fixture's plan filled in: travel 8,000 € in two receipts (one in złoty), own funds 4,000 €. */
    private void complete(ReportDraft d) {
        d.setCarriedOutAsPlanned(false);
        d.setChanges("Die zweite Probe fand in Poznań statt.");
        d.setActualStart(LocalDate.of(2026, 5, 4));
        d.setActualEnd(LocalDate.of(2026, 5, 12));
        d.setPlace("Hannover und Poznań");
        d.setParticipantsLocal(14);
        d.setParticipantsPartner(11);
        d.setPartnerCityId(programmes.activePartnerCities().stream()
                .filter(c -> c.name().equals("Poznań"))
                .findFirst()
                .orElseThrow()
                .id());
        d.setPartnerContribution("Teatr Ósmego Dnia hat das Programm mit uns geplant.");
        d.setPublicity("Pressemitteilung");
        d.getLines().get(0).setActual(new BigDecimal("8000.00"));
        d.getLines().get(1).setActual(new BigDecimal("4000.00"));
        d.getReceipts().clear();
        d.getReceipts()
                .add(new ReportDraft.Receipt(
                        LocalDate.of(2026, 4, 20), "Deutsche Bahn", "Fahrkarten", 0, new BigDecimal("7769.75")));
        d.getReceipts()
                .add(new ReportDraft.Receipt(
                                LocalDate.of(2026, 5, 6), "PKP Intercity", "Bilety", 0, new BigDecimal("230.25"))
                        .foreign(
                                "PLN",
                                new BigDecimal("1000.00"),
                                new BigDecimal("0.23025"),
                                "Kontoauszug vom 7. Mai 2026"));
        d.getReceipts()
                .add(new ReportDraft.Receipt(
                        LocalDate.of(2026, 5, 31), "Kulturverein", "Eigenmittel", 1, new BigDecimal("4000.00")));
        d.setDeclaredEconomical(true);
        d.setDeclaredReceiptsKept(true);
    }
}
