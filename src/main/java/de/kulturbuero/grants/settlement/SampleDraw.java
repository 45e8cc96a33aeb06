package de.kulturbuero.grants.settlement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Which final reports are checked in depth: every one whose granted amount lies <em>above</em>
 * the programme's threshold, and of the rest a random sample of the programme's share. The draw
 * is reproducible: the value in [0, 1) comes from SHA-256 of the reference number and a seed
 * stored with the draw (the first 64 bits of the hash as a fraction of 2^64, to ten decimals,
 * rounded down so it never reaches 1); a report is drawn when the value lies <em>below</em> the
 * share. An auditor recomputes the value from the two stored strings. Pure function, no Spring.
 */
public final class SampleDraw {

    /** Decimals of the stored value (the column is DECIMAL(12,10)). */
    public static final int SCALE = 10;

    private static final BigDecimal TWO_TO_64 = new BigDecimal(BigInteger.ONE.shiftLeft(64));

    /** Why a report is checked in depth or not. */
    public enum Reason {
        ABOVE_THRESHOLD,
        DRAWN,
        NOT_DRAWN
    }

    /** The outcome with everything it was decided on. */
    public record Result(BigDecimal value, BigDecimal share, BigDecimal threshold, BigDecimal granted, Reason reason) {

        public boolean inDepth() {
            return reason != Reason.NOT_DRAWN;
        }
    }

    private SampleDraw() {}

    /** The value in [0, 1) for the reference number and the seed. */
    public static BigDecimal value(String referenceNumber, String seed) {
        Objects.requireNonNull(referenceNumber, "reference number");
        Objects.requireNonNull(seed, "seed");
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256")
                    .digest((referenceNumber + "|" + seed).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        byte[] first = new byte[8];
        System.arraycopy(hash, 0, first, 0, 8);
        return new BigDecimal(new BigInteger(1, first)).divide(TWO_TO_64, SCALE, RoundingMode.DOWN);
    }

    /**
     * Decides the depth: above the threshold (strictly) always in depth; otherwise drawn when
     * {@code value} &lt; {@code share}. A share of 0 draws nothing, a share of 1 draws every report.
     */
    public static Result decide(BigDecimal granted, BigDecimal threshold, BigDecimal share, BigDecimal value) {
        Objects.requireNonNull(granted, "granted");
        Objects.requireNonNull(threshold, "threshold");
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share must be between 0 and 1: " + share);
        }
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("value must lie in [0, 1): " + value);
        }
        Reason reason;
        if (granted.compareTo(threshold) > 0) {
            reason = Reason.ABOVE_THRESHOLD;
        } else if (value.compareTo(share) < 0) {
            reason = Reason.DRAWN;
        } else {
            reason = Reason.NOT_DRAWN;
        }
        return new Result(value, share, threshold, granted, reason);
    }
}
