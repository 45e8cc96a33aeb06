package de.kulturbuero.grants.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFieldTest {

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted() {
        assertThat(ApplicationExports.csvField("plain")).isEqualTo("plain");
        assertThat(ApplicationExports.csvField("a, b")).isEqualTo("\"a, b\"");
        assertThat(ApplicationExports.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ApplicationExports.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ApplicationExports.csvField(null)).isEmpty();
    }

    @Test
    void a_leading_formula_character_is_neutralised() {
        assertThat(ApplicationExports.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ApplicationExports.csvField("-5")).isEqualTo("\"'-5\"");
    }
}
