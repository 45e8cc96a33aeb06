package de.kulturbuero.grants.journey;

import java.util.Locale;

/** The same applicant journey in English, as Ben (whose account prefers English). */
class ApplicantJourneyEnglishIT extends ApplicantJourneyIT {

    @Override
    protected Locale uiLocale() {
        return Locale.ENGLISH;
    }

    @Override
    String applicant() {
        return "ben@example.org";
    }
}
