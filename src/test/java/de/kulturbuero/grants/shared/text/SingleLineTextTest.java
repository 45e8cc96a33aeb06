package de.kulturbuero.grants.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SingleLineTextTest {

    @Test
    void names_in_every_script_are_allowed() {
        assertThat(SingleLineText.isAllowed("Poznań – Kulturzentrum „Zamek“ (2027)"))
                .isTrue();
        assertThat(SingleLineText.isAllowed("広島市国際交流協会")).isTrue();
        assertThat(SingleLineText.isAllowed("مركز الثقافة")).isTrue();
        assertThat(SingleLineText.isAllowed("שלום")).isTrue();
        assertThat(SingleLineText.isAllowed("")).isTrue();
        assertThat(SingleLineText.isAllowed(null)).isTrue();
    }

    @Test
    void line_breaks_tabs_and_other_control_characters_are_refused() {
        for (String value : new String[] {
            "Titel\r\nBcc: x@example.org",
            "Titel\n",
            "Titel\rX",
            "a\tb",
            "a\u0000b",
            "a\u007Fb",
            "a\u0085b",
            "a\u2028b",
            "a\u2029b"
        }) {
            assertThat(SingleLineText.problem(value)).as(value).contains(SingleLineText.REFUSED);
        }
    }

    @Test
    void direction_overrides_isolates_and_marks_are_refused() {
        for (int c : new int[] {
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C
        }) {
            String value = "Bericht" + Character.toString(c) + "fdp.exe";
            assertThat(SingleLineText.isAllowed(value)).as("U+%04X", c).isFalse();
        }
        assertThat(SingleLineText.problem("\u202Egnp.exe")).contains(SingleLineText.REFUSED);
    }

    @Test
    void stripping_keeps_the_text_on_one_line_in_its_real_order() {
        assertThat(SingleLineText.strip("\u202Egnp.exe")).isEqualTo("gnp.exe");
        assertThat(SingleLineText.strip("Zeile 1\r\nZeile 2\tEnde")).isEqualTo("Zeile 1  Zeile 2 Ende");
        assertThat(SingleLineText.strip("a\u2066b\u2069c\u0007")).isEqualTo("abc");
        assertThat(SingleLineText.strip("Poznań")).isEqualTo("Poznań");
        assertThat(SingleLineText.strip(null)).isNull();
    }
}
