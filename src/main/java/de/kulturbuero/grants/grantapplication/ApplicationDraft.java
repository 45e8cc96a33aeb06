package de.kulturbuero.grants.grantapplication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything an applicant enters in the multi-step form: the form model of the wizard, saved as
 * a draft at every change (format checks only) and checked completely at submission by
 * {@link SubmissionRules}. Also the content of the receipt.
 */
public class ApplicationDraft {

    /** One cost line of the financing plan; non-eligible lines count in the total only. */
    public static class CostLine {
        private CostCategory category;
        private String description;
        private BigDecimal amount;
        private boolean eligible = true;

        public CostLine() {}

        public CostLine(CostCategory category, String description, BigDecimal amount, boolean eligible) {
            this.category = category;
            this.description = description;
            this.amount = amount;
            this.eligible = eligible;
        }

        public CostCategory getCategory() {
            return category;
        }

        public void setCategory(CostCategory category) {
            this.category = category;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public boolean isEligible() {
            return eligible;
        }

        public void setEligible(boolean eligible) {
            this.eligible = eligible;
        }
    }

    /** One income line of the financing plan (the requested grant is not a line). */
    public static class IncomeLine {
        private IncomeKind kind;
        private String description;
        private BigDecimal amount;
        private FundingStatus status;

        public IncomeLine() {}

        public IncomeLine(IncomeKind kind, String description, BigDecimal amount, FundingStatus status) {
            this.kind = kind;
            this.description = description;
            this.amount = amount;
            this.status = status;
        }

        public IncomeKind getKind() {
            return kind;
        }

        public void setKind(IncomeKind kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public FundingStatus getStatus() {
            return status;
        }

        public void setStatus(FundingStatus status) {
            this.status = status;
        }
    }

    private Long programmeId;
    // project
    private String title;
    private String summary;
    private String description;
    private ProjectCategory category;
    private Long partnerCityId;
    private String partnerOrganisation;
    private String partnerContact;
    private String partnerCountry;
    private String partnerRole;
    private String place;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer participantsLocal;
    private Integer participantsPartner;
    // financing plan
    private List<CostLine> costLines = new ArrayList<>();
    private List<IncomeLine> incomeLines = new ArrayList<>();
    private BigDecimal requestedGrant;
    // travel
    private TravelMode travelModeLocal;
    private boolean co2CompensatedLocal;
    private TravelMode travelModePartner;
    private boolean co2CompensatedPartner;
    // declarations
    private boolean declaredTruthful;
    private boolean declaredPrivacy;
    private boolean declaredNotStarted;
    private boolean earlyStartRequested;
    private String earlyStartReason;
    private boolean consentPublish;

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public void setCategory(ProjectCategory category) {
        this.category = category;
    }

    public Long getPartnerCityId() {
        return partnerCityId;
    }

    public void setPartnerCityId(Long partnerCityId) {
        this.partnerCityId = partnerCityId;
    }

    public String getPartnerOrganisation() {
        return partnerOrganisation;
    }

    public void setPartnerOrganisation(String partnerOrganisation) {
        this.partnerOrganisation = partnerOrganisation;
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

    public List<CostLine> getCostLines() {
        return costLines;
    }

    public void setCostLines(List<CostLine> costLines) {
        this.costLines = costLines == null ? new ArrayList<>() : costLines;
    }

    public List<IncomeLine> getIncomeLines() {
        return incomeLines;
    }

    public void setIncomeLines(List<IncomeLine> incomeLines) {
        this.incomeLines = incomeLines == null ? new ArrayList<>() : incomeLines;
    }

    public BigDecimal getRequestedGrant() {
        return requestedGrant;
    }

    public void setRequestedGrant(BigDecimal requestedGrant) {
        this.requestedGrant = requestedGrant;
    }

    public TravelMode getTravelModeLocal() {
        return travelModeLocal;
    }

    public void setTravelModeLocal(TravelMode travelModeLocal) {
        this.travelModeLocal = travelModeLocal;
    }

    public boolean isCo2CompensatedLocal() {
        return co2CompensatedLocal;
    }

    public void setCo2CompensatedLocal(boolean co2CompensatedLocal) {
        this.co2CompensatedLocal = co2CompensatedLocal;
    }

    public TravelMode getTravelModePartner() {
        return travelModePartner;
    }

    public void setTravelModePartner(TravelMode travelModePartner) {
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
}
