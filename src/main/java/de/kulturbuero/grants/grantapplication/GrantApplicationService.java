package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.grantapplication.domain.AttachmentStore;
import de.kulturbuero.grants.grantapplication.domain.FinancingLineEntity;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationEntity;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationRepository;
import de.kulturbuero.grants.grantapplication.domain.ReceiptPdf;
import de.kulturbuero.grants.grantapplication.domain.ReceiptStore;
import de.kulturbuero.grants.grantapplication.domain.ReferenceNumbers;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.programme.ProgrammeTerms;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.EmailConfirmation;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.shared.i18n.Countries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of an application: start a draft, save it at every change (format checks
 * only), check it, submit it (everything checked again; idempotent), list my applications, read
 * one. Applicants see only their own applications; officers may read every submitted application.
 */
@Service
public class GrantApplicationService {

    private final GrantApplicationRepository applications;
    private final ReferenceNumbers referenceNumbers;
    private final ProgrammeService programmes;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReceiptStore receipts;
    private final ApplicationAccess access;
    private final AttachmentStore attachments;

    private final EmailConfirmation emailConfirmation;

    GrantApplicationService(
            GrantApplicationRepository applications,
            ReferenceNumbers referenceNumbers,
            ProgrammeService programmes,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ReceiptStore receipts,
            AttachmentStore attachments,
            ApplicationAccess access,
            EmailConfirmation emailConfirmation) {
        this.emailConfirmation = emailConfirmation;
        this.access = access;
        this.receipts = receipts;
        this.attachments = attachments;
        this.applications = applications;
        this.referenceNumbers = referenceNumbers;
        this.programmes = programmes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a draft in an open programme for the signed-in applicant; returns its id. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public long createDraft(long programmeId) {
        PortalUser user = currentUser.require();
        ProgrammeSummary p = programmes
                .programme(programmeId)
                .orElseThrow(() -> new SubmissionRejected(
                        List.of(new Problem("programmeId", "grantapplication.validation.programme-unknown"))));
        if (!p.isOpenOn(LocalDate.now(clock))) {
            throw new SubmissionRejected(
                    List.of(new Problem("programmeId", "grantapplication.validation.programme-closed")));
        }
        GrantApplicationEntity entity = new GrantApplicationEntity(user.accountId(), p.id(), clock.instant());
        return applications.save(entity).getId();
    }

    /** The content of one application (own, or any submitted one for officers), as the form and the receipt show it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ApplicationDraft draft(long id) {
        return toDraft(access.readable(id));
    }

    /**
     * Saves whatever the draft holds; only format checks (lengths, amounts) apply here.
     *
     * @throws SubmissionRejected with format problems, or {@code grantapplication.draft.not-editable}
     *                            when the application is no longer a draft (submitted in another tab)
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void saveDraft(long id, ApplicationDraft draft) {
        GrantApplicationEntity entity = access.ownDraftLocked(id, null);
        List<Problem> problems = SubmissionRules.formatProblems(draft);
        if (draft.getPartnerCityId() != null
                && programmes.partnerCity(draft.getPartnerCityId()).isEmpty()) {
            problems.add(new Problem("partnerCityId", "grantapplication.validation.partner-city-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(problems);
        }
        apply(draft, entity);
        entity.touch(clock.instant());
    }

    /** Deletes a draft of the signed-in applicant (submitted applications are kept). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void deleteDraft(long id) {
        applications.delete(access.ownDraftLocked(id, null));
    }

    /** Everything that still stops this draft from being submitted (empty = ready), for the review page. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<Problem> problems(long id) {
        GrantApplicationEntity entity = access.own(id);
        return check(toDraft(entity), entity.getProgrammeId());
    }

    /** The programme's financing terms for a form (live totals and reasons). */
    public ProgrammeTerms terms(long programmeId) {
        return programmes
                .terms(programmeId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown programme " + programmeId));
    }

    /**
     * Submits a draft: every rule is checked again on the server, the application gets a reference
     * number and the review process starts, all in this one transaction. Idempotent: the row is
     * locked and only a DRAFT is submitted, so a double click or a second tab gets the same
     * submitted application back instead of a second one.
     *
     * @param language the language the applicant used (receipt and letters)
     * @throws SubmissionRejected with translated-message keys when the draft breaks a rule
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ApplicationSummary submit(long id, Locale language) {
        PortalUser user = currentUser.require();
        GrantApplicationEntity entity = applications
                .findForUpdate(id)
                .filter(e -> e.getApplicantId() == user.accountId())
                .orElseThrow(() -> new AccessDeniedException("No such application"));
        if (entity.getStatus() != ApplicationStatus.DRAFT) {
            return toSummary(entity, Map.of(user.accountId(), user.displayName()));
        }
        ProgrammeSummary p = programmes.programme(entity.getProgrammeId()).orElseThrow();
        List<Problem> problems = check(toDraft(entity), p.id());
        LocalDate today = LocalDate.now(clock);
        if (!p.isOpenOn(today)) {
            problems.add(new Problem("programmeId", "grantapplication.validation.programme-closed"));
        }
        if (!emailConfirmation.isConfirmed(user.accountId())) {
            // a self-registered applicant first follows the link mailed to the address given
            problems.add(new Problem(null, "grantapplication.validation.email-unconfirmed"));
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(problems);
        }
        Instant now = clock.instant();
        entity.setRulesVersionId(programmes.currentRulesVersion(p.id()));
        entity.setApplicantLanguage(language == null ? user.preferredLanguage() : language.getLanguage());
        entity.submit(referenceNumbers.next(p.referencePrefix(), today.getYear()), now);
        applications.saveAndFlush(entity);
        events.publishEvent(new GrantApplicationSubmitted(entity.getId(), entity.getReferenceNumber(), p.id()));
        storeReceipt(entity, user, p);
        return toSummary(entity, Map.of(user.accountId(), user.displayName()));
    }

    /** Whether a receipt exists (own application, or any submitted one for officers): the page shows the link without loading the PDF. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasReceipt(long id) {
        access.readable(id);
        return receipts.exists(id);
    }

    /** The receipt PDF made at submission (own application, or any submitted one for officers); empty for drafts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> receipt(long id) {
        access.readable(id);
        return receipts.pdf(id);
    }

    /** The receipt of exactly the submitted version, in the applicant's language, stored in the submit transaction. */
    private void storeReceipt(GrantApplicationEntity entity, PortalUser user, ProgrammeSummary p) {
        Locale locale =
                Locale.forLanguageTag(entity.getApplicantLanguage() == null ? "de" : entity.getApplicantLanguage());
        String city = Optional.ofNullable(entity.getPartnerCityId())
                .flatMap(programmes::partnerCity)
                .map(c -> c.name() + " (" + Countries.display(c.country(), locale) + ")")
                .orElse(null);
        byte[] pdf = ReceiptPdf.render(
                new ReceiptPdf.Receipt(
                        entity.getReferenceNumber(),
                        entity.getSubmittedAt(),
                        user.displayName(),
                        p.name(locale),
                        city,
                        toDraft(entity),
                        attachments.list(entity.getId())),
                locale);
        receipts.save(entity.getId(), locale.getLanguage(), pdf, clock.instant());
    }

    /** The public steps an application went through, oldest first (appended by the process itself). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StatusEntry> timeline(long id) {
        return access.readable(id).getStatusHistory().stream()
                .map(h -> new StatusEntry(h.getStatus(), h.getChangedAt()))
                .toList();
    }

    private List<Problem> check(ApplicationDraft draft, long programmeId) {
        ProgrammeTerms t = terms(programmeId);
        Optional<PartnerCitySummary> city =
                Optional.ofNullable(draft.getPartnerCityId()).flatMap(programmes::partnerCity);
        return new ArrayList<>(SubmissionRules.check(draft, t, city, LocalDate.now(clock)));
    }

    static ApplicationDraft toDraft(GrantApplicationEntity e) {
        ApplicationDraft d = new ApplicationDraft();
        d.setProgrammeId(e.getProgrammeId());
        d.setTitle(e.getTitle());
        d.setSummary(e.getSummary());
        d.setDescription(e.getDescription());
        d.setCategory(e.getCategory() == null ? null : ProjectCategory.valueOf(e.getCategory()));
        d.setPartnerCityId(e.getPartnerCityId());
        d.setPartnerOrganisation(e.getPartnerOrganisation());
        d.setPartnerContact(e.getPartnerContact());
        d.setPartnerCountry(e.getPartnerCountry());
        d.setPartnerRole(e.getPartnerRole());
        d.setPlace(e.getPlace());
        d.setStartDate(e.getStartDate());
        d.setEndDate(e.getEndDate());
        d.setParticipantsLocal(e.getParticipantsLocal());
        d.setParticipantsPartner(e.getParticipantsPartner());
        for (FinancingLineEntity line : e.getFinancingLines()) {
            if (FinancingLineEntity.COST.equals(line.getLineType())) {
                d.getCostLines()
                        .add(new ApplicationDraft.CostLine(
                                line.getCategory() == null ? null : CostCategory.valueOf(line.getCategory()),
                                line.getDescription(),
                                line.getAmount(),
                                line.isEligible()));
            } else {
                d.getIncomeLines()
                        .add(new ApplicationDraft.IncomeLine(
                                line.getCategory() == null ? null : IncomeKind.valueOf(line.getCategory()),
                                line.getDescription(),
                                line.getAmount(),
                                line.getFundingStatus() == null
                                        ? null
                                        : FundingStatus.valueOf(line.getFundingStatus())));
            }
        }
        d.setRequestedGrant(e.getRequestedAmount());
        d.setTravelModeLocal(e.getTravelModeLocal() == null ? null : TravelMode.valueOf(e.getTravelModeLocal()));
        d.setCo2CompensatedLocal(e.isCo2CompensatedLocal());
        d.setTravelModePartner(e.getTravelModePartner() == null ? null : TravelMode.valueOf(e.getTravelModePartner()));
        d.setCo2CompensatedPartner(e.isCo2CompensatedPartner());
        d.setDeclaredTruthful(e.isDeclaredTruthful());
        d.setDeclaredPrivacy(e.isDeclaredPrivacy());
        d.setDeclaredNotStarted(e.isDeclaredNotStarted());
        d.setEarlyStartRequested(e.isEarlyStartRequested());
        d.setEarlyStartReason(e.getEarlyStartReason());
        d.setConsentPublish(e.isConsentPublish());
        return d;
    }

    private static void apply(ApplicationDraft d, GrantApplicationEntity e) {
        e.setTitle(trim(d.getTitle()));
        e.setSummary(trim(d.getSummary()));
        e.setDescription(trim(d.getDescription()));
        e.setCategory(d.getCategory() == null ? null : d.getCategory().name());
        e.setPartnerCityId(d.getPartnerCityId());
        e.setPartnerOrganisation(trim(d.getPartnerOrganisation()));
        e.setPartnerContact(trim(d.getPartnerContact()));
        e.setPartnerCountry(trim(d.getPartnerCountry()));
        e.setPartnerRole(trim(d.getPartnerRole()));
        e.setPlace(trim(d.getPlace()));
        e.setStartDate(d.getStartDate());
        e.setEndDate(d.getEndDate());
        e.setParticipantsLocal(d.getParticipantsLocal());
        e.setParticipantsPartner(d.getParticipantsPartner());
        List<FinancingLineEntity> wanted = new ArrayList<>();
        int position = 0;
        for (ApplicationDraft.CostLine c : d.getCostLines()) {
            wanted.add(new FinancingLineEntity(
                    e,
                    position++,
                    FinancingLineEntity.COST,
                    c.getCategory() == null ? null : c.getCategory().name(),
                    trim(c.getDescription()),
                    c.getAmount(),
                    c.isEligible(),
                    null));
        }
        for (ApplicationDraft.IncomeLine i : d.getIncomeLines()) {
            wanted.add(new FinancingLineEntity(
                    e,
                    position++,
                    FinancingLineEntity.INCOME,
                    i.getKind() == null ? null : i.getKind().name(),
                    trim(i.getDescription()),
                    i.getAmount(),
                    true,
                    i.getKind() != null && i.getKind().needsStatus() && i.getStatus() != null
                            ? i.getStatus().name()
                            : null));
        }
        // every autosave sends the whole plan: update the lines in place by position (unchanged lines cost
        // no SQL), add new ones at the end, remove what is left over
        List<FinancingLineEntity> lines = e.getFinancingLines();
        for (int k = 0; k < wanted.size(); k++) {
            if (k < lines.size()) {
                lines.get(k).copyValues(wanted.get(k));
            } else {
                lines.add(wanted.get(k));
            }
        }
        while (lines.size() > wanted.size()) {
            lines.removeLast();
        }
        e.setRequestedAmount(d.getRequestedGrant());
        e.setTravelModeLocal(
                d.getTravelModeLocal() == null ? null : d.getTravelModeLocal().name());
        e.setCo2CompensatedLocal(d.getTravelModeLocal() == TravelMode.FLIGHT && d.isCo2CompensatedLocal());
        e.setTravelModePartner(
                d.getTravelModePartner() == null
                        ? null
                        : d.getTravelModePartner().name());
        e.setCo2CompensatedPartner(d.getTravelModePartner() == TravelMode.FLIGHT && d.isCo2CompensatedPartner());
        e.setDeclaredTruthful(d.isDeclaredTruthful());
        e.setDeclaredPrivacy(d.isDeclaredPrivacy());
        e.setDeclaredNotStarted(d.isDeclaredNotStarted());
        e.setEarlyStartRequested(d.isEarlyStartRequested());
        e.setEarlyStartReason(d.isEarlyStartRequested() ? trim(d.getEarlyStartReason()) : null);
        e.setConsentPublish(d.isConsentPublish());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The signed-in applicant's applications, newest first. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<ApplicationSummary> myApplications() {
        PortalUser user = currentUser.require();
        return applications.findByApplicantIdOrderByCreatedAtDesc(user.accountId()).stream()
                .map(e -> toSummary(e, Map.of(user.accountId(), user.displayName())))
                .toList();
    }

    /**
     * One application. Applicants get only their own, officers only submitted ones: another
     * applicant's application or a draft is refused exactly like a missing one, so ids cannot be probed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ApplicationSummary get(long id) {
        GrantApplicationEntity entity = access.readable(id);
        return toSummary(entity, accounts.displayNames(Set.of(entity.getApplicantId())));
    }

    /** Partner city of an application, for display. */
    public Optional<PartnerCitySummary> partnerCity(ApplicationSummary application) {
        return Optional.ofNullable(application.partnerCityId()).flatMap(programmes::partnerCity);
    }

    static ApplicationSummary toSummary(GrantApplicationEntity e, Map<Long, String> names) {
        return new ApplicationSummary(
                e.getId(),
                e.getReferenceNumber(),
                e.getTitle(),
                e.getProgrammeId(),
                e.getPartnerCityId(),
                e.getPartnerOrganisation(),
                e.getSummary(),
                e.getStartDate(),
                e.getEndDate(),
                e.getRequestedAmount(),
                e.getStatus(),
                e.getStatusChangedAt(),
                e.getSubmittedAt(),
                names.get(e.getApplicantId()),
                e.getFormalCheckNote(),
                e.getGrantedAmount(),
                e.getDecisionReason(),
                e.getDecidedAt(),
                e.getDecisionConditions());
    }
}
