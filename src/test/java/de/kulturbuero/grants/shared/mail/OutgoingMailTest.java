package de.kulturbuero.grants.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Neither the text of a mail nor a one-time link in it reaches the log, with or without a mail host. */
@ExtendWith(OutputCaptureExtension.class)
class OutgoingMailTest {

    private static final String TOKEN = "q7Xc9-one-time-token-4711";
    private static final String BODY =
            "Guten Tag Frau Meyer,\n\nIhr Link: https://foerderung.stadt.example/reset-password?token=" + TOKEN
                    + "\n\nIhre Adresse: Lindenweg 3, Hannover";

    /** A mail server that keeps what it was given. */
    static final class RecordingSender extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new ArrayList<>();

        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }
    }

    @Test
    void without_a_mail_host_only_recipient_and_subject_are_logged(CapturedOutput log) {
        OutgoingMail mail = new OutgoingMail(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "", "portal@example.org");

        mail.send("anna@example.org", "Passwort zurücksetzen", BODY);

        assertThat(log.getAll())
                .contains("MAIL NOT SENT", "anna@example.org", "Passwort zurücksetzen")
                .doesNotContain(TOKEN, "reset-password", "Lindenweg", "Guten Tag");
    }

    @Test
    void with_a_mail_host_the_mail_is_sent_and_its_text_is_not_logged(CapturedOutput log) {
        RecordingSender server = new RecordingSender();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", server);
        OutgoingMail mail = new OutgoingMail(
                beans.getBeanProvider(JavaMailSender.class), "smtp.stadt.example", "portal@example.org");

        mail.send("anna@example.org", "Passwort zurücksetzen", BODY);

        assertThat(server.sent)
                .singleElement()
                .satisfies(m -> assertThat(m.getText()).isEqualTo(BODY));
        assertThat(log.getAll()).contains("Mail sent").doesNotContain(TOKEN, "reset-password", "Lindenweg");
    }
}
