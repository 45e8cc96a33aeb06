package de.kulturbuero.grants.programme.domain;

import de.kulturbuero.grants.programme.FinancingType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "funding_programme")
public class FundingProgrammeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "name_de") private String nameDe;
    @Column(name = "name_en") private String nameEn;
    @Column(name = "description_de") private String descriptionDe;
    @Column(name = "description_en") private String descriptionEn;
    @Column(name = "eligibility_de") private String eligibilityDe;
    @Column(name = "eligibility_en") private String eligibilityEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "financing_type")
    private FinancingType financingType;
    @Column(name = "max_share") private BigDecimal maxShare;
    @Column(name = "fixed_amount") private BigDecimal fixedAmount;
    @Column(name = "max_grant") private BigDecimal maxGrant;
    @Column(name = "annual_budget") private BigDecimal annualBudget;
    @Column(name = "window_start") private LocalDate windowStart;
    @Column(name = "window_end") private LocalDate windowEnd;
    @Column(name = "min_lead_weeks") private int minLeadWeeks;
    @Column(name = "reference_prefix") private String referencePrefix;
    @Column(name = "decision_threshold") private BigDecimal decisionThreshold;
    private boolean active;

    protected FundingProgrammeEntity() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameDe() { return nameDe; }
    public String getNameEn() { return nameEn; }
    public String getDescriptionDe() { return descriptionDe; }
    public String getDescriptionEn() { return descriptionEn; }
    public String getEligibilityDe() { return eligibilityDe; }
    public String getEligibilityEn() { return eligibilityEn; }
    public FinancingType getFinancingType() { return financingType; }
    public BigDecimal getMaxShare() { return maxShare; }
    public BigDecimal getFixedAmount() { return fixedAmount; }
    public BigDecimal getMaxGrant() { return maxGrant; }
    public BigDecimal getAnnualBudget() { return annualBudget; }
    public LocalDate getWindowStart() { return windowStart; }
    public LocalDate getWindowEnd() { return windowEnd; }
    public int getMinLeadWeeks() { return minLeadWeeks; }
    public String getReferencePrefix() { return referencePrefix; }
    public BigDecimal getDecisionThreshold() { return decisionThreshold; }
    public boolean isActive() { return active; }
}
