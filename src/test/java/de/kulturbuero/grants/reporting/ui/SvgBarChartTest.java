package de.kulturbuero.grants.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

    @Test
    void the_longest_bar_fills_the_width_and_text_is_escaped() {
        String svg = SvgBarChart.render(
                "Budgets <2025>",
                List.of(
                        new SvgBarChart.Bar("A & B", 100, "100 €", "bar-budget"),
                        new SvgBarChart.Bar("C", 50, "50 €", "bar-committed")));
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("<title>Budgets &lt;2025&gt;</title>")
                .contains("A &amp; B")
                .contains("width=\"330.0\"")
                .contains("width=\"165.0\"");
    }

    @Test
    void all_zero_values_draw_empty_bars_instead_of_dividing_by_zero() {
        String svg = SvgBarChart.render("Empty", List.of(new SvgBarChart.Bar("A", 0, "0", "bar-status")));
        assertThat(svg).contains("width=\"0.0\"").doesNotContain("NaN");
    }
}
