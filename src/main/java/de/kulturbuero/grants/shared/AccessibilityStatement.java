package de.kulturbuero.grants.shared;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The facts of the accessibility statement (BITV 2.0, directive (EU) 2016/2102) that are not
 * running text: where feedback on barriers goes ({@code grants.accessibility.contact-email}) and
 * the day the statement was prepared. The texts live in the translation files
 * ({@code shared.a11y.*}); whoever changes the list of known barriers there also moves
 * {@link #PREPARED_ON}.
 */
@Component
public class AccessibilityStatement {

    /** The day the statement was prepared, which is also the day of its last review against the portal. */
    public static final LocalDate PREPARED_ON = LocalDate.of(2026, 11, 26);

    /** The enforcement body (Schlichtungsstelle nach § 16 BGG). */
    public static final String ENFORCEMENT_BODY_URL = "https://www.schlichtungsstelle-bgg.de";

    private final String contactEmail;

    AccessibilityStatement(
            @Value("${grants.accessibility.contact-email:barrierefreiheit@kulturbuero.example}") String contactEmail) {
        String address = contactEmail == null ? "" : contactEmail.strip();
        if (!address.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalStateException(
                    "grants.accessibility.contact-email must be one e-mail address, not \"" + contactEmail + "\"");
        }
        this.contactEmail = address;
    }

    /** The address that takes reports of barriers and requests for content in an accessible form. */
    public String contactEmail() {
        return contactEmail;
    }

    public LocalDate preparedOn() {
        return PREPARED_ON;
    }
}
