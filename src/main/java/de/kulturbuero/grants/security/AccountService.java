package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.domain.AccountEntity;
import de.kulturbuero.grants.security.domain.AccountRepository;
import de.kulturbuero.grants.shared.i18n.LanguageChosen;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: names for display, language preference, creation of accounts. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /** Creates an account unless one with this e-mail exists; returns its id. Internal (seeding, registration). */
    @Transactional
    public long createIfAbsent(
            String email,
            String rawPassword,
            String displayName,
            String organisation,
            String language,
            Collection<String> roles) {
        Optional<AccountEntity> existing = accounts.findByEmailIgnoreCase(email);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        AccountEntity account =
                new AccountEntity(email, passwordEncoder.encode(rawPassword), displayName, organisation, language);
        account.getRoles().addAll(roles);
        return accounts.save(account).getId();
    }

    /** Display names of the given accounts, for histories and lists. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findDisplayNames(ids).stream()
                .collect(Collectors.toMap(
                        AccountRepository.DisplayName::getId, AccountRepository.DisplayName::getDisplayName));
    }

    /** E-mail, name and language of an account, for notifications and letters (review workflow). */
    @Transactional(readOnly = true)
    public Optional<AccountContact> contact(long id) {
        return accounts.findById(id).map(AccountService::toContact);
    }

    /** Enabled accounts holding a role, by name (review workflow: hand-over, escalation). */
    @Transactional(readOnly = true)
    public List<AccountContact> withRole(String role) {
        return accounts.findEnabledByRole(role).stream()
                .map(AccountService::toContact)
                .toList();
    }

    private static AccountContact toContact(AccountEntity a) {
        return new AccountContact(
                a.getId(), a.getEmail(), a.getDisplayName(), a.getPreferredLanguage(), Set.copyOf(a.getRoles()));
    }

    /** Remembers the signed-in user's language; does nothing for anonymous visitors. */
    @EventListener
    @Transactional
    public void on(LanguageChosen event) {
        rememberLanguage(event.language());
    }

    @Transactional
    public void rememberLanguage(String language) {
        currentUser
                .get()
                .flatMap(u -> accounts.findById(u.accountId()))
                .ifPresent(a -> a.setPreferredLanguage(language));
    }
}
