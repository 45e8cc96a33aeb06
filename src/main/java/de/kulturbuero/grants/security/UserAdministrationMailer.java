package de.kulturbuero.grants.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Sends the "set your password" links of invitations and password resets, in the recipient's
 * language. Without a configured mail host ({@code spring.mail.host}, e.g. in the default demo
 * profile) it logs the link at WARN level instead: never a silent no-op.
 */
@Component
class UserAdministrationMailer {

    private static final Logger log = LoggerFactory.getLogger(UserAdministrationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String mailHost;
    private final String from;

    UserAdministrationMailer(ObjectProvider<JavaMailSender> mailSender, @Value("${spring.mail.host:}") String mailHost,
                             @Value("${grants.mail.from:kulturbuero@example.org}") String from) {
        this.mailSender = mailSender;
        this.mailHost = mailHost;
        this.from = from;
    }

    /** @param purpose "invite" or "reset" (selects the texts) */
    void sendLink(String email, String displayName, String language, String purpose, String link) {
        Locale locale = Locale.forLanguageTag(language == null ? "de" : language);
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        String subject = texts.getString("security.admin.mail." + purpose + ".subject");
        String body = MessageFormat.format(texts.getString("security.admin.mail." + purpose + ".body"), displayName, link);
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!StringUtils.hasText(mailHost) || sender == null) {
            log.warn("No mail host configured (spring.mail.host): the {} link for {} is NOT mailed. Pass it on yourself: {}",
                    purpose, email, link);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(subject);
        message.setText(body.replace("\\n", "\n"));
        sender.send(message);
        log.info("Mailed the {} link to {}", purpose, email);
    }
}
