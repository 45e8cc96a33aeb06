package de.kulturbuero.grants.review;

import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.finalreport.ReportsForOffice;
import de.kulturbuero.grants.grantapplication.ApplicationRules;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.ReportCheckRows;
import de.kulturbuero.grants.security.AccountContact;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.settlement.BaseRates;
import de.kulturbuero.grants.settlement.CityAccount;
import de.kulturbuero.grants.settlement.ReclaimInterest;
import de.kulturbuero.grants.settlement.letters.CheckNote;
import de.kulturbuero.grants.settlement.letters.CheckNotePdf;
import de.kulturbuero.grants.settlement.letters.HearingLetter;
import de.kulturbuero.grants.settlement.letters.HearingLetterPdf;
import de.kulturbuero.grants.settlement.letters.LetterHead;
import de.kulturbuero.grants.settlement.letters.LineFinding;
import de.kulturbuero.grants.settlement.letters.ReclaimNotice;
import de.kulturbuero.grants.settlement.letters.ReclaimNoticePdf;
import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one place where the check of the final report writes its letters: the check note
 * (Prüfvermerk), the hearing letter (Anhörung) and the reclaim notice (Rückforderungsbescheid),
 * each rendered by {@code settlement.letters} in the applicant's language from the stored check
 * and reclaim, stored once with the case's notices (officers download it in the case view, the
 * applicant on the application page) and audited. Called from the engine's steps, so it reads
 * without a signed-in user.
 */
@Component
class SettlementLetters {

    static final String CHECK_NOTE = "CHECK_NOTE";
    static final String HEARING = "HEARING";
    static final String RECLAIM_NOTICE = "RECLAIM_NOTICE";

    private final ReportCheckRows rows;
    private final ReportsForOffice reports;
    private final ApplicationRules rules;
    private final GrantApplicationProcessing applications;
    private final AccountService accounts;
    private final BaseRates baseRates;
    private final CityAccount cityAccount;
    private final AuditLog audit;
    private final Clock clock;

    SettlementLetters(
            ReportCheckRows rows,
            ReportsForOffice reports,
            ApplicationRules rules,
            GrantApplicationProcessing applications,
            AccountService accounts,
            BaseRates baseRates,
            CityAccount cityAccount,
            AuditLog audit,
            Clock clock) {
        this.rows = rows;
        this.reports = reports;
        this.rules = rules;
        this.applications = applications;
        this.accounts = accounts;
        this.baseRates = baseRates;
        this.cityAccount = cityAccount;
        this.audit = audit;
        this.clock = clock;
    }

    /** The check note, once the check is final (accepted, or its reclaim confirmed by the second officer). */
    void checkNote(long applicationId) {
        ReportCheck check = rows.check(applicationId).orElseThrow();
        Locale locale = locale(applicationId);
        String depth = rows.draw(applicationId)
                .map(d -> Bundle.text(
                        locale,
                        "review.check.depth." + d.reason(),
                        Formats.money(d.granted(), locale),
                        Formats.money(d.threshold(), locale),
                        d.value().toPlainString(),
                        d.share()
                                .multiply(new BigDecimal(100))
                                .stripTrailingZeros()
                                .toPlainString()))
                .orElse("");
        CheckNote note = new CheckNote(
                head(applicationId, check.checkedBy()),
                check.inDepth(),
                depth,
                findings(applicationId, check),
                check.recognisedEligible(),
                check.actualIncome(),
                check.granted(),
                check.recomputedGrant(),
                check.paid(),
                check.balance(),
                check.note(),
                name(check.checkedBy()),
                check.confirmedBy() == null ? null : name(check.confirmedBy()));
        store(applicationId, CHECK_NOTE, locale, CheckNotePdf.render(note, locale));
    }

    /** The hearing letter before a reclaim. */
    void hearingLetter(long applicationId) {
        ReportCheck check = rows.check(applicationId).orElseThrow();
        Reclaim reclaim = rows.reclaim(applicationId).orElseThrow();
        Locale locale = locale(applicationId);
        HearingLetter letter = new HearingLetter(
                head(applicationId, check.confirmedBy()),
                findings(applicationId, check),
                check.granted(),
                check.recomputedGrant(),
                check.paid(),
                reclaim.proposed(),
                reclaim.hearingDue());
        store(applicationId, HEARING, locale, HearingLetterPdf.render(letter, locale));
    }

    /** The reclaim notice with the amount and the interest as decided. */
    void reclaimNotice(long applicationId) {
        ReportCheck check = rows.check(applicationId).orElseThrow();
        Reclaim reclaim = rows.reclaim(applicationId).orElseThrow();
        Locale locale = locale(applicationId);
        ReclaimInterest.Result interest = reclaim.interestWaived()
                ? null
                : ReclaimInterest.compute(
                        reclaim.amount(), reclaim.interestFrom(), reclaim.dueDate(), baseRates.tableForJobs());
        ApplicationSummary a = applications.summary(applicationId);
        ReclaimNotice notice = new ReclaimNotice(
                head(applicationId, reclaim.decidedBy()),
                findings(applicationId, check),
                check.granted(),
                check.recomputedGrant(),
                check.paid(),
                reclaim.amount(),
                interest,
                reclaim.interestWaived() ? reclaim.waiverReason() : null,
                reclaim.interestFrom(),
                reclaim.dueDate(),
                cityAccount,
                a.referenceNumber(),
                "",
                reports.requests(applicationId).hearingResponse());
        store(applicationId, RECLAIM_NOTICE, locale, ReclaimNoticePdf.render(notice, locale));
    }

    /** Per cost line of the report: planned, claimed, recognised, and the reasons given on its receipts. */
    private List<LineFinding> findings(long applicationId, ReportCheck check) {
        ReportDraft report = reports.content(applicationId).orElseThrow();
        List<ReceiptCheck> receipts = rows.receipts(applicationId);
        Map<Integer, BigDecimal> recognised = new HashMap<>();
        receipts.forEach(r -> recognised.put(r.receiptPosition(), r.recognised()));
        BigDecimal tolerance = rows.terms(applicationId).lineTolerance();
        ReportFigures figures = ReportFigures.compute(
                report,
                recognised,
                tolerance == null ? ReportFigures.DEFAULT_TOLERANCE : tolerance,
                rules.rulesOf(applicationId).orElseThrow(),
                check.granted(),
                check.paid());
        return figures.lines().stream()
                .map(l -> new LineFinding(
                        l.label(),
                        l.planned() == null ? BigDecimal.ZERO : l.planned(),
                        l.claimed(),
                        l.recognised(),
                        receipts.stream()
                                .filter(r -> r.linePosition() != null
                                        && r.linePosition() == l.position()
                                        && r.reason() != null)
                                .map(ReceiptCheck::reason)
                                .collect(Collectors.joining("; "))))
                .toList();
    }

    private LetterHead head(long applicationId, Long officerId) {
        ApplicationSummary a = applications.summary(applicationId);
        AccountContact applicant =
                accounts.contact(applications.applicantId(applicationId)).orElseThrow();
        return new LetterHead(
                a.referenceNumber(),
                a.title(),
                applicant.displayName(),
                "",
                LocalDate.now(clock.withZone(Formats.ZONE)),
                officerId == null ? "" : name(officerId));
    }

    private String name(long accountId) {
        return accounts.contact(accountId).map(AccountContact::displayName).orElse("");
    }

    private Locale locale(long applicationId) {
        return Bundle.locale(accounts.contact(applications.applicantId(applicationId))
                .orElseThrow()
                .language());
    }

    private void store(long applicationId, String kind, Locale locale, byte[] pdf) {
        String reference = applications.summary(applicationId).referenceNumber();
        String fileName = reference + "-" + Bundle.text(locale, "review.letter.file." + kind) + ".pdf";
        applications.storeNotice(applicationId, kind, locale.getLanguage(), fileName, pdf);
        audit.record(applicationId, null, "LETTER_ISSUED", null, clock.instant(), kind);
    }
}
