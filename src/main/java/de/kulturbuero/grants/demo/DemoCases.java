package de.kulturbuero.grants.demo;

import de.kulturbuero.grants.grantapplication.ApplicationDraft;
import de.kulturbuero.grants.grantapplication.CostCategory;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.grantapplication.IncomeKind;
import de.kulturbuero.grants.grantapplication.ProjectCategory;
import de.kulturbuero.grants.grantapplication.TravelMode;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.review.CaseFile;
import de.kulturbuero.grants.review.CaseFiles;
import de.kulturbuero.grants.review.ContentReviewSummary;
import de.kulturbuero.grants.review.ContentReviewing;
import de.kulturbuero.grants.review.Deciding;
import de.kulturbuero.grants.review.FormalCheckOutcome;
import de.kulturbuero.grants.review.FormalChecks;
import de.kulturbuero.grants.review.ProcessStep;
import de.kulturbuero.grants.review.TaskPages;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Approved demo grants in the three states of the money phase, made once (on the first start of a
 * demo database) through the same use cases the pages call, each as the demo user whose job it
 * is: one not yet final (the applicant may waive the appeal), one with a request waiting for the
 * clerk's check, one ordered and waiting for the cash office's payment run. Runs after start-up
 * in its own thread, because the approval notice and the award are written by the job executor.
 */
@Component
@ConditionalOnProperty(name = "grants.demo-cases", havingValue = "true")
public class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    static final String ANNA = "anna@example.org";
    static final String BEN = "ben@example.org";
    static final String CLARA = "clara@example.org";
    static final String RITA = "rita@example.org";
    static final String ROLF = "rolf@example.org";
    static final String FINN = "finn@example.org";

    /** The titles mark the demo cases: when the first exists, the demo database has them already. */
    static final String NOT_FINAL = "Sommerakademie Rouen–Hannover";

    static final String REQUESTED = "Brass Band Exchange Bristol";
    static final String ORDERED = "Kalligrafie-Werkstatt mit Hiroshima";

    private final UserDetailsService users;
    private final ProgrammeService programmes;
    private final GrantApplicationService applications;
    private final FormalChecks formalChecks;
    private final ContentReviewing contentReviewing;
    private final Deciding deciding;
    private final TaskPages taskPages;
    private final CaseFiles caseFiles;
    private final DemoPayments payments;

    DemoCases(
            UserDetailsService users,
            ProgrammeService programmes,
            GrantApplicationService applications,
            FormalChecks formalChecks,
            ContentReviewing contentReviewing,
            Deciding deciding,
            TaskPages taskPages,
            CaseFiles caseFiles,
            DemoPayments payments) {
        this.users = users;
        this.programmes = programmes;
        this.applications = applications;
        this.formalChecks = formalChecks;
        this.contentReviewing = contentReviewing;
        this.deciding = deciding;
        this.taskPages = taskPages;
        this.caseFiles = caseFiles;
        this.payments = payments;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        Thread.ofVirtual().name("demo-cases").start(() -> {
            try {
                createIfAbsent();
            } catch (RuntimeException e) {
                // a demo convenience must never stop the portal; the log says what failed
                log.warn("Demo cases could not be created", e);
            }
        });
    }

    /** Creates the demo cases unless Anna has them already; returns whether it did. */
    public synchronized boolean createIfAbsent() {
        boolean present =
                as(ANNA, () -> applications.myApplications().stream().anyMatch(a -> NOT_FINAL.equals(a.title())));
        if (present) {
            return false;
        }
        List<PartnerCitySummary> cities = programmes.activePartnerCities();
        approved(ANNA, NOT_FINAL, city(cities, "Rouen"), "4000.00");
        long requested = approved(BEN, REQUESTED, city(cities, "Bristol"), "3000.00");
        readyForPayment(BEN, requested, "Youth Brass Band Hannover", "GB33BUKB20201555555555", "BUKBGB22");
        as(BEN, () -> payments.request(requested, "1800.00", "Coach travel to Bristol, first half of the fees"));
        long ordered = approved(ANNA, ORDERED, city(cities, "Hiroshima"), "5000.00");
        readyForPayment(ANNA, ordered, "Kulturverein Linden e.V.", "DE02120300000000202051", null);
        as(ANNA, () -> payments.request(ordered, "2700.00", "Flüge und Materialkosten der Werkstatt"));
        as(CLARA, () -> payments.check(ordered));
        as(FINN, () -> payments.order(ordered));
        log.info("Demo cases ready: '{}', '{}', '{}'", NOT_FINAL, REQUESTED, ORDERED);
        return true;
    }

    private long approved(String applicant, String title, long cityId, String amount) {
        BigDecimal grant = new BigDecimal(amount);
        long id = as(applicant, () -> {
            long draft = applications.createDraft(internationalCulture().id());
            applications.saveDraft(draft, draft(title, cityId, grant));
            return applications.submit(draft, Locale.GERMAN).id();
        });
        as(
                CLARA,
                () -> formalChecks.complete(
                        task(id, ProcessStep.FORMAL_CHECK), FormalCheckOutcome.COMPLETE, null, null, false));
        as(RITA, () -> {
            String task = task(id, ProcessStep.CONTENT_REVIEW);
            Map<String, Integer> scores = new LinkedHashMap<>();
            taskPages.task(task).criterionCodes().forEach(c -> scores.put(c, 4));
            contentReviewing.complete(task, scores, ContentReviewSummary.APPROVE, grant, "Überzeugende Partnerschaft.");
        });
        as(ROLF, () -> deciding.decide(task(id, ProcessStep.DECISION_REVIEWER), true, grant, null, null));
        // the approval notice and the award are made by the job executor, after this transaction
        waitFor(() -> as(applicant, () -> payments.award(id)), Duration.ofSeconds(90), title);
        return id;
    }

    private void readyForPayment(String applicant, long id, String holder, String iban, String bic) {
        as(applicant, () -> {
            payments.waive(id);
            payments.bankDetails(id, holder, iban, bic);
        });
    }

    private String task(long applicationId, ProcessStep step) {
        CaseFile file = caseFiles.caseFile(applicationId);
        return file.openTasks().stream()
                .filter(t -> t.step().equals(step.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Demo case " + applicationId + " has no open " + step + ": " + file.openTasks()))
                .taskId();
    }

    private ProgrammeSummary internationalCulture() {
        return programmes.allProgrammes().stream()
                .filter(p -> "IK".equals(p.referencePrefix()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The seed data lacks the IK programme"));
    }

    private static long city(List<PartnerCitySummary> cities, String name) {
        return cities.stream()
                .filter(c -> c.name().startsWith(name))
                .findFirst()
                .orElse(cities.getFirst())
                .id();
    }

    private static ApplicationDraft draft(String title, long cityId, BigDecimal grant) {
        LocalDate start = LocalDate.now().plusMonths(3);
        ApplicationDraft d = new ApplicationDraft();
        d.setTitle(title);
        d.setSummary("Ein Austausch mit der Partnerstadt: Werkstätten, eine Abschlusspräsentation, Begegnungen.");
        d.setDescription("Zwei Wochen gemeinsamer Arbeit von Jugendlichen und Künstlerinnen beider Städte.");
        d.setCategory(ProjectCategory.MUSIC);
        d.setPartnerCityId(cityId);
        d.setPartnerOrganisation("Partnerverein der Städtepartnerschaft");
        d.setPartnerContact("Partnerbüro, partner@example.org");
        d.setPartnerCountry("Partnerland");
        d.setPartnerRole("Plant das Programm mit und stellt die Räume.");
        d.setPlace("Hannover und die Partnerstadt");
        d.setStartDate(start);
        d.setEndDate(start.plusDays(14));
        d.setParticipantsLocal(12);
        d.setParticipantsPartner(12);
        BigDecimal costs = grant.multiply(BigDecimal.TWO).add(new BigDecimal("500.00"));
        d.getCostLines().add(new ApplicationDraft.CostLine(CostCategory.TRAVEL, "Bahn und Flug", costs, true));
        d.getIncomeLines()
                .add(new ApplicationDraft.IncomeLine(IncomeKind.OWN_FUNDS, "Eigenmittel", costs.subtract(grant), null));
        d.setRequestedGrant(grant);
        d.setTravelModeLocal(TravelMode.TRAIN);
        d.setTravelModePartner(TravelMode.TRAIN);
        d.setDeclaredTruthful(true);
        d.setDeclaredPrivacy(true);
        d.setDeclaredNotStarted(true);
        return d;
    }

    private static void waitFor(Supplier<Boolean> done, Duration max, String what) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!done.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The award of demo case '" + what + "' did not open within " + max);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void as(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }

    /** Runs as the demo user, as their own sign-in would; the thread is signed out afterwards. */
    private <T> T as(String email, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
