package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.payment.domain.BankDetailsRows;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.payment.domain.RunRows;
import de.kulturbuero.grants.payment.files.Pain001Writer;
import de.kulturbuero.grants.payment.files.PaymentCsvWriter;
import de.kulturbuero.grants.payment.files.PaymentFileLine;
import de.kulturbuero.grants.payment.files.PaymentRunFile;
import de.kulturbuero.grants.programme.PaymentTerms;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cash office's payment runs: ordered payments are collected into a run, handed over as a
 * SEPA pain.001 file and a CSV for the city's finance system, and marked executed with the
 * booking date. A run is fixed once downloaded; it can only be executed or cancelled with a
 * reason, which frees its payments for the next run.
 */
@Service
@PreAuthorize(Roles.FINANCES)
public class PaymentRuns {

    /** The two files of a run. */
    public enum Format {
        PAIN_001("xml", "application/xml"),
        CSV("csv", "text/csv");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    public record RunFile(String fileName, String mediaType, byte[] content) {}

    /** A payment as the cash office lists it. */
    public record Payment(
            long id,
            long applicationId,
            String referenceNumber,
            int number,
            String payee,
            String iban,
            BigDecimal amount,
            PaymentRows.Status status,
            Long runId,
            LocalDate neededBy) {}

    public record Run(RunRows.Row row, List<Payment> payments, BigDecimal total) {

        /** The run without its table row, for the cash office's page. */
        public RunSummary summary() {
            return RunSummary.of(row);
        }
    }

    /** A run's state; the page shows it as text. */
    public enum RunStatus {
        OPEN,
        DOWNLOADED,
        EXECUTED,
        CANCELLED
    }

    /** A run as the cash office's page lists it (views may not use the table rows of {@code domain}). */
    public record RunSummary(
            long id,
            String messageId,
            RunStatus status,
            LocalDate executionDate,
            Instant createdAt,
            Instant downloadedAt,
            LocalDate bookingDate,
            String cancelReason) {

        static RunSummary of(RunRows.Row row) {
            return new RunSummary(
                    row.id(),
                    row.messageId(),
                    RunStatus.valueOf(row.status().name()),
                    row.executionDate(),
                    row.createdAt(),
                    row.downloadedAt(),
                    row.bookingDate(),
                    row.cancelReason());
        }
    }

    /** The account the city pays from, as configured for its cash office. */
    public record Debtor(String name, String iban, String bic) {}

    private static final DateTimeFormatter MESSAGE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PaymentRows payments;
    private final RunRows runs;
    private final BankDetailsRows bankDetails;
    private final GrantApplicationProcessing applications;
    private final Awards awards;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Debtor debtor;
    private final SecureRandom random = new SecureRandom();

    PaymentRuns(
            PaymentRows payments,
            RunRows runs,
            BankDetailsRows bankDetails,
            GrantApplicationProcessing applications,
            Awards awards,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${grants.payment.debtor-name}") String debtorName,
            @Value("${grants.payment.debtor-iban}") String debtorIban,
            @Value("${grants.payment.debtor-bic:}") String debtorBic) {
        this.payments = payments;
        this.runs = runs;
        this.bankDetails = bankDetails;
        this.applications = applications;
        this.awards = awards;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.debtor = new Debtor(debtorName, debtorIban, debtorBic.isBlank() ? null : debtorBic);
    }

    /** Ordered payments that are in no run yet. */
    @Transactional(readOnly = true)
    public List<Payment> waiting() {
        return payments.orderedWithoutRun().stream().map(this::toPayment).toList();
    }

    @Transactional(readOnly = true)
    public List<RunRows.Row> latest(int limit) {
        return runs.latest(limit);
    }

    /** The newest runs first, as the cash office's page lists them. */
    @Transactional(readOnly = true)
    public List<RunSummary> latestRuns(int limit) {
        return runs.latest(limit).stream().map(RunSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Run run(long runId) {
        RunRows.Row row = runs.find(runId).orElseThrow(() -> new PaymentRefused(null, "payment.run.error.unknown"));
        List<Payment> list = payments.inRun(runId).stream().map(this::toPayment).toList();
        BigDecimal total = list.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Run(row, list, total);
    }

    /** Collects every ordered payment that is in no run into a new run; refused when there is none. */
    @Transactional
    public long create(LocalDate executionDate) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        if (executionDate == null || executionDate.isBefore(today)) {
            throw new PaymentRefused("executionDate", "payment.run.error.execution-date");
        }
        List<PaymentRows.Row> ordered = payments.orderedWithoutRunForUpdate();
        if (ordered.isEmpty()) {
            throw new PaymentRefused(null, "payment.run.error.nothing-ordered");
        }
        long me = currentUser.require().accountId();
        String messageId = "KB" + MESSAGE_TIME.format(clock.instant().atZone(Formats.ZONE))
                + HexFormat.of().formatHex(bytes(5));
        long runId = runs.insert(messageId.toUpperCase(), executionDate, me, clock.instant());
        for (PaymentRows.Row p : ordered) {
            payments.assignRun(p.id(), runId);
            publish(p, runId, "COLLECTED", me);
        }
        return runId;
    }

    /** One of the run's files; the first download fixes the run. */
    @Transactional
    public RunFile download(long runId, Format format) {
        RunRows.Row row = runs.lock(runId).orElseThrow(() -> new PaymentRefused(null, "payment.run.error.unknown"));
        if (row.status() == RunRows.Status.CANCELLED) {
            throw new PaymentRefused(null, "payment.run.error.cancelled");
        }
        long me = currentUser.require().accountId();
        List<PaymentRows.Row> list = payments.inRun(runId);
        if (row.status() == RunRows.Status.OPEN) {
            if (row.executionDate().isBefore(LocalDate.now(clock.withZone(Formats.ZONE)))) {
                // the file would ask the bank to pay in the past: cancel the run and collect the payments anew
                throw new PaymentRefused(null, "payment.run.error.execution-date-passed", row.executionDate());
            }
            runs.downloaded(runId, me, clock.instant());
            list.forEach(p -> publish(p, runId, "DOWNLOADED", me));
        }
        PaymentRunFile file = new PaymentRunFile(
                row.messageId(),
                row.createdAt(),
                row.executionDate(),
                debtor.name(),
                debtor.iban(),
                debtor.bic(),
                list.stream().map(this::line).toList());
        byte[] content =
                format == Format.PAIN_001 ? new Pain001Writer().write(file) : new PaymentCsvWriter().write(file);
        return new RunFile("zahlungslauf-" + runId + "." + format.extension, format.mediaType, content);
    }

    /** The cash office booked the run: its payments are paid on the booking date. */
    @Transactional
    public void execute(long runId, LocalDate bookingDate) {
        RunRows.Row row = runs.lock(runId).orElseThrow(() -> new PaymentRefused(null, "payment.run.error.unknown"));
        if (row.status() != RunRows.Status.DOWNLOADED) {
            throw new PaymentRefused(null, "payment.run.error.not-downloaded");
        }
        if (bookingDate == null || bookingDate.isAfter(LocalDate.now(clock.withZone(Formats.ZONE)))) {
            throw new PaymentRefused("bookingDate", "payment.run.error.booking-date");
        }
        LocalDate downloaded = row.downloadedAt().atZone(Formats.ZONE).toLocalDate();
        if (bookingDate.isBefore(downloaded)) {
            throw new PaymentRefused("bookingDate", "payment.run.error.booking-before-download", downloaded);
        }
        long me = currentUser.require().accountId();
        List<PaymentRows.Row> list = payments.inRun(runId);
        runs.executed(runId, me, clock.instant(), bookingDate);
        payments.paid(runId, bookingDate);
        list.forEach(p -> publish(p, runId, "EXECUTED", me));
    }

    /** Cancels an open or downloaded run with a reason; its payments wait for the next run. */
    @Transactional
    public void cancel(long runId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PaymentRefused("reason", "payment.run.error.reason-missing");
        }
        PaymentRules.refuseLongReason(reason);
        RunRows.Row row = runs.lock(runId).orElseThrow(() -> new PaymentRefused(null, "payment.run.error.unknown"));
        if (row.status() == RunRows.Status.EXECUTED || row.status() == RunRows.Status.CANCELLED) {
            throw new PaymentRefused(null, "payment.run.error.closed");
        }
        long me = currentUser.require().accountId();
        List<PaymentRows.Row> list = payments.inRun(runId);
        runs.cancelled(runId, me, clock.instant(), reason.strip());
        payments.releaseRun(runId);
        list.forEach(p -> publish(p, runId, "CANCELLED", me));
    }

    private void publish(PaymentRows.Row p, long runId, String action, long by) {
        events.publishEvent(new PaymentEvent.RunChanged(p.applicationId(), p.id(), p.number(), runId, action, by));
    }

    private PaymentFileLine line(PaymentRows.Row p) {
        BankDetailsRows.Row account = bankDetails.find(p.bankDetailsId()).orElseThrow();
        PaymentTerms terms = awards.terms(p.applicationId());
        String reference = applications.summary(p.applicationId()).referenceNumber();
        return new PaymentFileLine(
                reference + "-Z" + p.number(),
                account.holder(),
                account.iban(),
                account.bic(),
                p.amount(),
                reference + " Zuwendung Kulturbuero Zahlung " + p.number(),
                terms.bookingProduct(),
                terms.bookingAccount(),
                terms.bookingCostCentre());
    }

    private Payment toPayment(PaymentRows.Row p) {
        BankDetailsRows.Row account = p.bankDetailsId() == null
                ? null
                : bankDetails.find(p.bankDetailsId()).orElse(null);
        return new Payment(
                p.id(),
                p.applicationId(),
                applications.summary(p.applicationId()).referenceNumber(),
                p.number(),
                account == null ? "" : account.holder(),
                account == null ? "" : account.iban(),
                p.amount(),
                p.status(),
                p.runId(),
                p.neededBy());
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
