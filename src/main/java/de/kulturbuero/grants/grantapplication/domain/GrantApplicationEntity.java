package de.kulturbuero.grants.grantapplication.domain;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "grant_application")
public class GrantApplicationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "partner_city_id")
    private Long partnerCityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reference_number")
    private String referenceNumber;

    private String title;
    private String summary;

    @Column(name = "partner_organisation")
    private String partnerOrganisation;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "requested_amount")
    private BigDecimal requestedAmount;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "formal_check_note")
    private String formalCheckNote;

    @Column(name = "granted_amount")
    private BigDecimal grantedAmount;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;
    // review workflow
    @Column(name = "decision_conditions")
    private String decisionConditions;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    /** The programme rules version the application was submitted under; null for drafts. */
    @Column(name = "rules_version_id")
    private Long rulesVersionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;
    // the multi-step form
    private String description;
    private String category;

    @Column(name = "partner_contact")
    private String partnerContact;

    @Column(name = "partner_country")
    private String partnerCountry;

    @Column(name = "partner_role")
    private String partnerRole;

    private String place;

    @Column(name = "participants_local")
    private Integer participantsLocal;

    @Column(name = "participants_partner")
    private Integer participantsPartner;

    @Column(name = "travel_mode_local")
    private String travelModeLocal;

    @Column(name = "co2_compensated_local")
    private boolean co2CompensatedLocal;

    @Column(name = "travel_mode_partner")
    private String travelModePartner;

    @Column(name = "co2_compensated_partner")
    private boolean co2CompensatedPartner;

    @Column(name = "declared_truthful")
    private boolean declaredTruthful;

    @Column(name = "declared_privacy")
    private boolean declaredPrivacy;

    @Column(name = "declared_not_started")
    private boolean declaredNotStarted;

    @Column(name = "early_start_requested")
    private boolean earlyStartRequested;

    @Column(name = "early_start_reason")
    private String earlyStartReason;

    @Column(name = "consent_publish")
    private boolean consentPublish;

    @Column(name = "applicant_language")
    private String applicantLanguage;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FinancingLineEntity> financingLines = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("changedAt, id")
    private List<StatusHistoryEntity> statusHistory = new ArrayList<>();

    protected GrantApplicationEntity() {}

    public GrantApplicationEntity(long applicantId, long programmeId, Instant now) {
        this.applicantId = applicantId;
        this.programmeId = programmeId;
        this.createdAt = now;
        this.updatedAt = now;
        this.statusChangedAt = now;
        this.statusHistory.add(new StatusHistoryEntity(this, ApplicationStatus.DRAFT, now));
    }

    /** Moves the public status and appends it to the status history (the applicant's timeline). */
    public void changeStatus(ApplicationStatus newStatus, Instant now) {
        this.status = newStatus;
        this.statusChangedAt = now;
        this.updatedAt = now;
        this.statusHistory.add(new StatusHistoryEntity(this, newStatus, now));
    }

    /** The case was closed (final report checked and settled); retention runs from here. */
    public void close(Instant now) {
        this.closedAt = now;
        this.updatedAt = now;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void submit(String referenceNumber, Instant now) {
        this.referenceNumber = referenceNumber;
        this.submittedAt = now;
        changeStatus(ApplicationStatus.SUBMITTED, now);
    }

    public void recordFormalCheck(String note, Instant now) {
        this.formalCheckNote = note;
        this.updatedAt = now;
    }

    public void recordDecision(BigDecimal grantedAmount, String reason, long decidedBy, Instant now) {
        this.grantedAmount = grantedAmount;
        this.decisionReason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
        this.updatedAt = now;
    }

    public void recordConditions(String conditions) {
        this.decisionConditions = conditions;
    }

    public void recordWithdrawal(String reason, Instant now) {
        this.withdrawalReason = reason;
        this.withdrawnAt = now;
        this.updatedAt = now;
    }

    public String getDecisionConditions() {
        return decisionConditions;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Long getId() {
        return id;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public Long getPartnerCityId() {
        return partnerCityId;
    }

    public void setPartnerCityId(Long partnerCityId) {
        this.partnerCityId = partnerCityId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPartnerOrganisation() {
        return partnerOrganisation;
    }

    public void setPartnerOrganisation(String partnerOrganisation) {
        this.partnerOrganisation = partnerOrganisation;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getFormalCheckNote() {
        return formalCheckNote;
    }

    public BigDecimal getGrantedAmount() {
        return grantedAmount;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getRulesVersionId() {
        return rulesVersionId;
    }

    public void setRulesVersionId(Long rulesVersionId) {
        this.rulesVersionId = rulesVersionId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPartnerContact() {
        return partnerContact;
    }

    public void setPartnerContact(String partnerContact) {
        this.partnerContact = partnerContact;
    }

    public String getPartnerCountry() {
        return partnerCountry;
    }

    public void setPartnerCountry(String partnerCountry) {
        this.partnerCountry = partnerCountry;
    }

    public String getPartnerRole() {
        return partnerRole;
    }

    public void setPartnerRole(String partnerRole) {
        this.partnerRole = partnerRole;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getParticipantsLocal() {
        return participantsLocal;
    }

    public void setParticipantsLocal(Integer participantsLocal) {
        this.participantsLocal = participantsLocal;
    }

    public Integer getParticipantsPartner() {
        return participantsPartner;
    }

    public void setParticipantsPartner(Integer participantsPartner) {
        this.participantsPartner = participantsPartner;
    }

    public String getTravelModeLocal() {
        return travelModeLocal;
    }

    public void setTravelModeLocal(String travelModeLocal) {
        this.travelModeLocal = travelModeLocal;
    }

    public boolean isCo2CompensatedLocal() {
        return co2CompensatedLocal;
    }

    public void setCo2CompensatedLocal(boolean co2CompensatedLocal) {
        this.co2CompensatedLocal = co2CompensatedLocal;
    }

    public String getTravelModePartner() {
        return travelModePartner;
    }

    public void setTravelModePartner(String travelModePartner) {
        this.travelModePartner = travelModePartner;
    }

    public boolean isCo2CompensatedPartner() {
        return co2CompensatedPartner;
    }

    public void setCo2CompensatedPartner(boolean co2CompensatedPartner) {
        this.co2CompensatedPartner = co2CompensatedPartner;
    }

    public boolean isDeclaredTruthful() {
        return declaredTruthful;
    }

    public void setDeclaredTruthful(boolean declaredTruthful) {
        this.declaredTruthful = declaredTruthful;
    }

    public boolean isDeclaredPrivacy() {
        return declaredPrivacy;
    }

    public void setDeclaredPrivacy(boolean declaredPrivacy) {
        this.declaredPrivacy = declaredPrivacy;
    }

    public boolean isDeclaredNotStarted() {
        return declaredNotStarted;
    }

    public void setDeclaredNotStarted(boolean declaredNotStarted) {
        this.declaredNotStarted = declaredNotStarted;
    }

    public boolean isEarlyStartRequested() {
        return earlyStartRequested;
    }

    public void setEarlyStartRequested(boolean earlyStartRequested) {
        this.earlyStartRequested = earlyStartRequested;
    }

    public String getEarlyStartReason() {
        return earlyStartReason;
    }

    public void setEarlyStartReason(String earlyStartReason) {
        this.earlyStartReason = earlyStartReason;
    }

    public boolean isConsentPublish() {
        return consentPublish;
    }

    public void setConsentPublish(boolean consentPublish) {
        this.consentPublish = consentPublish;
    }

    public String getApplicantLanguage() {
        return applicantLanguage;
    }

    public void setApplicantLanguage(String applicantLanguage) {
        this.applicantLanguage = applicantLanguage;
    }

    public List<FinancingLineEntity> getFinancingLines() {
        return financingLines;
    }

    public List<StatusHistoryEntity> getStatusHistory() {
        return statusHistory;
    }
}
