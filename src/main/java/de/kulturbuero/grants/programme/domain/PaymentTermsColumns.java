package de.kulturbuero.grants.programme.domain;

import de.kulturbuero.grants.programme.PaymentMode;
import de.kulturbuero.grants.programme.PaymentTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** The payment terms' columns, shared by the programme and each of its rules versions. */
@Embeddable
public class PaymentTermsColumns {

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_mode", nullable = false)
    private PaymentMode mode = PaymentTerms.DEFAULTS.mode();

    @Column(name = "holdback_share", nullable = false)
    private BigDecimal holdbackShare = PaymentTerms.DEFAULTS.holdbackShare();

    @Column(name = "drawdown_months", nullable = false)
    private int drawdownMonths = PaymentTerms.DEFAULTS.drawdownMonths();

    @Column(name = "payment_mode_paragraph")
    private String modeParagraph = PaymentTerms.DEFAULTS.modeParagraph();

    @Column(name = "holdback_paragraph")
    private String holdbackParagraph = PaymentTerms.DEFAULTS.holdbackParagraph();

    @Column(name = "drawdown_paragraph")
    private String drawdownParagraph = PaymentTerms.DEFAULTS.drawdownParagraph();

    @Column(name = "booking_product")
    private String bookingProduct;

    @Column(name = "booking_account")
    private String bookingAccount;

    @Column(name = "booking_cost_centre")
    private String bookingCostCentre;

    protected PaymentTermsColumns() {}

    public static PaymentTermsColumns of(PaymentTerms t) {
        PaymentTermsColumns c = new PaymentTermsColumns();
        c.mode = t.mode();
        c.holdbackShare = t.holdbackShare();
        c.drawdownMonths = t.drawdownMonths();
        c.modeParagraph = t.modeParagraph();
        c.holdbackParagraph = t.holdbackParagraph();
        c.drawdownParagraph = t.drawdownParagraph();
        c.bookingProduct = t.bookingProduct();
        c.bookingAccount = t.bookingAccount();
        c.bookingCostCentre = t.bookingCostCentre();
        return c;
    }

    public PaymentTerms toTerms() {
        return new PaymentTerms(
                mode,
                holdbackShare,
                drawdownMonths,
                modeParagraph,
                holdbackParagraph,
                drawdownParagraph,
                bookingProduct,
                bookingAccount,
                bookingCostCentre);
    }
}
