package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.grantapplication.ApplicationGate;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.payment.domain.AwardRows;
import de.kulturbuero.grants.payment.domain.BankDetailsRows;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.programme.PaymentTerms;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The award as the applicant's payment page, the case view and the payment tasks show it. */
@Service
public class AwardOverview {

    /** Everything about the money of one award. */
    public record View(
            ApplicationSummary application,
            PaymentTerms terms,
            BigDecimal granted,
            BigDecimal holdback,
            BigDecimal requested,
            BigDecimal paid,
            BigDecimal available,
            Instant noticeIssuedAt,
            LocalDate finalAtTheLatest,
            Instant finalAt,
            String finalBy,
            Instant appealWaivedAt,
            Optional<BankDetailsRows.Row> bankDetails,
            Optional<BankDetailsRows.Row> pendingBankDetails,
            List<BankDetailsRows.Row> rejectedBankDetails,
            List<PaymentRows.Row> payments,
            LocalDate latestNeededBy) {

        public boolean isFinal() {
            return finalAt != null;
        }
    }

    private final ApplicationGate gate;
    private final Awards awards;
    private final AwardRows awardRows;
    private final BankDetailsRows bankDetails;
    private final PaymentRows payments;
    private final Clock clock;
    private final Period finality;

    AwardOverview(
            ApplicationGate gate,
            Awards awards,
            AwardRows awardRows,
            BankDetailsRows bankDetails,
            PaymentRows payments,
            Clock clock,
            @Value("${grants.award.finality-period:P1M}") Period finality) {
        this.gate = gate;
        this.awards = awards;
        this.awardRows = awardRows;
        this.bankDetails = bankDetails;
        this.payments = payments;
        this.clock = clock;
        this.finality = finality;
    }

    /** The award of an application the signed-in user may read; empty before the approval notice. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<View> of(long applicationId) {
        ApplicationSummary application = gate.readable(applicationId);
        Optional<AwardRows.Row> found = awardRows.find(applicationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AwardRows.Row award = found.get();
        PaymentTerms terms = awards.terms(applicationId);
        List<PaymentRows.Row> list = payments.ofApplication(applicationId);
        BigDecimal requested = sum(list, s -> s != PaymentRows.Status.REFUSED);
        BigDecimal paid = sum(list, s -> s == PaymentRows.Status.PAID);
        BigDecimal available = PaymentRules.payableBeforeReport(award.granted(), award.holdback())
                .subtract(requested)
                .max(BigDecimal.ZERO);
        List<BankDetailsRows.Row> accounts = bankDetails.ofApplication(applicationId);
        return Optional.of(new View(
                application,
                terms,
                award.granted(),
                award.holdback(),
                requested,
                paid,
                available,
                award.noticeIssuedAt(),
                award.noticeIssuedAt().atZone(Formats.ZONE).toLocalDate().plus(finality),
                award.finalAt(),
                award.finalBy(),
                award.appealWaivedAt(),
                latest(accounts, BankDetailsRows.Status.ACTIVE),
                latest(accounts, BankDetailsRows.Status.PENDING),
                accounts.stream()
                        .filter(a -> a.status() == BankDetailsRows.Status.REJECTED)
                        .toList(),
                list,
                PaymentRules.latestNeededBy(LocalDate.now(clock.withZone(Formats.ZONE)), terms.drawdownMonths())));
    }

    private static Optional<BankDetailsRows.Row> latest(
            List<BankDetailsRows.Row> accounts, BankDetailsRows.Status status) {
        return accounts.stream().filter(a -> a.status() == status).reduce((a, b) -> b);
    }

    private static BigDecimal sum(List<PaymentRows.Row> list, Predicate<PaymentRows.Status> which) {
        return list.stream()
                .filter(p -> which.test(p.status()))
                .map(PaymentRows.Row::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
