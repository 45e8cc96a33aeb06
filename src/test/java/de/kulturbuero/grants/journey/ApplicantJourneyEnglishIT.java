package de.kulturbuero.grants.journey;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same applicant journey in English, starting with the registration of a new applicant who
 * chooses English (so every page after the sign-in is in English too).
 */
class ApplicantJourneyEnglishIT extends ApplicantJourneyIT {

    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected Locale uiLocale() {
        return Locale.ENGLISH;
    }

    @Override
    void signIn(AxeCheck axe) {
        String email = "zofia-" + System.currentTimeMillis() + "@example.org";
        open("register");
        waitForHeading(t("security.register.title"));
        axe.scan(driver, "registration");
        registerAndSignIn(email, "Bardzo-tajne-7", t("security.register.language.en"));
        // as if the link mailed at registration had been followed (the link itself: EmailConfirmationIT)
        jdbc.update("UPDATE account SET email_confirmed_at = CURRENT_TIMESTAMP WHERE email = ?", email);
    }
}
