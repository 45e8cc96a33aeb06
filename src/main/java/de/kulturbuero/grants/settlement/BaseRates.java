package de.kulturbuero.grants.settlement;

import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.settlement.domain.BaseRateRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The base interest rates the office keeps: every officer (and the admin) reads them, the head of
 * office and the admin add each newly published rate. Rates are never changed or removed: interest
 * once computed must stay reproducible.
 */
@Service
public class BaseRates {

    /** Security expression for reading the table: the officers and the admin. */
    public static final String READERS = "hasAnyRole('" + Roles.CLERK + "','" + Roles.REVIEWER + "','" + Roles.HEAD
            + "','" + Roles.FINANCE + "','" + Roles.ADMIN + "')";
    /** Security expression for adding a rate. */
    public static final String EDITORS = "hasAnyRole('" + Roles.ADMIN + "','" + Roles.HEAD + "')";

    private final BaseRateRows rows;
    private final CurrentUser currentUser;
    private final Clock clock;

    BaseRates(BaseRateRows rows, CurrentUser currentUser, Clock clock) {
        this.rows = rows;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** All rates, newest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<BaseRate> all() {
        return rows.all().reversed().stream()
                .map(r -> new BaseRate(r.validFrom(), r.rate()))
                .toList();
    }

    /** The table the interest rule reads. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public BaseRateTable table() {
        return new BaseRateTable(rows.all().stream()
                .map(r -> new BaseRate(r.validFrom(), r.rate()))
                .toList());
    }

    /**
     * The same table for steps of the engine that run without a signed-in user (the reclaim
     * notice's job); the rates are public figures, nothing here needs a role.
     */
    @Transactional(readOnly = true)
    public BaseRateTable tableForJobs() {
        return new BaseRateTable(rows.all().stream()
                .map(r -> new BaseRate(r.validFrom(), r.rate()))
                .toList());
    }

    /** The day the next rate to add starts (the form's suggestion). */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public LocalDate nextValidFrom() {
        List<BaseRateRows.Row> all = rows.all();
        Optional<LocalDate> newest =
                all.isEmpty() ? Optional.empty() : Optional.of(all.getLast().validFrom());
        return BaseRateCheck.next(newest, LocalDate.now(clock));
    }

    /**
     * Adds the rate published for the half-year from {@code validFrom}.
     *
     * @throws BaseRateRefused when it breaks a rule of {@link BaseRateCheck}
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public BaseRate add(LocalDate validFrom, BigDecimal rate) {
        Optional<LocalDate> newest = rows.lockNewest().map(BaseRateRows.Row::validFrom);
        boolean exists = validFrom != null && rows.exists(validFrom);
        List<BaseRateRefused.Problem> problems = BaseRateCheck.problems(validFrom, rate, newest, exists);
        if (!problems.isEmpty()) {
            throw new BaseRateRefused(problems);
        }
        BigDecimal stored = rate.setScale(2, RoundingMode.UNNECESSARY);
        try {
            rows.insert(validFrom, stored, currentUser.require().accountId(), clock.instant());
        } catch (DuplicateKeyException raced) {
            // another officer added the same half-year a moment ago (the table was still empty)
            throw new BaseRateRefused(List.of(new BaseRateRefused.Problem(
                    BaseRateCheck.VALID_FROM, "settlement.rates.refused.exists", validFrom)));
        }
        return new BaseRate(validFrom, stored);
    }
}
