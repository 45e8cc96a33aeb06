package de.kulturbuero.grants.security;

import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.mail.OutgoingMail;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the "set your password" links of invitations and password resets, in the recipient's
 * language. Without a configured mail host ({@code spring.mail.host}, e.g. in the default demo
 * profile) it logs the link at WARN level instead: never a silent no-op.
 */
@Component
class UserAdministrationMailer {

    private static final Logger log = LoggerFactory.getLogger(UserAdministrationMailer.class);

    private final OutgoingMail mail;

    UserAdministrationMailer(OutgoingMail mail) {
        this.mail = mail;
    }

    /** @param purpose "invite" or "reset" (selects the texts) */
    void sendLink(String email, String displayName, String language, String purpose, String link) {
        Locale locale = Bundle.locale(language);
        String subject = Bundle.text(locale, "security.admin.mail." + purpose + ".subject");
        String body = Bundle.text(locale, "security.admin.mail." + purpose + ".body", displayName, link);
        mail.send(email, subject, body.replace("\\n", "\n"));
        log.info("The {} link for {} was handed to the mail service", purpose, email);
    }
}
