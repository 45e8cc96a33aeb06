package de.kulturbuero.grants.review;

import de.kulturbuero.grants.shared.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * E-mails of the review (follow-up question, reminder, notice, escalation). Without a mail host
 * ({@code spring.mail.host}) {@link OutgoingMail} writes the mail to the log instead.
 */
@Component
class ReviewMailer {

    private static final Logger log = LoggerFactory.getLogger(ReviewMailer.class);

    private final OutgoingMail mail;

    ReviewMailer(OutgoingMail mail) {
        this.mail = mail;
    }

    /** Sends (or logs) a mail; a failing mail server throws, so an asynchronous step is retried. */
    void send(String to, String subject, String body) {
        mail.send(to, subject, body);
    }

    /** For steps that must not fail because of mail (a user's click, an escalation): logs the failure. */
    void sendQuietly(String to, String subject, String body) {
        try {
            send(to, subject, body);
        } catch (MailException e) {
            log.warn("Mail to <{}> failed (\"{}\"): {}", to, subject, e.getMessage());
        }
    }
}
