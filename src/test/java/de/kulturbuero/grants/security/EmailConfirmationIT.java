package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import de.kulturbuero.grants.TestApplications;
import de.kulturbuero.grants.grantapplication.SubmissionRejected;
import de.kulturbuero.grants.security.domain.AccountRepository;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Registration answers the same whether the address has an account (the holder gets a note by
 * mail, no second account, no confirmation link), and a new account confirms its address
 * through the mailed single-use link before it can submit an application.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EmailConfirmationIT {

    private static final Pattern LINK = Pattern.compile("/confirm-email/([A-Za-z0-9_-]+)");

    @Autowired
    RegistrationService registrations;

    @Autowired
    EmailConfirmation confirmation;

    @Autowired
    TestApplications applications;

    @Autowired
    AccountRepository accounts;

    /** A confirmation link as the registration mails it (the log shows no mail text, so the test sends one itself). */
    private String confirmationToken(long accountId) {
        Matcher m =
                LINK.matcher(confirmation.sendLink(accounts.findById(accountId).orElseThrow()));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void a_known_address_is_answered_like_a_new_one_and_its_holder_gets_a_note(CapturedOutput output) {
        String email = RegistrationIT.uniqueEmail();
        int before = output.getOut().length();
        long id = registrations.register(RegistrationIT.form(email));
        assertThat(id).isPositive();
        String first = output.getOut().substring(before);
        assertThat(first).contains(email).contains("Please confirm your e-mail address");

        int again = output.getOut().length();
        long second = registrations.register(RegistrationIT.form(email));

        assertThat(second)
                .as("the same answer: no exception, nothing that names the account")
                .isZero();
        String note = output.getOut().substring(again);
        assertThat(note)
                .contains(email)
                .contains("Registration with your e-mail address")
                .doesNotContain("Please confirm your e-mail address");
        assertThat(confirmation.isConfirmed(id)).isFalse();
    }

    @Test
    void a_new_applicant_submits_only_after_following_the_link_once() {
        String email = RegistrationIT.uniqueEmail();
        long id = registrations.register(RegistrationIT.form(email));
        String token = confirmationToken(id);

        assertThatThrownBy(() -> applications.submitAs(email, TestApplications.uniqueTitle("Unbestätigt")))
                .isInstanceOfSatisfying(
                        SubmissionRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(SubmissionRejected.Problem::messageKey)
                                .containsExactly("grantapplication.validation.email-unconfirmed"));

        assertThat(confirmation.confirm("made-up")).isFalse();
        assertThat(confirmation.confirm(token)).isTrue();
        assertThat(confirmation.confirm(token)).as("single use").isFalse();
        assertThat(confirmation.isConfirmed(id)).isTrue();
        assertThat(applications
                        .submitAs(email, TestApplications.uniqueTitle("Bestätigt"))
                        .referenceNumber())
                .isNotBlank();
    }
}
