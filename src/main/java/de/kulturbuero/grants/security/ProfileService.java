package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.RegistrationRejected.Problem;
import de.kulturbuero.grants.security.domain.AccountEntity;
import de.kulturbuero.grants.security.domain.AccountRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own account: profile and password. */
@Service
public class ProfileService {

    /** Form model of the profile page (the e-mail address is the login and shown read-only). */
    public static class Profile {
        private String email;
        private String name;
        private String organisation;
        private OrganisationType organisationType;
        private String street;
        private String postcode;
        private String city;
        private String country;
        private String language;
        private String identityProvider;

        public String getEmail() {
            return email;
        }
        /** True for an officer who signs in through the city's identity provider: no password here. */
        public boolean signsInExternally() {
            return identityProvider != null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public OrganisationType getOrganisationType() {
            return organisationType;
        }

        public void setOrganisationType(OrganisationType organisationType) {
            this.organisationType = organisationType;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getPostcode() {
            return postcode;
        }

        public void setPostcode(String postcode) {
            this.postcode = postcode;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Attempts attempts;
    private final SecurityEvents events;
    private final int currentPasswordLimit;
    private final Duration currentPasswordWindow;

    ProfileService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            Attempts attempts,
            SecurityEvents events,
            @Value("${grants.security.throttle.current-password:5}") int currentPasswordLimit,
            @Value("${grants.security.throttle.current-password-window:PT15M}") Duration currentPasswordWindow) {
        this.attempts = attempts;
        this.events = events;
        this.currentPasswordLimit = currentPasswordLimit;
        this.currentPasswordWindow = currentPasswordWindow;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Profile profile() {
        AccountEntity a = mine();
        Profile p = new Profile();
        p.email = a.getEmail();
        p.name = a.getDisplayName();
        p.organisation = a.getOrganisation();
        p.organisationType = a.getOrganisationType() == null ? null : OrganisationType.valueOf(a.getOrganisationType());
        p.street = a.getStreet();
        p.postcode = a.getPostcode();
        p.city = a.getCity();
        p.country = a.getCountry();
        p.language = a.getPreferredLanguage();
        p.identityProvider = a.getIdentityProvider();
        return p;
    }

    /** Saves the profile; name and language are required, the rest may stay empty for staff accounts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void updateProfile(Profile p) {
        List<Problem> problems = new ArrayList<>();
        if (p.name == null || p.name.isBlank()) {
            problems.add(new Problem("name", "security.register.name-required"));
        } else if (p.name.strip().length() > 200) {
            problems.add(new Problem("name", "security.register.too-long"));
        }
        if (!Set.of("de", "en").contains(p.language)) {
            problems.add(new Problem("language", "security.register.language-required"));
        }
        for (String[] f : new String[][] {
            {"organisation", p.organisation, "200"},
            {"street", p.street, "200"},
            {"postcode", p.postcode, "20"},
            {"city", p.city, "100"},
            {"country", p.country, "100"}
        }) {
            if (f[1] != null && f[1].strip().length() > Integer.parseInt(f[2])) {
                problems.add(new Problem(f[0], "security.register.too-long"));
            }
        }
        SingleLineFields.check(
                problems,
                "name",
                p.name,
                "organisation",
                p.organisation,
                "street",
                p.street,
                "postcode",
                p.postcode,
                "city",
                p.city,
                "country",
                p.country);
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(problems);
        }
        AccountEntity a = mine();
        a.editProfile(p.name.strip(), blankToNull(p.organisation), p.language);
        a.setApplicantDetails(
                p.organisationType == null ? null : p.organisationType.name(),
                blankToNull(p.street),
                blankToNull(p.postcode),
                blankToNull(p.city),
                blankToNull(p.country),
                a.getPrivacyAcceptedAt());
    }

    /**
     * Changes the password after checking the current one; after {@code current-password} wrong
     * current passwords within the window the check is refused (someone at an unattended session
     * must not try passwords here without the sign-in's throttle).
     *
     * @throws RegistrationRejected when the current password is wrong or the new one breaks the policy
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String current, String newPassword, String repeat) {
        AccountEntity a = mine();
        if (a.isExternal()) {
            throw new RegistrationRejected(
                    List.of(new Problem("currentPassword", "security.account.password-external")));
        }
        String account = String.valueOf(a.getId());
        if (attempts.count(Attempts.Kind.CURRENT_PASSWORD, account, currentPasswordWindow) >= currentPasswordLimit) {
            throw new RegistrationRejected(
                    List.of(new Problem("currentPassword", "security.throttle.current-password")));
        }
        List<Problem> problems = new ArrayList<>();
        if (current == null || !passwordEncoder.matches(current, a.getPasswordHash())) {
            attempts.record(Attempts.Kind.CURRENT_PASSWORD, account);
            problems.add(new Problem("currentPassword", "security.account.current-password-wrong"));
        }
        problems.addAll(PasswordPolicy.problems(newPassword, repeat, a.getEmail(), "newPassword", "repeatPassword"));
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(problems);
        }
        a.setPasswordHash(passwordEncoder.encode(newPassword));
        SessionEnd.others(a, currentUser);
        events.recordFor(SecurityEventType.PASSWORD_CHANGED, a.getId(), a.getEmail(), "on the account page");
    }

    private AccountEntity mine() {
        return accounts.findById(currentUser.require().accountId()).orElseThrow();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
