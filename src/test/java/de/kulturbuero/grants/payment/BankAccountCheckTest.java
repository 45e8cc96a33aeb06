package de.kulturbuero.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BankAccountCheckTest {

    @Test
    void a_german_iban_with_or_without_spaces_needs_no_bic() {
        assertThat(BankAccountCheck.problems("Kulturverein", "DE89 3704 0044 0532 0130 00", null))
                .isEmpty();
        assertThat(BankAccountCheck.problems("Kulturverein", "de89370400440532013000", ""))
                .isEmpty();
    }

    @Test
    void a_holder_with_a_line_break_or_a_direction_override_is_refused_at_the_field() {
        for (String holder : new String[] {"Kulturverein\r\nRouen", "Kulturverein\u202Enier"}) {
            assertThat(BankAccountCheck.problems(holder, "DE89 3704 0044 0532 0130 00", null))
                    .extracting(PaymentProblem::field, PaymentProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            BankAccountCheck.FIELD_HOLDER, de.kulturbuero.grants.shared.text.SingleLineText.REFUSED));
        }
    }

    @Test
    void the_check_digits_and_the_country_format_are_checked() {
        assertThat(keys("DE89 3704 0044 0532 0130 01", null)).containsExactly("payment.bank.error.iban-check-digits");
        assertThat(keys("DE89 3704 0044 0532 0130", null)).containsExactly("payment.bank.error.iban-format");
    }

    @Test
    void an_account_outside_sepa_is_refused_and_one_outside_the_eea_needs_its_bic() {
        // Ukraine: a valid IBAN, but no SEPA transfer reaches it
        assertThat(keys("UA21 3223 1300 0002 6007 2335 6600 1", null))
                .containsExactly("payment.bank.error.iban-not-sepa");
        // Bristol's bank: SEPA, outside the EEA
        assertThat(keys("GB33 BUKB 2020 1555 5555 55", null)).containsExactly("payment.bank.error.bic-required");
        assertThat(keys("GB33 BUKB 2020 1555 5555 55", "BUKBGB22")).isEmpty();
        // Poland, in the EEA
        assertThat(keys("PL61 1090 1014 0000 0712 1981 2874", null)).isEmpty();
    }

    @Test
    void the_holder_is_required_and_limited() {
        assertThat(BankAccountCheck.problems(" ", "DE89370400440532013000", null))
                .extracting(PaymentProblem::messageKey)
                .containsExactly("payment.bank.error.holder-missing");
        assertThat(BankAccountCheck.problems("x".repeat(71), "DE89370400440532013000", null))
                .extracting(PaymentProblem::messageKey)
                .containsExactly("payment.bank.error.holder-long");
        assertThat(BankAccountCheck.problems("Молодіжний оркестр", "DE89370400440532013000", null))
                .as("a name the SEPA file cannot carry")
                .extracting(PaymentProblem::messageKey)
                .containsExactly("payment.bank.error.holder-latin");
        assertThat(BankAccountCheck.problems("Związek Młodzieży Łódź", "DE89370400440532013000", null))
                .as("Polish letters are transliterated")
                .isEmpty();
    }

    private static List<String> keys(String iban, String bic) {
        return BankAccountCheck.problems("Holder", iban, bic).stream()
                .map(PaymentProblem::messageKey)
                .toList();
    }
}
