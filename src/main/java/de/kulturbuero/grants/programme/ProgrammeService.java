package de.kulturbuero.grants.programme;

import de.kulturbuero.grants.programme.domain.FundingProgrammeEntity;
import de.kulturbuero.grants.programme.domain.FundingProgrammeRepository;
import de.kulturbuero.grants.programme.domain.PartnerCityEntity;
import de.kulturbuero.grants.programme.domain.PartnerCityRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Funding programmes and partner cities. Reading them is public (the programme catalogue needs
 * no login), so this service carries no method security; editing comes with the admin module.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final FundingProgrammeRepository programmes;
    private final PartnerCityRepository cities;
    private final Clock clock;
    private final double homeLatitude;
    private final double homeLongitude;

    ProgrammeService(FundingProgrammeRepository programmes, PartnerCityRepository cities, Clock clock,
                     @Value("${grants.home-city.latitude}") double homeLatitude,
                     @Value("${grants.home-city.longitude}") double homeLongitude) {
        this.programmes = programmes;
        this.cities = cities;
        this.clock = clock;
        this.homeLatitude = homeLatitude;
        this.homeLongitude = homeLongitude;
    }

    /** Active programmes whose application window is open today. */
    public List<ProgrammeSummary> openProgrammes() {
        LocalDate today = LocalDate.now(clock);
        return programmes.findByActiveTrueOrderById().stream().map(ProgrammeService::toSummary)
                .filter(p -> p.isOpenOn(today)).toList();
    }

    /** Every programme, also closed and inactive ones (for names in lists of older applications). */
    public List<ProgrammeSummary> allProgrammes() {
        return programmes.findAll().stream().map(ProgrammeService::toSummary).toList();
    }

    public Optional<ProgrammeSummary> programme(long id) {
        return programmes.findById(id).map(ProgrammeService::toSummary);
    }

    public List<PartnerCitySummary> activePartnerCities() {
        return cities.findByActiveTrueOrderByName().stream().map(this::toSummary).toList();
    }

    public Optional<PartnerCitySummary> partnerCity(long id) {
        return cities.findById(id).map(this::toSummary);
    }

    /** Financing and eligibility terms of a programme (application rules, public catalogue). */
    public Optional<ProgrammeTerms> terms(long programmeId) {
        return programmes.findById(programmeId).map(p -> new ProgrammeTerms(p.getId(), p.getFinancingType(),
                p.getMaxGrant(), p.getMaxShare(), p.getFixedAmount(), p.getMinLeadWeeks(), p.getEligibilityDe(),
                p.getEligibilityEn()));
    }

    private static ProgrammeSummary toSummary(FundingProgrammeEntity p) {
        return new ProgrammeSummary(p.getId(), p.getCode(), p.getNameDe(), p.getNameEn(), p.getDescriptionDe(),
                p.getDescriptionEn(), p.getFinancingType(), p.getMaxGrant(), p.getDecisionThreshold(),
                p.getReferencePrefix(), p.getWindowStart(), p.getWindowEnd(), p.getMinLeadWeeks());
    }

    private PartnerCitySummary toSummary(PartnerCityEntity c) {
        long km = Math.round(GreatCircle.kilometres(homeLatitude, homeLongitude,
                c.getLatitude().doubleValue(), c.getLongitude().doubleValue()));
        return new PartnerCitySummary(c.getId(), c.getName(), c.getCountry(), c.getPartnerSince(), km, c.isReachableByGround());
    }
}
