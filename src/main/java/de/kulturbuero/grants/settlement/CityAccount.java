package de.kulturbuero.grants.settlement;

import java.util.Locale;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.Iban;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's account a recipient pays a reclaim into (the cash office's, Stadtkasse), named on the
 * reclaim notice: {@code grants.city-account.holder}, {@code .iban} and optionally {@code .bic}.
 * Checked when the portal starts (a notice must never name an account that cannot exist): the
 * holder is required, the IBAN must pass iban4j's checksum and country format, a BIC its format.
 * The IBAN is kept without blanks and in capitals.
 */
@ConfigurationProperties("grants.city-account")
public record CityAccount(String holder, String iban, String bic) {

    public CityAccount {
        if (holder == null || holder.isBlank()) {
            throw new IllegalStateException("grants.city-account.holder must name the account's holder");
        }
        holder = holder.strip();
        String normal = iban == null ? "" : iban.replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(normal);
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            throw new IllegalStateException(
                    "grants.city-account.iban is not a valid IBAN: '" + iban + "' (" + e.getMessage() + ")", e);
        }
        iban = normal;
        if (bic == null || bic.isBlank()) {
            bic = null;
        } else {
            bic = bic.strip().toUpperCase(Locale.ROOT);
            try {
                BicUtil.validate(bic);
            } catch (BicFormatException | UnsupportedCountryException e) {
                throw new IllegalStateException(
                        "grants.city-account.bic is not a valid BIC: '" + bic + "' (" + e.getMessage() + ")", e);
            }
        }
    }

    /** The IBAN in groups of four, as it is printed ("DE89 3704 0044 0532 0130 00"). */
    public String printedIban() {
        return Iban.valueOf(iban).toFormattedString();
    }
}
