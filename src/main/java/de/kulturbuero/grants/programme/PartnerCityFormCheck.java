package de.kulturbuero.grants.programme;

import de.kulturbuero.grants.programme.ProgrammeDataRejected.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The rules a partner city's data must keep (coordinates in range, at most six decimals). */
public final class PartnerCityFormCheck {

    private PartnerCityFormCheck() {}

    public static List<Problem> problems(PartnerCityForm f, int currentYear) {
        List<Problem> p = new ArrayList<>();
        if (f.getName() == null || f.getName().isBlank() || f.getName().strip().length() > 100) {
            p.add(new Problem("name", "programme.city.validation.name"));
        }
        if (f.getCountry() == null
                || f.getCountry().isBlank()
                || f.getCountry().strip().length() > 100) {
            p.add(new Problem("country", "programme.city.validation.country"));
        }
        ProgrammeFormCheck.singleLine(p, f.getName(), "name");
        ProgrammeFormCheck.singleLine(p, f.getCountry(), "country");
        if (f.getPartnerSince() == null || f.getPartnerSince() < 1900 || f.getPartnerSince() > currentYear) {
            p.add(new Problem("partnerSince", "programme.city.validation.since", currentYear));
        }
        if (!inRange(f.getLatitude(), 90)) {
            p.add(new Problem("latitude", "programme.city.validation.latitude"));
        }
        if (!inRange(f.getLongitude(), 180)) {
            p.add(new Problem("longitude", "programme.city.validation.longitude"));
        }
        return p;
    }

    private static boolean inRange(BigDecimal value, int limit) {
        return value != null
                && value.abs().compareTo(BigDecimal.valueOf(limit)) <= 0
                && Math.max(0, value.stripTrailingZeros().scale()) <= 6;
    }
}
