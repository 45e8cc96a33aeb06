package de.kulturbuero.grants.programme.domain;

import de.kulturbuero.grants.programme.FinancingType;
import de.kulturbuero.grants.programme.PaymentTerms;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

@Entity
@Table(name = "funding_programme")
public class FundingProgrammeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_de")
    private String nameDe;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "description_de")
    private String descriptionDe;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "eligibility_de")
    private String eligibilityDe;

    @Column(name = "eligibility_en")
    private String eligibilityEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "financing_type")
    private FinancingType financingType;

    @Column(name = "max_share")
    private BigDecimal maxShare;

    @Column(name = "fixed_amount")
    private BigDecimal fixedAmount;

    @Column(name = "max_grant")
    private BigDecimal maxGrant;
    /** The default budget for years without an entry in {@link #budgets}. */
    @Column(name = "annual_budget")
    private BigDecimal annualBudget;

    @Column(name = "window_start")
    private LocalDate windowStart;

    @Column(name = "window_end")
    private LocalDate windowEnd;

    @Column(name = "min_lead_weeks")
    private int minLeadWeeks;

    @Column(name = "reference_prefix")
    private String referencePrefix;

    @Embedded
    private PaymentTermsColumns paymentTerms = PaymentTermsColumns.of(PaymentTerms.DEFAULTS);

    @Column(name = "decision_threshold")
    private BigDecimal decisionThreshold;
    /** False once archived: no longer offered, kept for the applications that refer to it. */
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_budget", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "amount")
    private Map<Integer, BigDecimal> budgets = new TreeMap<>();

    protected FundingProgrammeEntity() {}

    public FundingProgrammeEntity(String code) {
        this.code = code;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
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

    public BigDecimal getMaxShare() {
        return maxShare;
    }

    public void setMaxShare(BigDecimal maxShare) {
        this.maxShare = maxShare;
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

    public int getMinLeadWeeks() {
        return minLeadWeeks;
    }

    public void setMinLeadWeeks(int minLeadWeeks) {
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Map<Integer, BigDecimal> getBudgets() {
        return budgets;
    }

    /** The budget of {@code year}: its own entry, else the default annual budget. */
    public BigDecimal budgetFor(int year) {
        return budgets.getOrDefault(year, annualBudget);
    }

    public PaymentTerms getPaymentTerms() {
        return paymentTerms == null ? PaymentTerms.DEFAULTS : paymentTerms.toTerms();
    }

    public void setPaymentTerms(PaymentTerms terms) {
        this.paymentTerms = PaymentTermsColumns.of(terms);
    }
}
