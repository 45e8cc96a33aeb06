package de.kulturbuero.grants.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How an awarded grant is paid, as programme data kept with each rules version. The paragraphs
 * name the clause of the funding rules each term comes from; they are text because the
 * numbering differs between the federal and the Länder rules.
 *
 * @param holdbackShare the share of the grant paid only after the final report is checked (0..1)
 * @param drawdownMonths funds may be requested only as far as they are needed within this many months
 */
public record PaymentTerms(
        PaymentMode mode,
        BigDecimal holdbackShare,
        int drawdownMonths,
        String modeParagraph,
        String holdbackParagraph,
        String drawdownParagraph,
        String bookingProduct,
        String bookingAccount,
        String bookingCostCentre) {

    /** The defaults of a new programme. */
    public static final PaymentTerms DEFAULTS = new PaymentTerms(
            PaymentMode.ON_REQUEST,
            new BigDecimal("0.10"),
            2,
            "Nr. 1.4 ANBest-P",
            "Nr. 1.4 ANBest-P i. V. m. den Förderrichtlinien",
            "Nr. 1.4 ANBest-P",
            null,
            null,
            null);

    public PaymentTerms {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(holdbackShare, "holdbackShare");
        if (holdbackShare.signum() < 0 || holdbackShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("holdback share outside 0..1: " + holdbackShare);
        }
        if (drawdownMonths < 1) {
            throw new IllegalArgumentException("drawdown window below one month: " + drawdownMonths);
        }
        // one scale, so that two versions with the same share compare equal whatever the source
        holdbackShare = holdbackShare.setScale(4, RoundingMode.UNNECESSARY);
    }
}
