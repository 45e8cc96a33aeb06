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
 * profile) it writes the whole mail to the log at WARN level, so a link is never silently lost.
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
            log.warn("""
                    MAIL NOT SENT - No mail host configured (set spring.mail.host). The mail follows:
                    To: {}
                    Subject: {}
                    {}
                    ==== end of mail ====""", to, subject, body);
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
