package de.kulturbuero.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.settlement.LineTolerance.CostLine;
import de.kulturbuero.grants.settlement.LineTolerance.LineResult;
import de.kulturbuero.grants.settlement.LineTolerance.Result;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tolerance rule per cost line, at its boundaries; every expected figure computed by hand. */
class LineToleranceTest {

    private static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.20");

    @Test
    void a_line_exactly_twenty_percent_above_plan_is_recognised_when_savings_cover_it() {
        // fees: planned 1,000.00, actual 1,200.00 → cap 1,000 × 1.20 = 1,200.00, above tolerance 0,
        //   within tolerance 200.00; travel: planned 1,000.00, actual 800.00 → saving 200.00
        // covered = min(200, 200) = 200 → fees recognised 1,000 + 200 = 1,200.00, travel 800.00
        // total recognised 2,000.00 = planned total
        Result r = apply(line("fees", "1000.00", "1200.00"), line("travel", "1000.00", "800.00"));

        assertLine(r.lines().get(0), "1200.00", "0.00", "0.00");
        assertLine(r.lines().get(1), "800.00", "0.00", "0.00");
        assertThat(r.recognisedTotal()).isEqualByComparingTo("2000.00");
        assertThat(r.anyFlagged()).isFalse();
    }

    @Test
    void one_cent_above_twenty_percent_is_not_recognised_even_with_savings_to_spare() {
        // fees: planned 1,000.00, actual 1,200.01 → cap 1,200.00, above tolerance 0.01, within 200.00
        // travel: planned 1,000.00, actual 700.00 → saving 300.00; covered = min(200, 300) = 200
        // fees recognised 1,000 + 200 = 1,200.00, not recognised 0.01 (above tolerance)
        Result r = apply(line("fees", "1000.00", "1200.01"), line("travel", "1000.00", "700.00"));

        LineResult fees = r.lines().get(0);
        assertLine(fees, "1200.00", "0.01", "0.00");
        assertThat(fees.notRecognised()).isEqualByComparingTo("0.01");
        assertThat(fees.flagged()).isTrue();
        assertThat(r.lines().get(1).flagged()).isFalse();
        // 1,200.00 + 700.00
        assertThat(r.recognisedTotal()).isEqualByComparingTo("1900.00");
        assertThat(r.notRecognisedTotal()).isEqualByComparingTo("0.01");
    }

    @Test
    void an_excess_within_tolerance_is_recognised_only_as_far_as_savings_cover_it() {
        // fees: planned 1,000.00, actual 1,150.00 → within tolerance 150.00 (cap 1,200.00)
        // travel: planned 1,000.00, actual 950.00 → saving 50.00; covered = min(150, 50) = 50
        // fees recognised 1,000 + 50 = 1,050.00, uncovered 100.00; travel 950.00
        // total 2,000.00 = planned total, although 2,100.00 were spent
        Result r = apply(line("fees", "1000.00", "1150.00"), line("travel", "1000.00", "950.00"));

        assertLine(r.lines().get(0), "1050.00", "0.00", "100.00");
        assertLine(r.lines().get(1), "950.00", "0.00", "0.00");
        assertThat(r.actualTotal()).isEqualByComparingTo("2100.00");
        assertThat(r.recognisedTotal()).isEqualByComparingTo("2000.00");
        assertThat(r.notRecognisedTotal()).isEqualByComparingTo("100.00");
    }

    @Test
    void without_savings_elsewhere_no_excess_is_recognised() {
        // fees 1,000.00 → 1,100.00 (within tolerance 100.00), travel 500.00 → 500.00: no saving
        Result r = apply(line("fees", "1000.00", "1100.00"), line("travel", "500.00", "500.00"));

        assertLine(r.lines().get(0), "1000.00", "0.00", "100.00");
        assertThat(r.recognisedTotal()).isEqualByComparingTo("1500.00");
    }

    @Test
    void the_planned_total_is_binding_when_two_lines_share_too_few_savings() {
        // fees 1,000.00 → 1,200.00 (within 200.00), travel 500.00 → 600.00 (within 100.00),
        // venue 1,000.00 → 900.00 (saving 100.00); W = 300, S = 100, covered = 100
        // shared by the within-tolerance excesses 200 : 100:
        //   fees 100 × 200/300 = 66.666… → 66.66 (rest 0.666… cent), travel 100 × 100/300 = 33.333… → 33.33
        //   (rest 0.333… cent); 66.66 + 33.33 = 99.99, the cent left goes to the larger rest: fees 66.67
        // fees 1,066.67 (uncovered 133.33), travel 533.33 (uncovered 66.67), venue 900.00
        // total 2,500.00 = planned total 1,000 + 500 + 1,000
        Result r = apply(
                line("fees", "1000.00", "1200.00"),
                line("travel", "500.00", "600.00"),
                line("venue", "1000.00", "900.00"));

        assertLine(r.lines().get(0), "1066.67", "0.00", "133.33");
        assertLine(r.lines().get(1), "533.33", "0.00", "66.67");
        assertLine(r.lines().get(2), "900.00", "0.00", "0.00");
        assertThat(r.plannedTotal()).isEqualByComparingTo("2500.00");
        assertThat(r.recognisedTotal()).isEqualByComparingTo(r.plannedTotal());
    }

    @Test
    void a_line_above_the_tolerance_keeps_its_tolerance_share_when_savings_cover_it() {
        // fees 1,000.00 → 1,500.00: cap 1,200.00, above tolerance 300.00, within 200.00
        // travel 1,000.00 → 400.00: saving 600.00; covered 200 → fees 1,200.00, not recognised 300.00
        // total recognised 1,600.00 < planned 2,000.00: the rest of the saving stays unspent
        Result r = apply(line("fees", "1000.00", "1500.00"), line("travel", "1000.00", "400.00"));

        assertLine(r.lines().get(0), "1200.00", "300.00", "0.00");
        assertThat(r.recognisedTotal()).isEqualByComparingTo("1600.00");
    }

    @Test
    void the_tolerance_is_a_parameter() {
        // 10 %: fees 1,000.00 → 1,150.00: cap 1,100.00, above 50.00, within 100.00; travel saves 200.00
        Result r = LineTolerance.apply(
                List.of(line("fees", "1000.00", "1150.00"), line("travel", "1000.00", "800.00")),
                new BigDecimal("0.10"));

        assertLine(r.lines().get(0), "1100.00", "50.00", "0.00");
    }

    @Test
    void the_cap_is_rounded_down_to_the_cent() {
        // planned 333.33 × 1.20 = 399.996 → cap 399.99; actual 400.00 is 0.01 above it
        Result r = apply(line("fees", "333.33", "400.00"), line("travel", "1000.00", "0.00"));

        assertLine(r.lines().get(0), "399.99", "0.01", "0.00");
    }

    @Test
    void a_cost_that_was_not_planned_is_not_recognised() {
        // planned 0 → cap 0: all 250.00 above tolerance, whatever the savings (travel saves 500.00)
        Result r = apply(line("other", "0.00", "250.00"), line("travel", "1000.00", "500.00"));

        assertLine(r.lines().get(0), "0.00", "250.00", "0.00");
    }

    @Test
    void lines_below_plan_are_recognised_as_spent() {
        Result r = apply(line("fees", "1000.00", "999.99"), line("travel", "500.00", "0.00"));

        assertLine(r.lines().get(0), "999.99", "0.00", "0.00");
        assertLine(r.lines().get(1), "0.00", "0.00", "0.00");
        assertThat(r.recognisedTotal()).isEqualByComparingTo("999.99");
    }

    @Test
    void fractions_of_a_cent_and_negative_amounts_are_refused() {
        assertThatThrownBy(() -> apply(line("fees", "100.001", "100.00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> apply(line("fees", "100.00", "-1.00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineTolerance.apply(List.of(), new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Result apply(CostLine... lines) {
        return LineTolerance.apply(List.of(lines), TWENTY_PERCENT);
    }

    private static CostLine line(String key, String planned, String actual) {
        return new CostLine(key, new BigDecimal(planned), new BigDecimal(actual));
    }

    private static void assertLine(LineResult line, String recognised, String aboveTolerance, String uncovered) {
        assertThat(line.recognised()).as(line.key() + " recognised").isEqualByComparingTo(recognised);
        assertThat(line.aboveTolerance()).as(line.key() + " above tolerance").isEqualByComparingTo(aboveTolerance);
        assertThat(line.uncovered()).as(line.key() + " uncovered").isEqualByComparingTo(uncovered);
        assertThat(line.recognised().add(line.notRecognised()))
                .as(line.key() + " recognised + not recognised = actual")
                .isEqualByComparingTo(line.actual());
    }
}
