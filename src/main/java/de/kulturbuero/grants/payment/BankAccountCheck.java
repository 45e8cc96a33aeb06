package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.payment.files.SepaText;
import de.kulturbuero.grants.shared.text.SingleLineText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * The checks of a bank account as the recipient types it: the IBAN's country format and check
 * digits (iban4j knows every country's length and structure), an optional BIC's format.
 */
public final class BankAccountCheck {

    public static final String FIELD_HOLDER = "holder";
    public static final String FIELD_IBAN = "iban";
    public static final String FIELD_BIC = "bic";
    public static final int MAX_HOLDER = 70;

    private BankAccountCheck() {}

    /** The IBAN as stored and shown: upper case, without spaces. */
    public static String normalIban(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The BIC as stored, or null when none was typed. */
    public static String normalBic(String typed) {
        String bic = typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return bic.isEmpty() ? null : bic;
    }

    /** The IBAN in groups of four, as people read it. */
    public static String grouped(String iban) {
        return iban == null ? "" : iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The countries of the EEA, where a SEPA transfer needs the IBAN only (EPC's list of the SEPA scheme's countries). */
    static final Set<String> EEA = Set.of(
            "AT",
            "BE",
            "BG",
            "CY",
            "CZ",
            "DE",
            "DK",
            "EE",
            "ES",
            "FI",
            "FR",
            "GR",
            "HR",
            "HU",
            "IE",
            "IS",
            "IT",
            "LI",
            "LT",
            "LU",
            "LV",
            "MT",
            "NL",
            "NO",
            "PL",
            "PT",
            "RO",
            "SE",
            "SI",
            "SK",
            // territories that use their country's IBAN prefix or their own within the EEA
            "GI",
            "GF",
            "GP",
            "MQ",
            "YT",
            "RE",
            "PM",
            "BL",
            "MF",
            "AX");

    /** SEPA countries outside the EEA: the transfer also needs the BIC. */
    static final Set<String> SEPA_WITH_BIC =
            Set.of("AD", "CH", "GB", "GG", "IM", "JE", "MC", "SM", "VA", "AL", "MD", "ME", "MK", "RS");

    static final Set<String> SEPA = union(EEA, SEPA_WITH_BIC);

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    public static List<PaymentProblem> problems(String holder, String iban, String bic) {
        List<PaymentProblem> problems = new ArrayList<>();
        String name = holder == null ? "" : holder.strip();
        if (name.isEmpty()) {
            problems.add(new PaymentProblem(FIELD_HOLDER, "payment.bank.error.holder-missing"));
        } else if (name.length() > MAX_HOLDER) {
            problems.add(new PaymentProblem(FIELD_HOLDER, "payment.bank.error.holder-long", MAX_HOLDER));
        } else if (!SingleLineText.isAllowed(name)) {
            problems.add(new PaymentProblem(FIELD_HOLDER, SingleLineText.REFUSED));
        } else if (SepaText.latin(name, SepaText.NAME)
                        .replaceAll("[^A-Za-z]", "")
                        .length()
                < 2) {
            // the SEPA file carries Latin letters only: a name in another script would reach the bank as blanks
            problems.add(new PaymentProblem(FIELD_HOLDER, "payment.bank.error.holder-latin"));
        }
        String normal = normalIban(iban);
        if (normal.isEmpty()) {
            problems.add(new PaymentProblem(FIELD_IBAN, "payment.bank.error.iban-missing"));
        } else {
            try {
                IbanUtil.validate(normal);
            } catch (InvalidCheckDigitException e) {
                problems.add(new PaymentProblem(FIELD_IBAN, "payment.bank.error.iban-check-digits", iban.strip()));
            } catch (UnsupportedCountryException e) {
                problems.add(new PaymentProblem(
                        FIELD_IBAN,
                        "payment.bank.error.iban-country",
                        normal.substring(0, Math.min(2, normal.length()))));
            } catch (IbanFormatException e) {
                problems.add(new PaymentProblem(FIELD_IBAN, "payment.bank.error.iban-format", iban.strip()));
            }
        }
        String normalBic = normalBic(bic);
        String country = normal.length() >= 2 ? normal.substring(0, 2) : "";
        boolean ibanValid = problems.stream().noneMatch(p -> FIELD_IBAN.equals(p.field()));
        if (ibanValid && !SEPA.contains(country)) {
            // the payment files are SEPA credit transfers: the bank refuses an account outside the scheme
            problems.add(new PaymentProblem(FIELD_IBAN, "payment.bank.error.iban-not-sepa", country));
        } else if (ibanValid && !EEA.contains(country) && normalBic == null) {
            problems.add(new PaymentProblem(FIELD_BIC, "payment.bank.error.bic-required", country));
        }
        if (normalBic != null) {
            try {
                BicUtil.validate(normalBic);
            } catch (BicFormatException | UnsupportedCountryException e) {
                problems.add(new PaymentProblem(FIELD_BIC, "payment.bank.error.bic-format", bic.strip()));
            }
        }
        return problems;
    }
}
