package de.kulturbuero.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CityAccountTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(SettlementConfiguration.class);

    @Test
    void a_valid_account_is_kept_without_blanks_in_capitals_and_printed_in_groups_of_four() {
        CityAccount account = new CityAccount(" Stadtkasse ", "de89 3704 0044 0532 0130 00", "cobadeffxxx");

        assertThat(account.holder()).isEqualTo("Stadtkasse");
        assertThat(account.iban()).isEqualTo("DE89370400440532013000");
        assertThat(account.bic()).isEqualTo("COBADEFFXXX");
        assertThat(account.printedIban()).isEqualTo("DE89 3704 0044 0532 0130 00");
        assertThat(new CityAccount("Stadtkasse", "DE89370400440532013000", " ").bic())
                .isNull();
    }

    @Test
    void a_wrong_check_digit_a_missing_holder_or_a_malformed_bic_is_refused() {
        assertThatThrownBy(() -> new CityAccount("Stadtkasse", "DE88370400440532013000", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("grants.city-account.iban");
        assertThatThrownBy(() -> new CityAccount(" ", "DE89370400440532013000", null))
                .hasMessageContaining("grants.city-account.holder");
        assertThatThrownBy(() -> new CityAccount("Stadtkasse", "DE89370400440532013000", "COBA"))
                .hasMessageContaining("grants.city-account.bic");
    }

    @Test
    void the_portal_does_not_start_with_an_invalid_city_account() {
        context.withPropertyValues(
                        "grants.city-account.holder=Stadtkasse", "grants.city-account.iban=DE89370400440532013001")
                .run(c -> assertThat(c).hasFailed().getFailure().hasStackTraceContaining("grants.city-account.iban"));
    }

    @Test
    void the_default_account_of_the_configuration_binds() {
        context.withPropertyValues(
                        "grants.city-account.holder=Stadtkasse Hannover",
                        "grants.city-account.iban=DE89370400440532013000",
                        "grants.city-account.bic=COBADEFFXXX")
                .run(c -> assertThat(c.getBean(CityAccount.class).printedIban())
                        .isEqualTo("DE89 3704 0044 0532 0130 00"));
    }
}
