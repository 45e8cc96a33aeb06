package de.kulturbuero.grants.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * E-mails of the review (follow-up question, reminder, notice, escalation). Without a mail host
 * ({@code spring.mail.host}) the mail is written to the log instead, in one clear line per mail.
 */
@Component
class ReviewMailer {

    private static final Logger log = LoggerFactory.getLogger(ReviewMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;

    ReviewMailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
                 @Value("${grants.mail.from:foerderung@kulturbuero.example}") String from) {
        this.sender = sender;
        this.host = host;
        this.from = from;
    }

    /** Sends (or logs) a mail; a failing mail server throws, so an asynchronous step is retried. */
    void send(String to, String subject, String body) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (!StringUtils.hasText(host) || mailSender == null) {
            log.info("MAIL NOT SENT (no mail host configured, set spring.mail.host) to=<{}> subject=\"{}\" body=\"{}\"",
                    to, subject, body.replace("\n", " | "));
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        mailSender.send(message);
        log.info("Mail sent to=<{}> subject=\"{}\"", to, subject);
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
