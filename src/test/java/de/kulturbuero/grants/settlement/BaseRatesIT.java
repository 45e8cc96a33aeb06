package de.kulturbuero.grants.settlement;

import static de.kulturbuero.grants.shared.SignedIn.ADAM;
import static de.kulturbuero.grants.shared.SignedIn.ANNA;
import static de.kulturbuero.grants.shared.SignedIn.CLARA;
import static de.kulturbuero.grants.shared.SignedIn.HANNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.settlement.domain.BaseRateRows;
import de.kulturbuero.grants.shared.SignedIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The base-rate table on the real database: the seeded published rates, adding the next one as
 * the head or the admin, the refusals, who may read and add, and reclaim interest computed with
 * the table as the database holds it. Only {@link #the_next_half_year_is_added_and_every_other_entry_refused}
 * adds rates, so the other tests hold whatever order JUnit runs them in.
 */
@IntegrationTest
class BaseRatesIT {

    private final BaseRates baseRates;
    private final BaseRateRows rows;
    private final UserDetailsService users;

    @Autowired
    BaseRatesIT(BaseRates baseRates, BaseRateRows rows, UserDetailsService users) {
        this.baseRates = baseRates;
        this.rows = rows;
        this.users = users;
    }

    @Test
    void the_published_rates_from_2023_are_seeded() {
        List<BaseRate> all = SignedIn.as(users, CLARA, baseRates::all);

        assertThat(all)
                .extracting(BaseRate::validFrom)
                .containsSubsequence(
                        day("2025-07-01"),
                        day("2025-01-01"),
                        day("2024-07-01"),
                        day("2024-01-01"),
                        day("2023-07-01"),
                        day("2023-01-01"));
        assertThat(all.getLast()).isEqualTo(new BaseRate(day("2023-01-01"), new BigDecimal("1.6200")));
        assertThat(all)
                .filteredOn(r -> r.validFrom().isBefore(day("2026-01-01")))
                .extracting(r -> r.rate().stripTrailingZeros().toPlainString())
                .containsExactly("1.27", "2.27", "3.37", "3.62", "3.12", "1.62");
        assertThat(rows.all())
                .filteredOn(r -> r.validFrom().isBefore(day("2026-01-01")))
                .allMatch(r -> r.createdBy() == null);
    }

    @Test
    void the_next_half_year_is_added_and_every_other_entry_refused() {
        LocalDate next = SignedIn.as(users, HANNA, baseRates::nextValidFrom);
        LocalDate newest = SignedIn.as(users, HANNA, baseRates::all).getFirst().validFrom();
        assertThat(next).isEqualTo(newest.plusMonths(6));

        BaseRate added = SignedIn.as(users, HANNA, () -> baseRates.add(next, new BigDecimal("1.27")));
        assertThat(added).isEqualTo(new BaseRate(next, new BigDecimal("1.27")));
        long hanna = ((PortalUser) users.loadUserByUsername(HANNA)).accountId();
        assertThat(rows.all().getLast()).satisfies(r -> {
            assertThat(r.validFrom()).isEqualTo(next);
            assertThat(r.rate()).isEqualByComparingTo("1.27");
            assertThat(r.createdBy()).isEqualTo(hanna);
        });
        // the admin adds the one after it, a negative rate
        LocalDate after = next.plusMonths(6);
        SignedIn.as(users, ADAM, () -> baseRates.add(after, new BigDecimal("-0.5")));
        assertThat(SignedIn.as(users, ADAM, baseRates::all).getFirst())
                .isEqualTo(new BaseRate(after, new BigDecimal("-0.5000")));

        assertRefused(after, "1.00", "settlement.rates.refused.exists");
        assertRefused(next, "1.27", "settlement.rates.refused.exists");
        assertRefused(day("2023-01-01"), "1.62", "settlement.rates.refused.exists");
        // before the newest rate, though no rate exists from that day
        assertRefused(day("2022-07-01"), "-0.88", "settlement.rates.refused.older");
        assertRefused(after.plusYears(1), "1.00", "settlement.rates.refused.gap");
        assertRefused(after.plusMonths(6).plusDays(1), "1.00", "settlement.rates.refused.half-year");
        assertRefused(after.plusMonths(6), "20.01", "settlement.rates.refused.range");
        assertRefused(after.plusMonths(6), "-10.5", "settlement.rates.refused.range");
        assertRefused(after.plusMonths(6), "1.275", "settlement.rates.refused.decimals");
        assertThat(SignedIn.as(users, ADAM, baseRates::all).getFirst().validFrom())
                .isEqualTo(after);
    }

    @Test
    void a_clerk_reads_the_table_but_does_not_add_and_an_applicant_does_neither() {
        assertThat(SignedIn.as(users, CLARA, baseRates::all)).isNotEmpty();
        assertThatThrownBy(() -> SignedIn.as(users, CLARA, () -> baseRates.add(day("2040-01-01"), BigDecimal.ONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(users, ANNA, baseRates::all)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(users, ANNA, baseRates::table)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reclaim_interest_is_computed_with_the_table_from_the_database() {
        BaseRateTable table = SignedIn.as(users, CLARA, baseRates::table);

        // 1,000.00 paid on 15 May 2023 and 500.00 on 1 Aug 2023, both paid back on 10 Sep 2023:
        //   1,000 × (6.62 × 47 + 8.12 × 71) / 36,500 = 887,660 / 36,500 = 24.3194… → 24.32
        //   500 × 8.12 × 40 / 36,500 = 162,400 / 36,500 = 4.4493… → 4.45; total 28.77
        ReclaimInterest.Result twoPayments = ReclaimInterest.compute(
                List.of(
                        new ReclaimInterest.Tranche(new BigDecimal("1000.00"), day("2023-05-15")),
                        new ReclaimInterest.Tranche(new BigDecimal("500.00"), day("2023-08-01"))),
                day("2023-09-10"),
                table);
        assertThat(twoPayments.total()).isEqualByComparingTo("28.77");

        // 5,000.00 from 1 Dec 2023 to 15 Aug 2024: (8.12 × 31 + 8.62 × 182 + 8.37 × 45) × 5,000 / 36,500
        // = 10,986,050 / 36,500 = 300.9876… → 300.99
        assertThat(ReclaimInterest.compute(new BigDecimal("5000.00"), day("2023-12-01"), day("2024-08-15"), table)
                        .total())
                .isEqualByComparingTo("300.99");
    }

    private void assertRefused(LocalDate validFrom, String rate, String key) {
        assertThatThrownBy(() -> SignedIn.as(users, HANNA, () -> baseRates.add(validFrom, new BigDecimal(rate))))
                .as(validFrom + " " + rate)
                .isInstanceOfSatisfying(
                        BaseRateRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(BaseRateRefused.Problem::messageKey)
                                .containsExactly(key));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
