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
        // spreadsheet programs skip leading blanks and run what follows; a tab or return starts a formula too
        assertThat(ApplicationExports.csvField(" =1+2")).isEqualTo("\"' =1+2\"");
        assertThat(ApplicationExports.csvField("\t=1+2")).isEqualTo("\"'\t=1+2\"");
        assertThat(ApplicationExports.csvField("\r=1+2")).isEqualTo("\"'\r=1+2\"");
    }
}
