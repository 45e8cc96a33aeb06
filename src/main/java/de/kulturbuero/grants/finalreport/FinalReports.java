package de.kulturbuero.grants.finalreport;

import de.kulturbuero.grants.finalreport.domain.FinalReportPdf;
import de.kulturbuero.grants.finalreport.domain.ReportRows;
import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.ApplicationGate;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.payment.AwardOverview;
import de.kulturbuero.grants.payment.ReportDeadline;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.i18n.Countries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipient's final report: opened once the grant is awarded (the plan's lines copied as the
 * planned figures), saved at every change with format checks only, checked for completeness,
 * submitted once with a receipt PDF. Only the applicant of the application, never anyone else:
 * another applicant's id is refused exactly like an unknown one.
 */
@Service
public class FinalReports {

    /** There is no award (yet) to report on. */
    public static final String NOT_AWARDED = "finalreport.error.not-awarded";

    public static final String HEARING_RESPONSE_MISSING = "finalreport.hearing.error.missing";
    public static final String HEARING_RESPONSE_LONG = "finalreport.hearing.error.long";
    public static final String HEARING_CLOSED = "finalreport.hearing.error.closed";
    public static final int MAX_RESPONSE = 8000;

    private final ApplicationGate gate;
    private final AwardOverview awards;
    private final GrantApplicationService applications;
    private final ProgrammeService programmes;
    private final ReportRows rows;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReportDeadline deadline;

    FinalReports(
            ApplicationGate gate,
            AwardOverview awards,
            GrantApplicationService applications,
            ProgrammeService programmes,
            ReportRows rows,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ReportDeadline deadline) {
        this.gate = gate;
        this.awards = awards;
        this.applications = applications;
        this.programmes = programmes;
        this.rows = rows;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.deadline = deadline;
    }

    /**
     * The report of an awarded application; the first call creates the draft with the lines of the
     * financing plan (their amounts as the planned figures, the actual ones empty).
     *
     * @throws FinalReportRefused with {@link #NOT_AWARDED} before the approval's award exists
     */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional
    public FinalReport open(long applicationId) {
        ApplicationSummary application = gate.own(applicationId);
        if (rows.find(applicationId).isEmpty()) {
            if (!application.status().isAwarded() || awards.of(applicationId).isEmpty()) {
                throw new FinalReportRefused(NOT_AWARDED);
            }
            if (rows.create(applicationId, clock.instant())) {
                rows.insertLines(applicationId, planLines(applications.draft(applicationId)));
            }
        }
        return report(application);
    }

    /**
     * Saves the report as the form holds it; only format checks apply (lengths, amounts, rates,
     * codes). The planned figures are the plan's and stay as they are, whatever the form sends.
     *
     * @return the new version, which the next save must carry
     * @throws FinalReportRefused with the format problems (nothing saved), {@link
     *     FinalReportRefused#CONFLICT} when the report was saved elsewhere since {@code draft} was
     *     loaded, {@link FinalReportRefused#SUBMITTED} once it is submitted
     */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional
    public long save(long applicationId, ReportDraft draft) {
        gate.own(applicationId);
        ReportRows.Header header = rows.lock(applicationId).orElseThrow(() -> new FinalReportRefused(NOT_AWARDED));
        if (header.isSubmitted()) {
            throw new FinalReportRefused(FinalReportRefused.SUBMITTED);
        }
        if (header.version() != draft.getVersion()) {
            throw new FinalReportRefused(FinalReportRefused.CONFLICT);
        }
        List<ReportProblem> problems = new ArrayList<>();
        ReportDraft clean = normalised(draft, rows.load(applicationId), problems);
        problems.addAll(FinalReportRules.formatProblems(clean));
        partnerCity(clean, problems);
        if (!problems.isEmpty()) {
            throw new FinalReportRefused(problems);
        }
        return rows.save(applicationId, clean, clock.instant());
    }

    /** Everything that still stops the report from being submitted (empty: ready). */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional(readOnly = true)
    public List<ReportProblem> problems(long applicationId) {
        gate.own(applicationId);
        rows.find(applicationId).orElseThrow(() -> new FinalReportRefused(NOT_AWARDED));
        return check(rows.load(applicationId));
    }

    /**
     * Submits the report: everything is checked again under the row's lock, the receipt PDF is
     * stored and {@link FinalReportSubmitted} is published, all in this transaction. A second call
     * (double click, second tab) returns the submitted report and changes nothing.
     *
     * @param language the language of the page (the receipt's language)
     * @throws FinalReportRefused with the problems when the report is not complete
     */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional
    public FinalReport submit(long applicationId, Locale language) {
        ApplicationSummary application = gate.own(applicationId);
        PortalUser user = currentUser.require();
        ReportRows.Header header = rows.lock(applicationId).orElseThrow(() -> new FinalReportRefused(NOT_AWARDED));
        if (!header.isSubmitted()) {
            ReportDraft content = rows.load(applicationId);
            List<ReportProblem> problems = check(content);
            if (!problems.isEmpty()) {
                throw new FinalReportRefused(problems);
            }
            Instant now = clock.instant();
            Locale locale = Bundle.locale(language == null ? user.preferredLanguage() : language.getLanguage());
            String city = Optional.ofNullable(content.getPartnerCityId())
                    .flatMap(programmes::partnerCity)
                    .map(c -> c.name() + " (" + Countries.display(c.country(), locale) + ")")
                    .orElse(null);
            byte[] pdf = FinalReportPdf.render(
                    new FinalReportPdf.Receipt(
                            application.referenceNumber(), application.title(), user.displayName(), now, city, content),
                    locale);
            rows.submitted(applicationId, user.accountId(), now, locale.getLanguage(), pdf);
            events.publishEvent(new FinalReportSubmitted(applicationId, user.accountId()));
        }
        return report(application);
    }

    /**
     * The recipient's response in the hearing before a reclaim; publishes {@link HearingResponded}
     * in this transaction.
     *
     * @throws FinalReportRefused when the response is blank or too long, or no hearing is open
     */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional
    public void respondToHearing(long applicationId, String response) {
        gate.own(applicationId);
        PortalUser user = currentUser.require();
        if (response == null || response.isBlank()) {
            throw new FinalReportRefused(HEARING_RESPONSE_MISSING);
        }
        if (response.strip().length() > MAX_RESPONSE) {
            throw new FinalReportRefused(HEARING_RESPONSE_LONG);
        }
        rows.lock(applicationId).orElseThrow(() -> new FinalReportRefused(NOT_AWARDED));
        if (!rows.respondToHearing(applicationId, response.strip(), clock.instant())) {
            throw new FinalReportRefused(HEARING_CLOSED);
        }
        events.publishEvent(new HearingResponded(applicationId, user.accountId()));
    }

    /** The receipt PDF of the submitted report; empty before the submission. */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional(readOnly = true)
    public Optional<byte[]> receipt(long applicationId) {
        gate.own(applicationId);
        return rows.pdf(applicationId);
    }

    /**
     * When the report is due: {@code grants.report.due-months} after the project's end, or the date
     * of a granted extension; null without either.
     */
    @PreAuthorize(Roles.APPLICANTS)
    @Transactional(readOnly = true)
    public LocalDate dueDate(long applicationId) {
        return dueDate(gate.own(applicationId));
    }

    private LocalDate dueDate(ApplicationSummary application) {
        return deadline.dueOn(application.id(), application.endDate());
    }

    private FinalReport report(ApplicationSummary application) {
        ReportRows.Header header = rows.find(application.id()).orElseThrow();
        return new FinalReport(
                application,
                dueDate(application),
                status(header),
                header.savedAt(),
                header.submittedAt(),
                header.hasPdf(),
                rows.load(application.id()),
                rows.officeRequests(application.id()));
    }

    private static FinalReport.Status status(ReportRows.Header header) {
        return switch (header.status()) {
            case ReportRows.SUBMITTED -> FinalReport.Status.SUBMITTED;
            case ReportRows.CORRECTION -> FinalReport.Status.CORRECTION;
            default -> FinalReport.Status.DRAFT;
        };
    }

    private List<ReportProblem> check(ReportDraft content) {
        List<ReportProblem> problems = FinalReportRules.check(content);
        partnerCity(content, problems);
        return problems;
    }

    private void partnerCity(ReportDraft d, List<ReportProblem> problems) {
        if (d.getPartnerCityId() != null
                && programmes.partnerCity(d.getPartnerCityId()).isEmpty()) {
            problems.add(new ReportProblem("partnerCityId", "finalreport.error.partner-city-unknown"));
        }
    }

    /** The plan's cost lines, then its income lines, each with its index among the lines of its kind. */
    static List<ReportDraft.Line> planLines(ApplicationDraft plan) {
        List<ReportDraft.Line> lines = new ArrayList<>();
        for (int i = 0; i < plan.getCostLines().size(); i++) {
            ApplicationDraft.CostLine c = plan.getCostLines().get(i);
            lines.add(new ReportDraft.Line(
                    ReportDraft.Kind.COST,
                    i,
                    c.getCategory() == null ? null : c.getCategory().name(),
                    c.getDescription(),
                    c.isEligible(),
                    c.getAmount(),
                    null));
        }
        for (int i = 0; i < plan.getIncomeLines().size(); i++) {
            ApplicationDraft.IncomeLine in = plan.getIncomeLines().get(i);
            lines.add(new ReportDraft.Line(
                    ReportDraft.Kind.INCOME,
                    i,
                    in.getKind() == null ? null : in.getKind().name(),
                    in.getDescription(),
                    true,
                    in.getAmount(),
                    null));
        }
        return lines;
    }

    /**
     * The form's content as it is stored: texts trimmed, plan lines with the plan's own figures
     * (only the actual amount comes from the form), no rate on a euro receipt. A form whose plan
     * lines are not exactly the stored ones (a stale or forged form) is a problem.
     */
    private static ReportDraft normalised(ReportDraft in, ReportDraft stored, List<ReportProblem> problems) {
        ReportDraft d = new ReportDraft();
        d.setVersion(in.getVersion());
        d.setCarriedOutAsPlanned(in.getCarriedOutAsPlanned());
        d.setChanges(trim(in.getChanges()));
        d.setActualStart(in.getActualStart());
        d.setActualEnd(in.getActualEnd());
        d.setPlace(trim(in.getPlace()));
        d.setParticipantsLocal(in.getParticipantsLocal());
        d.setParticipantsPartner(in.getParticipantsPartner());
        d.setPartnerCityId(in.getPartnerCityId());
        d.setPartnerContribution(trim(in.getPartnerContribution()));
        d.setPublicity(trim(in.getPublicity()));
        d.setDeclaredEconomical(in.isDeclaredEconomical());
        d.setDeclaredReceiptsKept(in.isDeclaredReceiptsKept());

        Map<String, ReportDraft.Line> plan = new HashMap<>();
        stored.getLines().stream().filter(ReportDraft.Line::isPlanLine).forEach(l -> plan.put(key(l), l));
        Set<String> seen = new HashSet<>();
        boolean planChanged = false;
        for (ReportDraft.Line l : in.getLines()) {
            if (l.isPlanLine()) {
                ReportDraft.Line p = plan.get(key(l));
                if (p == null || !seen.add(key(l))) {
                    planChanged = true;
                    continue;
                }
                d.getLines()
                        .add(new ReportDraft.Line(
                                p.getKind(),
                                p.getPlanPosition(),
                                p.getCategory(),
                                p.getLabel(),
                                p.isEligible(),
                                p.getPlanned(),
                                l.getActual()));
            } else {
                d.getLines()
                        .add(new ReportDraft.Line(
                                l.getKind(),
                                null,
                                trim(l.getCategory()),
                                trim(l.getLabel()),
                                l.getKind() != ReportDraft.Kind.COST || l.isEligible(),
                                null,
                                l.getActual()));
            }
        }
        if (planChanged || seen.size() != plan.size()) {
            problems.add(new ReportProblem("lines", "finalreport.error.plan-changed"));
        }
        for (ReportDraft.Receipt r : in.getReceipts()) {
            String currency = r.getCurrency() == null || r.getCurrency().isBlank()
                    ? FinalReportRules.EUR
                    : r.getCurrency().strip().toUpperCase(Locale.ROOT);
            ReportDraft.Receipt c = new ReportDraft.Receipt(
                    r.getDate(), trim(r.getPayee()), trim(r.getPurpose()), r.getLine(), r.getAmountEur());
            if (FinalReportRules.EUR.equals(currency)) {
                c.foreign(currency, null, null, null);
            } else {
                c.foreign(currency, r.getOriginalAmount(), r.getRate(), trim(r.getRateSource()));
            }
            d.getReceipts().add(c);
        }
        return d;
    }

    private static String key(ReportDraft.Line l) {
        return l.getKind() + "/" + l.getPlanPosition();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
