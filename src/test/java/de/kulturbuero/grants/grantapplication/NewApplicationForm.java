package de.kulturbuero.grants.grantapplication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The few facts most tests care about (programme, title, partner, dates, requested grant). {@link
 * #submitThrough} turns them into a complete draft and submits it along the wizard's own path
 * (create draft, save, submit), so the tests exercise exactly what applicants do.
 */
public class NewApplicationForm {

    private Long programmeId;

    private String title;

    private Long partnerCityId;

    private String partnerOrganisation;

    private String summary;

    private LocalDate startDate;

    private LocalDate endDate;

    private BigDecimal requestedAmount;

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

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
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

    /**
     * Creates a draft, saves a complete application built from these facts (a financing plan that
     * balances and allows the grant under deficit and share financing, travel by train, every
     * declaration) and submits it, as the signed-in applicant.
     */
    public ApplicationSummary submitThrough(GrantApplicationService applications) {
        long id = applications.createDraft(programmeId);
        applications.saveDraft(id, draft());
        return applications.submit(id, Locale.GERMAN);
    }

    ApplicationDraft draft() {
        ApplicationDraft d = new ApplicationDraft();
        d.setTitle(title);
        d.setSummary(summary);
        d.setDescription(summary);
        d.setCategory(ProjectCategory.MUSIC);
        d.setPartnerCityId(partnerCityId);
        d.setPartnerOrganisation(partnerOrganisation);
        d.setPartnerContact("Contact of the partner, partner@example.org");
        d.setPartnerCountry("Partner country");
        d.setPartnerRole("Planned the project with us.");
        d.setPlace("Hannover and the partner city");
        d.setStartDate(startDate);
        d.setEndDate(endDate);
        d.setParticipantsLocal(10);
        d.setParticipantsPartner(10);
        if (requestedAmount != null) {
            // twice the grant plus 500 € of eligible costs, the rest own funds: balanced, and the grant stays within a
            // deficit and within a share of up to 50 %
            BigDecimal costs = requestedAmount.multiply(BigDecimal.TWO).add(new BigDecimal("500.00"));
            d.getCostLines().add(new ApplicationDraft.CostLine(CostCategory.TRAVEL, "Train", costs, true));
            d.getIncomeLines()
                    .add(new ApplicationDraft.IncomeLine(
                            IncomeKind.OWN_FUNDS, "Own funds", costs.subtract(requestedAmount), null));
        }
        d.setRequestedGrant(requestedAmount);
        d.setTravelModeLocal(TravelMode.TRAIN);
        d.setTravelModePartner(TravelMode.TRAIN);
        d.setDeclaredTruthful(true);
        d.setDeclaredPrivacy(true);
        d.setDeclaredNotStarted(true);
        return d;
    }
}
