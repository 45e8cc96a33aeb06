package de.kulturbuero.grants.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Form model of the programme editor (create and edit). The maximum share is entered in percent.
 * {@link ProgrammeFormCheck} validates it, in the view and again in the service.
 */
public class ProgrammeForm {

    /** One year's budget. */
    public static class BudgetLine {
        private Integer year;
        private BigDecimal amount;

        public BudgetLine() {}

        public BudgetLine(Integer year, BigDecimal amount) {
            this.year = year;
            this.amount = amount;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** One assessment criterion; {@code id} is null for a new one. */
    public static class CriterionLine {
        private Long id;
        private String nameDe;
        private String nameEn;
        private Integer weight;

        public CriterionLine() {}

        public CriterionLine(Long id, String nameDe, String nameEn, Integer weight) {
            this.id = id;
            this.nameDe = nameDe;
            this.nameEn = nameEn;
            this.weight = weight;
        }

        public Long getId() {
            return id;
        }

        public String getNameDe() {
            return nameDe;
        }

        public void setNameDe(String nameDe) {
            this.nameDe = nameDe;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    private Long id;
    private String nameDe;
    private String nameEn;
    private String descriptionDe;
    private String descriptionEn;
    private String eligibilityDe;
    private String eligibilityEn;
    private FinancingType financingType = FinancingType.DEFICIT;
    private BigDecimal maxSharePercent;
    private BigDecimal fixedAmount;
    private BigDecimal maxGrant;
    private BigDecimal annualBudget;
    private LocalDate windowStart;
    private LocalDate windowEnd;
    private Integer minLeadWeeks = 6;
    private String referencePrefix;
    private BigDecimal decisionThreshold = new BigDecimal("5000.00");
    private List<BudgetLine> budgets = new ArrayList<>();
    private List<CriterionLine> criteria = new ArrayList<>();
    private PaymentMode paymentMode = PaymentTerms.DEFAULTS.mode();
    private BigDecimal holdbackPercent = percent(PaymentTerms.DEFAULTS.holdbackShare());
    private Integer drawdownMonths = PaymentTerms.DEFAULTS.drawdownMonths();
    private String paymentModeParagraph = PaymentTerms.DEFAULTS.modeParagraph();
    private String holdbackParagraph = PaymentTerms.DEFAULTS.holdbackParagraph();
    private String drawdownParagraph = PaymentTerms.DEFAULTS.drawdownParagraph();
    private String bookingProduct = PaymentTerms.DEFAULTS.bookingProduct();
    private String bookingAccount = PaymentTerms.DEFAULTS.bookingAccount();
    private String bookingCostCentre = PaymentTerms.DEFAULTS.bookingCostCentre();

    /** A stored share (0.1250) as the percent the editor shows (12.5), without trailing zeros or exponent. */
    static BigDecimal percent(BigDecimal share) {
        BigDecimal p = share.movePointRight(2).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    /** The payment terms of the form's payment fields (call only once {@link ProgrammeFormCheck} found no problem). */
    PaymentTerms paymentTerms() {
        return new PaymentTerms(
                paymentMode,
                holdbackPercent.movePointLeft(2),
                drawdownMonths,
                trimToNull(paymentModeParagraph),
                trimToNull(holdbackParagraph),
                trimToNull(drawdownParagraph),
                trimToNull(bookingProduct),
                trimToNull(bookingAccount),
                trimToNull(bookingCostCentre));
    }

    /** Fills the payment fields from stored terms. */
    void fillPaymentFields(PaymentTerms t) {
        paymentMode = t.mode();
        holdbackPercent = percent(t.holdbackShare());
        drawdownMonths = t.drawdownMonths();
        paymentModeParagraph = t.modeParagraph();
        holdbackParagraph = t.holdbackParagraph();
        drawdownParagraph = t.drawdownParagraph();
        bookingProduct = t.bookingProduct();
        bookingAccount = t.bookingAccount();
        bookingCostCentre = t.bookingCostCentre();
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(String nameDe) {
        this.nameDe = nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getEligibilityDe() {
        return eligibilityDe;
    }

    public void setEligibilityDe(String eligibilityDe) {
        this.eligibilityDe = eligibilityDe;
    }

    public String getEligibilityEn() {
        return eligibilityEn;
    }

    public void setEligibilityEn(String eligibilityEn) {
        this.eligibilityEn = eligibilityEn;
    }

    public FinancingType getFinancingType() {
        return financingType;
    }

    public void setFinancingType(FinancingType financingType) {
        this.financingType = financingType;
    }

    public BigDecimal getMaxSharePercent() {
        return maxSharePercent;
    }

    public void setMaxSharePercent(BigDecimal maxSharePercent) {
        this.maxSharePercent = maxSharePercent;
    }

    public BigDecimal getFixedAmount() {
        return fixedAmount;
    }

    public void setFixedAmount(BigDecimal fixedAmount) {
        this.fixedAmount = fixedAmount;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public void setMaxGrant(BigDecimal maxGrant) {
        this.maxGrant = maxGrant;
    }

    public BigDecimal getAnnualBudget() {
        return annualBudget;
    }

    public void setAnnualBudget(BigDecimal annualBudget) {
        this.annualBudget = annualBudget;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(LocalDate windowStart) {
        this.windowStart = windowStart;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }

    public void setWindowEnd(LocalDate windowEnd) {
        this.windowEnd = windowEnd;
    }

    public Integer getMinLeadWeeks() {
        return minLeadWeeks;
    }

    public void setMinLeadWeeks(Integer minLeadWeeks) {
        this.minLeadWeeks = minLeadWeeks;
    }

    public String getReferencePrefix() {
        return referencePrefix;
    }

    public void setReferencePrefix(String referencePrefix) {
        this.referencePrefix = referencePrefix;
    }

    public BigDecimal getDecisionThreshold() {
        return decisionThreshold;
    }

    public void setDecisionThreshold(BigDecimal decisionThreshold) {
        this.decisionThreshold = decisionThreshold;
    }

    public List<BudgetLine> getBudgets() {
        return budgets;
    }

    public void setBudgets(List<BudgetLine> budgets) {
        this.budgets = budgets;
    }

    public List<CriterionLine> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionLine> criteria) {
        this.criteria = criteria;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public void setPaymentMode(PaymentMode paymentMode) {
        this.paymentMode = paymentMode;
    }

    public BigDecimal getHoldbackPercent() {
        return holdbackPercent;
    }

    public void setHoldbackPercent(BigDecimal holdbackPercent) {
        this.holdbackPercent = holdbackPercent;
    }

    public Integer getDrawdownMonths() {
        return drawdownMonths;
    }

    public void setDrawdownMonths(Integer drawdownMonths) {
        this.drawdownMonths = drawdownMonths;
    }

    public String getPaymentModeParagraph() {
        return paymentModeParagraph;
    }

    public void setPaymentModeParagraph(String paymentModeParagraph) {
        this.paymentModeParagraph = paymentModeParagraph;
    }

    public String getHoldbackParagraph() {
        return holdbackParagraph;
    }

    public void setHoldbackParagraph(String holdbackParagraph) {
        this.holdbackParagraph = holdbackParagraph;
    }

    public String getDrawdownParagraph() {
        return drawdownParagraph;
    }

    public void setDrawdownParagraph(String drawdownParagraph) {
        this.drawdownParagraph = drawdownParagraph;
    }

    public String getBookingProduct() {
        return bookingProduct;
    }

    public void setBookingProduct(String bookingProduct) {
        this.bookingProduct = bookingProduct;
    }

    public String getBookingAccount() {
        return bookingAccount;
    }

    public void setBookingAccount(String bookingAccount) {
        this.bookingAccount = bookingAccount;
    }

    public String getBookingCostCentre() {
        return bookingCostCentre;
    }

    public void setBookingCostCentre(String bookingCostCentre) {
        this.bookingCostCentre = bookingCostCentre;
    }
}
