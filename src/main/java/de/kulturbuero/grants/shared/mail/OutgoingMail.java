package de.kulturbuero.grants.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The one way the portal sends e-mail (review letters, invitations, password links). With a mail
 * host ({@code spring.mail.host}) it sends through Spring Mail; without one (the default demo
 * profile; {@code prod} does not start without a host) it only notes at WARN level that a mail to
 * whom, with which subject, was not sent. The text of a mail never reaches the log, in no profile:
 * it may carry a one-time link (password reset, invitation) that would let anyone who reads the log
 * take over the account, and it carries the applicant's personal data.
 * A failing mail server throws, so an asynchronous process step is retried.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;

    OutgoingMail(
            ObjectProvider<JavaMailSender> sender,
            @Value("${spring.mail.host:}") String host,
            @Value("${grants.mail.from:foerderung@kulturbuero.example}") String from) {
        this.sender = sender;
        this.host = host;
        this.from = from;
    }

    public void send(String to, String subject, String body) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (!StringUtils.hasText(host) || mailSender == null) {
            log.warn(
                    "MAIL NOT SENT - no mail host configured (set spring.mail.host): to=<{}> subject=\"{}\"; the text"
                            + " ({} characters) is not logged",
                    to,
                    subject,
                    body == null ? 0 : body.length());
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
}
