package de.kulturbuero.grants.grantapplication;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Form model of the "new application" form; validated in the view and again by the service. */
public class NewApplicationForm {

    @NotNull(message = "{grantapplication.validation.programme-required}")
    private Long programmeId;

    @NotBlank(message = "{grantapplication.validation.title-required}")
    @Size(max = 200, message = "{grantapplication.validation.title-size}")
    private String title;

    @NotNull(message = "{grantapplication.validation.partner-city-required}")
    private Long partnerCityId;

    @NotBlank(message = "{grantapplication.validation.partner-organisation-required}")
    @Size(max = 200, message = "{grantapplication.validation.partner-organisation-size}")
    private String partnerOrganisation;

    @NotBlank(message = "{grantapplication.validation.summary-required}")
    @Size(max = 4000, message = "{grantapplication.validation.summary-size}")
    private String summary;

    @NotNull(message = "{grantapplication.validation.start-required}")
    @FutureOrPresent(message = "{grantapplication.validation.start-past}")
    private LocalDate startDate;

    @NotNull(message = "{grantapplication.validation.end-required}")
    private LocalDate endDate;

    @NotNull(message = "{grantapplication.validation.amount-required}")
    @DecimalMin(value = "1.00", message = "{grantapplication.validation.amount-min}")
    @Digits(integer = 10, fraction = 2, message = "{grantapplication.validation.amount-digits}")
    private BigDecimal requestedAmount;

    @AssertTrue(message = "{grantapplication.validation.end-before-start}")
    public boolean isEndNotBeforeStart() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getPartnerCityId() { return partnerCityId; }
    public void setPartnerCityId(Long partnerCityId) { this.partnerCityId = partnerCityId; }
    public String getPartnerOrganisation() { return partnerOrganisation; }
    public void setPartnerOrganisation(String partnerOrganisation) { this.partnerOrganisation = partnerOrganisation; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(BigDecimal requestedAmount) { this.requestedAmount = requestedAmount; }
}
