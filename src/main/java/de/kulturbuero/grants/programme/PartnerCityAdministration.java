package de.kulturbuero.grants.programme;

import de.kulturbuero.grants.programme.ProgrammeDataRejected.Problem;
import de.kulturbuero.grants.programme.domain.PartnerCityEntity;
import de.kulturbuero.grants.programme.domain.PartnerCityRepository;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's administration of partner cities (ADMIN only). Cities are never deleted, only
 * made inactive: applications refer to them, and an inactive city is not offered to applicants.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PartnerCityAdministration {

    private final PartnerCityRepository cities;
    private final ProgrammeService programmes;
    private final Clock clock;

    PartnerCityAdministration(PartnerCityRepository cities, ProgrammeService programmes, Clock clock) {
        this.cities = cities;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PartnerCityOverview> all() {
        return cities.findAllByOrderByName().stream().map(this::toOverview).toList();
    }

    @Transactional(readOnly = true)
    public PartnerCityForm load(long id) {
        PartnerCityEntity c = find(id);
        PartnerCityForm f = new PartnerCityForm();
        f.setId(c.getId());
        f.setName(c.getName());
        f.setCountry(c.getCountry());
        f.setPartnerSince(c.getPartnerSince());
        f.setLatitude(c.getLatitude());
        f.setLongitude(c.getLongitude());
        f.setReachableByGround(c.isReachableByGround());
        f.setActive(c.isActive());
        return f;
    }

    /**
     * Creates ({@code id == null}) or updates a partner city; returns it with its distance.
     *
     * @throws ProgrammeDataRejected when the data breaks a rule (coordinates out of range, name taken)
     */
    @Transactional
    public PartnerCityOverview save(PartnerCityForm form) {
        List<Problem> problems = new ArrayList<>(
                PartnerCityFormCheck.problems(form, Year.now(clock).getValue()));
        if (form.getName() != null
                && !form.getName().isBlank()
                && cities.existsByNameIgnoreCaseAndIdNot(
                        form.getName().strip(), form.getId() == null ? -1 : form.getId())) {
            problems.add(new Problem("name", "programme.city.validation.name-taken"));
        }
        if (!problems.isEmpty()) {
            throw new ProgrammeDataRejected(problems);
        }
        PartnerCityEntity c =
                form.getId() == null ? new PartnerCityEntity(form.getName().strip()) : find(form.getId());
        c.setName(form.getName().strip());
        c.setCountry(form.getCountry().strip());
        c.setPartnerSince(form.getPartnerSince());
        c.setLatitude(form.getLatitude());
        c.setLongitude(form.getLongitude());
        c.setReachableByGround(form.isReachableByGround());
        c.setActive(form.isActive());
        return toOverview(cities.saveAndFlush(c));
    }

    @Transactional
    public void setActive(long id, boolean active) {
        find(id).setActive(active);
    }

    private PartnerCityOverview toOverview(PartnerCityEntity c) {
        return new PartnerCityOverview(
                c.getId(),
                c.getName(),
                c.getCountry(),
                c.getPartnerSince(),
                c.getLatitude(),
                c.getLongitude(),
                programmes.distanceKm(c),
                c.isReachableByGround(),
                c.isActive());
    }

    private PartnerCityEntity find(long id) {
        return cities.findById(id).orElseThrow(() -> new IllegalArgumentException("No partner city " + id));
    }
}
