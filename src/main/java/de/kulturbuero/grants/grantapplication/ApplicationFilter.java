package de.kulturbuero.grants.grantapplication;

/**
 * Filter of the office's application list and its exports; every part is optional (null = all).
 * Only submitted applications are listed (drafts are the applicant's own business).
 *
 * @param year calendar year of submission (office time zone)
 */
public record ApplicationFilter(Long programmeId, Integer year, ApplicationStatus status, Long partnerCityId) {

    public static ApplicationFilter all() {
        return new ApplicationFilter(null, null, null, null);
    }
}
