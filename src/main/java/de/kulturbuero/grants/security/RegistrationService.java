package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.RegistrationRejected.Problem;
import de.kulturbuero.grants.security.domain.AccountEntity;
import de.kulturbuero.grants.security.domain.AccountRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-registration of applicants: everything is checked here, whatever the form did. */
@Service
public class RegistrationService {

    private static final Set<String> LANGUAGES = Set.of("de", "en");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Attempts attempts;
    private final EmailConfirmation confirmation;

    RegistrationService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Clock clock,
            Attempts attempts,
            EmailConfirmation confirmation) {
        this.confirmation = confirmation;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.attempts = attempts;
    }

    /**
     * Creates an APPLICANT account whose address waits for confirmation (the link goes out by mail);
     * returns its id. An address that has an account already is not reported: its holder gets a
     * note by mail instead, and the caller answers as for a new account (returns 0), so the page
     * never tells which addresses have accounts.
     *
     * @throws RegistrationRejected with every problem of the form, or only
     *     {@link Attempts#TOO_MANY} when this client sent too many registrations in a short time
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public long register(RegistrationForm f) {
        if (!attempts.allowFromClient(Attempts.Kind.REGISTRATION)) {
            throw new RegistrationRejected(List.of(new Problem("form", Attempts.TOO_MANY)));
        }
        List<Problem> problems = new ArrayList<>();
        String email = f.getEmail() == null ? "" : f.getEmail().strip();
        required(problems, "name", f.getName(), "security.register.name-required");
        if (email.isEmpty()) {
            problems.add(new Problem("email", "security.register.email-required"));
        } else if (!EmailAddresses.isValid(email)) {
            problems.add(new Problem("email", "security.register.email-invalid"));
        }
        problems.addAll(
                PasswordPolicy.problems(f.getPassword(), f.getPasswordRepeat(), email, "password", "passwordRepeat"));
        required(problems, "organisation", f.getOrganisation(), "security.register.organisation-required");
        if (f.getOrganisationType() == null) {
            problems.add(new Problem("organisationType", "security.register.organisation-type-required"));
        }
        required(problems, "street", f.getStreet(), "security.register.street-required");
        required(problems, "postcode", f.getPostcode(), "security.register.postcode-required");
        required(problems, "city", f.getCity(), "security.register.city-required");
        required(problems, "country", f.getCountry(), "security.register.country-required");
        if (!LANGUAGES.contains(f.getLanguage())) {
            problems.add(new Problem("language", "security.register.language-required"));
        }
        if (!f.isPrivacyAccepted()) {
            problems.add(new Problem("privacyAccepted", "security.register.privacy-required"));
        }
        tooLong(problems, "name", f.getName(), 200);
        tooLong(problems, "organisation", f.getOrganisation(), 200);
        tooLong(problems, "street", f.getStreet(), 200);
        tooLong(problems, "postcode", f.getPostcode(), 20);
        tooLong(problems, "city", f.getCity(), 100);
        tooLong(problems, "country", f.getCountry(), 100);
        SingleLineFields.check(
                problems,
                "name",
                f.getName(),
                "organisation",
                f.getOrganisation(),
                "street",
                f.getStreet(),
                "postcode",
                f.getPostcode(),
                "city",
                f.getCity(),
                "country",
                f.getCountry());
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(problems);
        }
        Optional<AccountEntity> known = accounts.findByEmailIgnoreCase(email);
        if (known.isPresent()) {
            // the hash a new account costs, so the answer does not come faster for a known address
            passwordEncoder.encode(f.getPassword());
            confirmation.sendAlreadyRegistered(known.get());
            return 0;
        }
        AccountEntity account = new AccountEntity(
                email,
                passwordEncoder.encode(f.getPassword()),
                f.getName().strip(),
                f.getOrganisation().strip(),
                f.getLanguage());
        account.setApplicantDetails(
                f.getOrganisationType().name(),
                f.getStreet().strip(),
                f.getPostcode().strip(),
                f.getCity().strip(),
                f.getCountry().strip(),
                clock.instant());
        account.getRoles().add(Roles.APPLICANT);
        account.awaitEmailConfirmation();
        try {
            long id = accounts.saveAndFlush(account).getId();
            confirmation.sendLink(account);
            return id;
        } catch (DataIntegrityViolationException raced) {
            // the same address registered a moment ago in another request: the unique key decided
            throw new RegistrationRejected(List.of(new Problem("email", "security.register.email-taken")));
        }
    }

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, "security.register.too-long"));
        }
    }

    private static void required(List<Problem> problems, String field, String value, String key) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, key));
        }
    }
}
