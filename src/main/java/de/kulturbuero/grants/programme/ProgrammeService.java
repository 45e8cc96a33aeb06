package de.kulturbuero.grants.programme;

import de.kulturbuero.grants.programme.domain.FundingProgrammeEntity;
import de.kulturbuero.grants.programme.domain.FundingProgrammeRepository;
import de.kulturbuero.grants.programme.domain.PartnerCityEntity;
import de.kulturbuero.grants.programme.domain.PartnerCityRepository;
import de.kulturbuero.grants.programme.domain.ProgrammeCriterionRepository;
import de.kulturbuero.grants.programme.domain.ProgrammeRulesVersionEntity;
import de.kulturbuero.grants.programme.domain.ProgrammeRulesVersionRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding programmes and partner cities. Reading them is public (the programme catalogue needs
 * no login), so this service carries no method security; editing is in
 * {@link ProgrammeAdministration} and {@link PartnerCityAdministration} (ADMIN only).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final FundingProgrammeRepository programmes;
    private final PartnerCityRepository cities;
    private final ProgrammeCriterionRepository criteria;
    private final ProgrammeRulesVersionRepository versions;
    private final Clock clock;
    private final double homeLatitude;
    private final double homeLongitude;

    ProgrammeService(
            FundingProgrammeRepository programmes,
            PartnerCityRepository cities,
            ProgrammeCriterionRepository criteria,
            ProgrammeRulesVersionRepository versions,
            Clock clock,
            @Value("${grants.home-city.latitude}") double homeLatitude,
            @Value("${grants.home-city.longitude}") double homeLongitude) {
        this.programmes = programmes;
        this.cities = cities;
        this.criteria = criteria;
        this.versions = versions;
        this.clock = clock;
        this.homeLatitude = homeLatitude;
        this.homeLongitude = homeLongitude;
    }

    /** Active programmes whose application window is open today. */
    public List<ProgrammeSummary> openProgrammes() {
        LocalDate today = LocalDate.now(clock);
        return programmes.findByActiveTrueOrderById().stream()
                .map(ProgrammeService::toSummary)
                .filter(p -> p.isOpenOn(today))
                .toList();
    }

    /** Every programme, also closed and inactive ones (for names in lists of older applications). */
    public List<ProgrammeSummary> allProgrammes() {
        return programmes.findAll().stream().map(ProgrammeService::toSummary).toList();
    }

    public Optional<ProgrammeSummary> programme(long id) {
        return programmes.findById(id).map(ProgrammeService::toSummary);
    }

    /** The programme's budget for {@code year}: its own entry for that year, else the default annual budget. */
    public BigDecimal budget(long programmeId, int year) {
        return programmes
                .findById(programmeId)
                .map(p -> p.budgetFor(year))
                .orElseThrow(() -> new IllegalArgumentException("No programme " + programmeId));
    }

    /** The programme's current assessment criteria with their weights, in order. */
    public List<Criterion> criteria(long programmeId) {
        return criteria.findByProgrammeIdAndActiveTrueOrderByPosition(programmeId).stream()
                .map(c -> new Criterion(c.getId(), c.getNameDe(), c.getNameEn(), c.getWeight()))
                .toList();
    }

    /** Id of the programme's current rules version; an application stores it when it is submitted. */
    public long currentRulesVersion(long programmeId) {
        return versions.findFirstByProgrammeIdOrderByVersionNoDesc(programmeId)
                .map(ProgrammeRulesVersionEntity::getId)
                .orElseThrow(() -> new IllegalStateException("Programme " + programmeId + " has no rules version"));
    }

    /** One rules version (immutable): what an application submitted under it is judged by. */
    public ProgrammeRules rules(long versionId) {
        return versions.findById(versionId)
                .map(ProgrammeService::toRules)
                .orElseThrow(() -> new IllegalArgumentException("No rules version " + versionId));
    }

    public List<PartnerCitySummary> activePartnerCities() {
        return cities.findByActiveTrueOrderByName().stream()
                .map(this::toSummary)
                .toList();
    }

    /** Every partner city, also inactive ones (for reports on older applications). */
    public List<PartnerCitySummary> allPartnerCities() {
        return cities.findAll().stream().map(this::toSummary).toList();
    }

    public Optional<PartnerCitySummary> partnerCity(long id) {
        return cities.findById(id).map(this::toSummary);
    }

    /** Financing and eligibility terms of a programme (application rules, public catalogue). */
    public Optional<ProgrammeTerms> terms(long programmeId) {
        return programmes.findById(programmeId).map(ProgrammeService::toTerms);
    }

    /** The open programmes with their terms, in one read (the public catalogue shows both). */
    public List<ProgrammeTerms> openProgrammeTerms() {
        LocalDate today = LocalDate.now(clock);
        return programmes.findByActiveTrueOrderById().stream()
                .filter(p -> toSummary(p).isOpenOn(today))
                .map(ProgrammeService::toTerms)
                .toList();
    }

    private static ProgrammeTerms toTerms(FundingProgrammeEntity p) {
        return new ProgrammeTerms(
                p.getId(),
                p.getFinancingType(),
                p.getMaxGrant(),
                p.getMaxShare(),
                p.getFixedAmount(),
                p.getMinLeadWeeks(),
                p.getEligibilityDe(),
                p.getEligibilityEn());
    }

    static ProgrammeSummary toSummary(FundingProgrammeEntity p) {
        return new ProgrammeSummary(
                p.getId(),
                p.getCode(),
                p.getNameDe(),
                p.getNameEn(),
                p.getDescriptionDe(),
                p.getDescriptionEn(),
                p.getFinancingType(),
                p.getMaxGrant(),
                p.getDecisionThreshold(),
                p.getReferencePrefix(),
                p.getWindowStart(),
                p.getWindowEnd(),
                p.getMinLeadWeeks());
    }

    static ProgrammeRules toRules(ProgrammeRulesVersionEntity v) {
        return new ProgrammeRules(
                v.getId(),
                v.getProgrammeId(),
                v.getVersionNo(),
                v.getCreatedAt(),
                v.getFinancingType(),
                v.getMaxShare(),
                v.getFixedAmount(),
                v.getMaxGrant(),
                v.getMinLeadWeeks(),
                v.getDecisionThreshold(),
                v.getEligibilityDe(),
                v.getEligibilityEn(),
                v.getCriteria().stream()
                        .map(c -> new Criterion(c.getCriterionId(), c.getNameDe(), c.getNameEn(), c.getWeight()))
                        .toList(),
                v.getPaymentTerms());
    }

    PartnerCitySummary toSummary(PartnerCityEntity c) {
        return new PartnerCitySummary(
                c.getId(), c.getName(), c.getCountry(), c.getPartnerSince(), distanceKm(c), c.isReachableByGround());
    }

    long distanceKm(PartnerCityEntity c) {
        return Math.round(GreatCircle.kilometres(
                homeLatitude,
                homeLongitude,
                c.getLatitude().doubleValue(),
                c.getLongitude().doubleValue()));
    }
}
