package de.kulturbuero.grants.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void every_formula_lead_in_is_neutralised() {
        for (String cell : new String[] {
            "=1+2",
            "+1+2",
            "-1+2",
            "@SUM(A1)",
            "\t=1+2",
            "\r=1+2",
            "\tplain after a tab",
            "\rplain after a return",
            "\n=1+2",
            " =HYPERLINK(\"https://evil.example\")",
            "   +cmd|' /C calc'!A0",
            "\u00A0=1+2",
            "\uFF1D1+2",
            "-"
        }) {
            assertThat(SpreadsheetCells.startsLikeFormula(cell)).as(cell).isTrue();
            assertThat(SpreadsheetCells.neutralise(cell)).as(cell).isEqualTo("'" + cell);
        }
    }

    @Test
    void ordinary_text_stays_as_it_is() {
        for (String cell :
                new String[] {"IK-2026-0099", "Kulturverein Rouen e. V.", "Poznań", "a=b", "1-2", "   ", ""}) {
            assertThat(SpreadsheetCells.neutralise(cell)).as(cell).isEqualTo(cell);
        }
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
    }
}
