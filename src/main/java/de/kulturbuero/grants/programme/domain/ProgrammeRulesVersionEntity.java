package de.kulturbuero.grants.programme.domain;

import de.kulturbuero.grants.programme.FinancingType;
import de.kulturbuero.grants.programme.PaymentTerms;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** An immutable snapshot of a programme's rules: written on a change, never updated. */
@Entity
@Immutable
@Table(name = "programme_rules_version")
public class ProgrammeRulesVersionEntity {

    @Embeddable
    public static class RuleCriterion {
        @Column(name = "position")
        private int position;

        @Column(name = "criterion_id")
        private long criterionId;

        @Column(name = "name_de")
        private String nameDe;

        @Column(name = "name_en")
        private String nameEn;

        @Column(name = "weight")
        private int weight;

        protected RuleCriterion() {}

        public RuleCriterion(int position, long criterionId, String nameDe, String nameEn, int weight) {
            this.position = position;
            this.criterionId = criterionId;
            this.nameDe = nameDe;
            this.nameEn = nameEn;
            this.weight = weight;
        }

        public int getPosition() {
            return position;
        }

        public long getCriterionId() {
            return criterionId;
        }

        public String getNameDe() {
            return nameDe;
        }

        public String getNameEn() {
            return nameEn;
        }

        public int getWeight() {
            return weight;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "financing_type")
    private FinancingType financingType;

    @Column(name = "max_share")
    private BigDecimal maxShare;

    @Column(name = "fixed_amount")
    private BigDecimal fixedAmount;

    @Column(name = "max_grant")
    private BigDecimal maxGrant;

    @Column(name = "min_lead_weeks")
    private int minLeadWeeks;

    @Column(name = "decision_threshold")
    private BigDecimal decisionThreshold;

    @Column(name = "eligibility_de")
    private String eligibilityDe;

    @Column(name = "eligibility_en")
    private String eligibilityEn;

    @Embedded
    private PaymentTermsColumns paymentTerms = PaymentTermsColumns.of(PaymentTerms.DEFAULTS);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_rules_criterion", joinColumns = @JoinColumn(name = "rules_version_id"))
    @OrderBy("position")
    private List<RuleCriterion> criteria = new ArrayList<>();

    protected ProgrammeRulesVersionEntity() {}

    /** Snapshot of the programme's current rules and active criteria. */
    public ProgrammeRulesVersionEntity(
            FundingProgrammeEntity p,
            int versionNo,
            List<ProgrammeCriterionEntity> criteria,
            Instant now,
            Long createdBy) {
        this.programmeId = p.getId();
        this.versionNo = versionNo;
        this.createdAt = now;
        this.createdBy = createdBy;
        this.financingType = p.getFinancingType();
        this.maxShare = p.getMaxShare();
        this.fixedAmount = p.getFixedAmount();
        this.maxGrant = p.getMaxGrant();
        this.minLeadWeeks = p.getMinLeadWeeks();
        this.decisionThreshold = p.getDecisionThreshold();
        this.eligibilityDe = p.getEligibilityDe();
        this.eligibilityEn = p.getEligibilityEn();
        this.paymentTerms = PaymentTermsColumns.of(p.getPaymentTerms());
        for (ProgrammeCriterionEntity c : criteria) {
            this.criteria.add(
                    new RuleCriterion(c.getPosition(), c.getId(), c.getNameDe(), c.getNameEn(), c.getWeight()));
        }
    }

    public PaymentTerms getPaymentTerms() {
        return paymentTerms == null ? PaymentTerms.DEFAULTS : paymentTerms.toTerms();
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public FinancingType getFinancingType() {
        return financingType;
    }

    public BigDecimal getMaxShare() {
        return maxShare;
    }

    public BigDecimal getFixedAmount() {
        return fixedAmount;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public int getMinLeadWeeks() {
        return minLeadWeeks;
    }

    public BigDecimal getDecisionThreshold() {
        return decisionThreshold;
    }

    public String getEligibilityDe() {
        return eligibilityDe;
    }

    public String getEligibilityEn() {
        return eligibilityEn;
    }

    public List<RuleCriterion> getCriteria() {
        return criteria;
    }
}
