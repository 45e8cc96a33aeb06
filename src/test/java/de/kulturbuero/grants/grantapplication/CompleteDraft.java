package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A complete application that passes every rule, for tests that need one. */
public final class CompleteDraft {

    private CompleteDraft() {}

    /** A complete, balanced application for the IK programme (deficit financing, at most 10,000 €). */
    public static ApplicationDraft of(ProgrammeService programmes, String title) {
        PartnerCitySummary bristol = programmes.activePartnerCities().stream()
                .filter(c -> c.name().equals("Bristol"))
                .findFirst()
                .orElseThrow();
        ApplicationDraft d = new ApplicationDraft();
        d.setTitle(title);
        d.setSummary("Two brass bands meet.");
        d.setDescription("Rehearsals, a joint concert in Hannover and one in Bristol.");
        d.setCategory(ProjectCategory.MUSIC);
        d.setPartnerCityId(bristol.id());
        d.setPartnerOrganisation("Bristol Youth Brass");
        d.setPartnerContact("Jo Smith, jo@example.org");
        d.setPartnerCountry("United Kingdom");
        d.setPartnerRole("Wrote the concert programme with us.");
        d.setPlace("Hannover and Bristol");
        LocalDate start = LocalDate.now().plusMonths(3);
        d.setStartDate(start);
        d.setEndDate(start.plusDays(7));
        d.setParticipantsLocal(25);
        d.setParticipantsPartner(20);
        d.getCostLines()
                .add(new ApplicationDraft.CostLine(CostCategory.TRAVEL, "Coach", new BigDecimal("3200.00"), true));
        d.getCostLines()
                .add(new ApplicationDraft.CostLine(
                        CostCategory.OTHER, "Reception drinks", new BigDecimal("300.00"), false));
        d.getIncomeLines()
                .add(new ApplicationDraft.IncomeLine(
                        IncomeKind.OWN_FUNDS, "Club funds", new BigDecimal("500.00"), null));
        d.getIncomeLines()
                .add(new ApplicationDraft.IncomeLine(
                        IncomeKind.THIRD_PARTY_FUNDS, "Foundation", new BigDecimal("700.00"), FundingStatus.APPLIED));
        d.setRequestedGrant(new BigDecimal("2300.00"));
        d.setTravelModeLocal(TravelMode.BUS);
        d.setTravelModePartner(TravelMode.FLIGHT);
        d.setCo2CompensatedPartner(true);
        d.setDeclaredTruthful(true);
        d.setDeclaredPrivacy(true);
        d.setDeclaredNotStarted(true);
        d.setConsentPublish(true);
        return d;
    }
}
