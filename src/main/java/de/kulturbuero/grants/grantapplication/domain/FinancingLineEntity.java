package de.kulturbuero.grants.grantapplication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A cost or income line of an application's financing plan; categories and statuses as enum names. */
@Entity
@Table(name = "application_financing_line")
public class FinancingLineEntity {

    public static final String COST = "COST";
    public static final String INCOME = "INCOME";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplicationEntity application;

    private int position;

    @Column(name = "line_type")
    private String lineType;

    private String category;
    private String description;
    private BigDecimal amount;
    private boolean eligible = true;

    @Column(name = "funding_status")
    private String fundingStatus;

    protected FinancingLineEntity() {}

    public FinancingLineEntity(
            GrantApplicationEntity application,
            int position,
            String lineType,
            String category,
            String description,
            BigDecimal amount,
            boolean eligible,
            String fundingStatus) {
        this.application = application;
        this.position = position;
        this.lineType = lineType;
        this.category = category;
        this.description = description;
        this.amount = amount;
        this.eligible = eligible;
        this.fundingStatus = fundingStatus;
    }

    /** Takes over another line's values at this position (autosave updates lines in place). */
    public void copyValues(FinancingLineEntity other) {
        this.lineType = other.lineType;
        this.category = other.category;
        this.description = other.description;
        this.amount = other.amount;
        this.eligible = other.eligible;
        this.fundingStatus = other.fundingStatus;
    }

    public int getPosition() {
        return position;
    }

    public String getLineType() {
        return lineType;
    }

    public String getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public boolean isEligible() {
        return eligible;
    }

    public String getFundingStatus() {
        return fundingStatus;
    }
}
