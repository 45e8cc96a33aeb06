package de.kulturbuero.grants.payment.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SepaTextTest {

    @Test
    void german_letters_are_transliterated_the_german_way() {
        assertThat(SepaText.latin("Städtepartnerschaft Görlitz–Zgorzelec für Jugend, Straße", 140))
                .isEqualTo("Staedtepartnerschaft Goerlitz-Zgorzelec fuer Jugend, Strasse");
        assertThat(SepaText.latin("Ärzte Öl Übung", 70)).isEqualTo("Aerzte Oel Uebung");
    }

    @Test
    void other_accents_are_dropped_and_letters_without_decomposition_are_mapped() {
        assertThat(SepaText.latin("Café Élysée à Besançon", 70)).isEqualTo("Cafe Elysee a Besancon");
        assertThat(SepaText.latin("Łódź Kraków Gdańsk", 70)).isEqualTo("Lodz Krakow Gdansk");
        assertThat(SepaText.latin("Ærøskøbing İstanbul ıslak", 70)).isEqualTo("AEroskobing Istanbul islak");
    }

    @Test
    void characters_outside_the_set_become_spaces_and_spaces_collapse() {
        assertThat(SepaText.latin("Verein „Brücke“ & Partner; Nr. #7 <b>\t\n", 70))
                .isEqualTo("Verein 'Bruecke' + Partner, Nr. 7 b");
        assertThat(SepaText.latin("Київ 2026", 70)).isEqualTo("2026");
        assertThat(SepaText.latin("Київ", 70)).isEmpty();
        assertThat(SepaText.latin("Київ", 70, "NOTPROVIDED")).isEqualTo("NOTPROVIDED");
        assertThat(SepaText.latin(null, 70)).isEmpty();
    }

    @Test
    void every_result_is_in_the_sepa_latin_set() {
        String wild = "äöüÄÖÜß€@*%$§!=~^°|\\{}[]<>\"`´ çñ 日本 😀 ok";
        assertThat(SepaText.latin(wild, 140)).matches(SepaText.ALLOWED);
        assertThat(SepaText.identifier(wild)).matches("[A-Za-z0-9/\\-?:().,'+]*");
    }

    @Test
    void texts_are_cut_to_the_maximum_after_the_transliteration() {
        // 35 umlauts become 70 letters: the limit applies to what is written, not to what was typed
        String name = "ü".repeat(40);
        assertThat(SepaText.latin(name, SepaText.NAME)).hasSize(70).isEqualTo("ue".repeat(35));
        assertThat(SepaText.latin("x".repeat(200), SepaText.REMITTANCE)).hasSize(140);
        assertThat(SepaText.latin("a".repeat(69) + " b", SepaText.NAME)).isEqualTo("a".repeat(69));
    }

    @Test
    void identifiers_have_no_spaces_no_leading_or_trailing_slash_and_at_most_35_characters() {
        assertThat(SepaText.identifier("IK-2026-0042-Z1")).isEqualTo("IK-2026-0042-Z1");
        assertThat(SepaText.identifier("/IK 2026//0042/")).isEqualTo("IK-2026/0042");
        assertThat(SepaText.identifier("Ä".repeat(40))).hasSize(SepaText.IDENTIFIER);
        assertThat(SepaText.identifier("a".repeat(34) + "/b")).isEqualTo("a".repeat(34));
    }
}
