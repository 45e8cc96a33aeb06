package de.kulturbuero.grants.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "account")
public class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String organisation;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "de";

    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    // self-registration
    @Column(name = "organisation_type")
    private String organisationType;

    private String street;
    private String postcode;
    private String city;
    private String country;

    @Column(name = "privacy_accepted_at")
    private Instant privacyAcceptedAt;

    // officers signing in through an OpenID Connect provider
    @Column(name = "identity_provider")
    private String identityProvider;

    @Column(name = "external_subject")
    private String externalSubject;

    // set after too many failed sign-ins; lifted by the password-reset link or an administrator
    @Column(name = "locked_until")
    private Instant lockedUntil;

    // raised when every session of the account must end (lock, role change, password change or reset)
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    // null for a self-registered account until the link mailed at registration is followed; every
    // other account (invited, demo, initial admin, identity provider) starts confirmed
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt = Instant.now();

    protected AccountEntity() {}

    public AccountEntity(
            String email, String passwordHash, String displayName, String organisation, String preferredLanguage) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.organisation = organisation;
        this.preferredLanguage = preferredLanguage;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<String> getRoles() {
        return roles;
    }

    // --- user administration
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getOrganisationType() {
        return organisationType;
    }

    public String getStreet() {
        return street;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public Instant getPrivacyAcceptedAt() {
        return privacyAcceptedAt;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The OpenID Connect provider (client registration id) this account signs in through, or null for a local account. */
    public String getIdentityProvider() {
        return identityProvider;
    }

    public String getExternalSubject() {
        return externalSubject;
    }

    public boolean isExternal() {
        return identityProvider != null;
    }

    /** Ties the account to a provider's subject; from now on it signs in there (the caller makes the password unusable). */
    public void linkExternalIdentity(String identityProvider, String externalSubject) {
        this.identityProvider = identityProvider;
        this.externalSubject = externalSubject;
    }

    /** Name and address as the identity provider reports them at sign-in. */
    public void updateFromProvider(String email, String displayName) {
        this.email = email;
        this.displayName = displayName;
    }

    /** The details an account holder may edit in their profile. */
    public void editProfile(String displayName, String organisation, String preferredLanguage) {
        this.displayName = displayName;
        this.organisation = organisation;
        this.preferredLanguage = preferredLanguage;
    }

    /** Address and organisation details a self-registered applicant gives. */
    public void setApplicantDetails(
            String organisationType,
            String street,
            String postcode,
            String city,
            String country,
            Instant privacyAcceptedAt) {
        this.organisationType = organisationType;
        this.street = street;
        this.postcode = postcode;
        this.city = city;
        this.country = country;
        this.privacyAcceptedAt = privacyAcceptedAt;
    }

    /** Until when sign-in is blocked after too many failed attempts, or null. */
    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    /** A self-registered account waits for the confirmation of its address. */
    public void awaitEmailConfirmation() {
        this.emailConfirmedAt = null;
    }

    public void confirmEmail(Instant at) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = at;
        }
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    /** Ends every session of this account on its next request (the one that asked may be kept, see SessionEnd). */
    public int endSessions() {
        return ++credentialsVersion;
    }
}
