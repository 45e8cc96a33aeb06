package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.domain.GrantApplicationEntity;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationRepository;
import de.kulturbuero.grants.grantapplication.domain.ReferenceNumbers;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The applicant's side of an application: submit, list my applications, read one. Applicants
 * see only their own applications; officers may read every application.
 */
@Service
public class GrantApplicationService {

    private final GrantApplicationRepository applications;
    private final ReferenceNumbers referenceNumbers;
    private final ProgrammeService programmes;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;

    GrantApplicationService(GrantApplicationRepository applications, ReferenceNumbers referenceNumbers,
                            ProgrammeService programmes, AccountService accounts, CurrentUser currentUser,
                            ApplicationEventPublisher events, Validator validator, Clock clock) {
        this.applications = applications;
        this.referenceNumbers = referenceNumbers;
        this.programmes = programmes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Validates and submits a new application: it gets a reference number and the review process
     * starts, all in this one transaction.
     *
     * @throws SubmissionRejected with translated-message keys when the form breaks a rule
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ApplicationSummary submit(NewApplicationForm form) {
        PortalUser user = currentUser.require();
        List<SubmissionRejected.Problem> problems = new ArrayList<>();
        for (ConstraintViolation<NewApplicationForm> v : validator.validate(form)) {
            problems.add(new SubmissionRejected.Problem(v.getPropertyPath().toString(), stripBraces(v.getMessageTemplate())));
        }
        LocalDate today = LocalDate.now(clock);
        Optional<ProgrammeSummary> programme = Optional.ofNullable(form.getProgrammeId()).flatMap(programmes::programme);
        if (form.getProgrammeId() != null && programme.isEmpty()) {
            problems.add(new SubmissionRejected.Problem("programmeId", "grantapplication.validation.programme-unknown"));
        }
        programme.ifPresent(p -> {
            if (!p.isOpenOn(today)) {
                problems.add(new SubmissionRejected.Problem("programmeId", "grantapplication.validation.programme-closed"));
            }
            if (form.getRequestedAmount() != null && form.getRequestedAmount().compareTo(p.maxGrant()) > 0) {
                problems.add(new SubmissionRejected.Problem("requestedAmount", "grantapplication.validation.amount-above-max", p.maxGrant()));
            }
        });
        if (form.getPartnerCityId() != null && programmes.partnerCity(form.getPartnerCityId()).isEmpty()) {
            problems.add(new SubmissionRejected.Problem("partnerCityId", "grantapplication.validation.partner-city-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(problems);
        }
        ProgrammeSummary p = programme.orElseThrow();
        Instant now = clock.instant();
        GrantApplicationEntity entity = new GrantApplicationEntity(user.accountId(), p.id(), now);
        entity.setTitle(form.getTitle().strip());
        entity.setSummary(form.getSummary().strip());
        entity.setPartnerCityId(form.getPartnerCityId());
        entity.setPartnerOrganisation(form.getPartnerOrganisation().strip());
        entity.setStartDate(form.getStartDate());
        entity.setEndDate(form.getEndDate());
        entity.setRequestedAmount(form.getRequestedAmount());
        entity.setRulesVersionId(programmes.currentRulesVersion(p.id()));
        entity.submit(referenceNumbers.next(p.referencePrefix(), today.getYear()), now);
        applications.saveAndFlush(entity);
        events.publishEvent(new GrantApplicationSubmitted(entity.getId(), entity.getReferenceNumber(), p.id()));
        return toSummary(entity, Map.of(user.accountId(), user.displayName()));
    }

    /** The signed-in applicant's applications, newest first. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<ApplicationSummary> myApplications() {
        PortalUser user = currentUser.require();
        return applications.findByApplicantIdOrderByCreatedAtDesc(user.accountId()).stream()
                .map(e -> toSummary(e, Map.of(user.accountId(), user.displayName()))).toList();
    }

    /**
     * One application. Applicants get only their own: another applicant's application is
     * refused exactly like a missing one, so ids cannot be probed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ApplicationSummary get(long id) {
        PortalUser user = currentUser.require();
        GrantApplicationEntity entity = applications.findById(id).orElseThrow(() -> new AccessDeniedException("No such application"));
        if (!currentUser.isOfficer() && entity.getApplicantId() != user.accountId()) {
            throw new AccessDeniedException("No such application");
        }
        return toSummary(entity, accounts.displayNames(Set.of(entity.getApplicantId())));
    }

    /** Applications by id, for the officers' inbox. */
    @PreAuthorize("hasAnyRole('CLERK','REVIEWER','HEAD','FINANCE')")
    @Transactional(readOnly = true)
    public Map<Long, ApplicationSummary> forOfficers(Collection<Long> ids) {
        List<GrantApplicationEntity> found = applications.findAllById(ids);
        Map<Long, String> names = accounts.displayNames(found.stream().map(GrantApplicationEntity::getApplicantId).toList());
        Map<Long, ApplicationSummary> result = new java.util.HashMap<>();
        found.forEach(e -> result.put(e.getId(), toSummary(e, names)));
        return result;
    }

    /** Partner city of an application, for display. */
    public Optional<PartnerCitySummary> partnerCity(ApplicationSummary application) {
        return Optional.ofNullable(application.partnerCityId()).flatMap(programmes::partnerCity);
    }

    static ApplicationSummary toSummary(GrantApplicationEntity e, Map<Long, String> names) {
        return new ApplicationSummary(e.getId(), e.getReferenceNumber(), e.getTitle(), e.getProgrammeId(),
                e.getPartnerCityId(), e.getPartnerOrganisation(), e.getSummary(), e.getStartDate(), e.getEndDate(),
                e.getRequestedAmount(), e.getStatus(), e.getStatusChangedAt(), e.getSubmittedAt(),
                names.get(e.getApplicantId()), e.getFormalCheckNote(), e.getGrantedAmount(), e.getDecisionReason(),
                e.getDecidedAt());
    }

    private static String stripBraces(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }
}
