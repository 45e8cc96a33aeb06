package de.kulturbuero.grants.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.grants.shared.i18n.MoneyParser.Refusal;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one rule for amounts typed or pasted into any money field: the same text means the same amount
 * in the German and the English UI, and what cannot be read unambiguously is refused with a reason.
 */
class MoneyParserTest {

    private static BigDecimal amount(String text) {
        MoneyParser.Result result = MoneyParser.parse(text);
        assertThat(result.refusal()).as("refusal of \"%s\"", text).isNull();
        return result.amount();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "1500,50; 1500.50",
                "1500.50; 1500.50",
                "1.500,50; 1500.50",
                "1,500.50; 1500.50",
                "3.000,00; 3000.00",
                "3,000.00; 3000.00",
                "1.500; 1500.00",
                "1,500; 1500.00",
                "1500; 1500.00",
                "12,5; 12.50",
                "12.5; 12.50",
                "0,99; 0.99",
                ",50; 0.50",
                "1.234.567,89; 1234567.89",
                "1,234,567.89; 1234567.89",
                "3 000,00; 3000.00",
                "3\u00a0000,00; 3000.00",
                "3'000.00; 3000.00",
                "1.500,50 €; 1500.50",
                "€ 1,500.50; 1500.50",
                "EUR 200; 200.00",
                "  7000  ; 7000.00",
                "+250; 250.00",
                "0; 0.00",
                "9999999999,99; 9999999999.99",
            })
    void a_readable_amount_means_the_same_in_both_languages(String text, String expected) {
        assertThat(amount(text)).isEqualByComparingTo(expected).hasScaleOf(2);
    }

    @Test
    void a_german_amount_pasted_into_a_field_is_kept_whole() {
        assertThat(amount("3.000,00")).isEqualByComparingTo("3000");
    }

    @Test
    void the_other_languages_decimal_separator_is_never_dropped() {
        // the old field turned "1500,50" (English UI) and "1500.50" (German UI) into 150,050
        assertThat(amount("1500,50")).isEqualByComparingTo("1500.50");
        assertThat(amount("1500.50")).isEqualByComparingTo("1500.50");
    }

    @ParameterizedTest(name = "\"{0}\" has too many decimals")
    @ValueSource(strings = {"1500,505", "1500.505", "0,505", "0.505", "1,5000", "12.3456", "2500,999"})
    void more_than_two_decimals_are_refused(String text) {
        assertThat(MoneyParser.parse(text).refusal()).isEqualTo(Refusal.TOO_MANY_DECIMALS);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(
            strings = {
                "abc",
                "12a",
                "1.50.000",
                "1,500,50",
                "1.5.0",
                "1.000,000.00",
                "15 00",
                "1500.",
                "1500,",
                ".",
                "--5",
                "5-",
                "1e5",
                "١٢٣",
                "1.500,50.00",
                "12,34,56",
                "- "
            })
    void irregular_groups_mixed_separators_and_letters_are_unreadable(String text) {
        assertThat(MoneyParser.parse(text).refusal()).isEqualTo(Refusal.UNREADABLE);
    }

    @ParameterizedTest(name = "\"{0}\" is negative")
    @ValueSource(strings = {"-5", "-1.500,50", "\u22121,500.50", "- 20", "-0,01", "-1.500 €"})
    void a_negative_amount_gets_its_own_refusal(String text) {
        assertThat(MoneyParser.parse(text).refusal()).isEqualTo(Refusal.NEGATIVE);
    }

    @Test
    void an_amount_above_what_the_portal_stores_is_refused() {
        assertThat(MoneyParser.parse("10000000000").refusal()).isEqualTo(Refusal.TOO_LARGE);
        assertThat(MoneyParser.parse("99.999.999.999,99").refusal()).isEqualTo(Refusal.TOO_LARGE);
    }

    @Test
    void an_empty_text_is_no_amount_and_no_error() {
        assertThat(MoneyParser.parse("").ok()).isTrue();
        assertThat(MoneyParser.parse("   ").amount()).isNull();
        assertThat(MoneyParser.parse(null).amount()).isNull();
    }

    @Test
    void an_accepted_amount_is_shown_in_the_languages_format() {
        assertThat(MoneyParser.format(new BigDecimal("1500.5"), Locale.GERMAN)).isEqualTo("1.500,50");
        assertThat(MoneyParser.format(new BigDecimal("1500.5"), Locale.ENGLISH)).isEqualTo("1,500.50");
        assertThat(MoneyParser.format(new BigDecimal("0"), Locale.GERMAN)).isEqualTo("0,00");
        assertThat(MoneyParser.format(null, Locale.ENGLISH)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" reads back")
    @ValueSource(strings = {"0.01", "7", "1500.50", "1234567.89", "9999999999.99"})
    void what_the_field_shows_reads_back_as_the_same_amount_in_both_languages(String value) {
        BigDecimal amount = new BigDecimal(value);
        for (Locale locale : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
            assertThat(amount(MoneyParser.format(amount, locale)))
                    .as(locale.toString())
                    .isEqualByComparingTo(amount);
        }
    }

    @Test
    void each_refusal_has_its_own_message_key() {
        assertThat(Refusal.NEGATIVE.messageKey()).isEqualTo("shared.money.negative");
        assertThat(Refusal.TOO_MANY_DECIMALS.messageKey()).isEqualTo("shared.money.too-many-decimals");
    }
}
