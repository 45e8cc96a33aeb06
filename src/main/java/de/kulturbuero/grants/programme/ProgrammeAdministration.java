package de.kulturbuero.grants.programme;

import de.kulturbuero.grants.programme.ProgrammeDataRejected.Problem;
import de.kulturbuero.grants.programme.domain.FundingProgrammeEntity;
import de.kulturbuero.grants.programme.domain.FundingProgrammeRepository;
import de.kulturbuero.grants.programme.domain.ProgrammeCriterionEntity;
import de.kulturbuero.grants.programme.domain.ProgrammeCriterionRepository;
import de.kulturbuero.grants.programme.domain.ProgrammeRulesVersionEntity;
import de.kulturbuero.grants.programme.domain.ProgrammeRulesVersionRepository;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's administration of funding programmes (ADMIN only): create, edit, open, close,
 * archive. Every save that changes the rules writes a new immutable {@link ProgrammeRules}
 * version; applications keep the version they were submitted under.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ProgrammeAdministration {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final FundingProgrammeRepository programmes;
    private final ProgrammeCriterionRepository criteria;
    private final ProgrammeRulesVersionRepository versions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgrammeAdministration(
            FundingProgrammeRepository programmes,
            ProgrammeCriterionRepository criteria,
            ProgrammeRulesVersionRepository versions,
            CurrentUser currentUser,
            Clock clock) {
        this.programmes = programmes;
        this.criteria = criteria;
        this.versions = versions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** All programmes, archived ones last, with today's status. */
    @Transactional(readOnly = true)
    public List<ProgrammeOverview> overview() {
        LocalDate today = LocalDate.now(clock);
        java.util.Map<Long, Integer> latest = versions.latestVersionNumbers().stream()
                .collect(java.util.stream.Collectors.toMap(
                        row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).intValue()));
        return programmes.findAll().stream()
                .map(p -> new ProgrammeOverview(
                        ProgrammeService.toSummary(p), status(p, today), latest.getOrDefault(p.getId(), 0)))
                .sorted(Comparator.comparing((ProgrammeOverview o) -> o.status() == ProgrammeStatus.ARCHIVED)
                        .thenComparing(o -> o.programme().id()))
                .toList();
    }

    /** The programme's data as the editor shows it. */
    @Transactional(readOnly = true)
    public ProgrammeForm load(long id) {
        FundingProgrammeEntity p = find(id);
        ProgrammeForm f = new ProgrammeForm();
        f.setId(p.getId());
        f.setNameDe(p.getNameDe());
        f.setNameEn(p.getNameEn());
        f.setDescriptionDe(p.getDescriptionDe());
        f.setDescriptionEn(p.getDescriptionEn());
        f.setEligibilityDe(p.getEligibilityDe());
        f.setEligibilityEn(p.getEligibilityEn());
        f.setFinancingType(p.getFinancingType());
        f.setMaxSharePercent(
                p.getMaxShare() == null
                        ? null
                        : p.getMaxShare().multiply(HUNDRED).stripTrailingZeros());
        f.setFixedAmount(p.getFixedAmount());
        f.setMaxGrant(p.getMaxGrant());
        f.setAnnualBudget(p.getAnnualBudget());
        f.setWindowStart(p.getWindowStart());
        f.setWindowEnd(p.getWindowEnd());
        f.setMinLeadWeeks(p.getMinLeadWeeks());
        f.setReferencePrefix(p.getReferencePrefix());
        f.setDecisionThreshold(p.getDecisionThreshold());
        f.setBudgets(new ArrayList<>(p.getBudgets().entrySet().stream()
                .map(e -> new ProgrammeForm.BudgetLine(e.getKey(), e.getValue()))
                .toList()));
        f.setCriteria(new ArrayList<>(criteria.findByProgrammeIdAndActiveTrueOrderByPosition(id).stream()
                .map(c -> new ProgrammeForm.CriterionLine(c.getId(), c.getNameDe(), c.getNameEn(), c.getWeight()))
                .toList()));
        f.fillPaymentFields(p.getPaymentTerms());
        return f;
    }

    /** Every rules version of the programme, newest first. */
    @Transactional(readOnly = true)
    public List<ProgrammeRules> rulesHistory(long id) {
        return versions.findByProgrammeIdOrderByVersionNoDesc(id).stream()
                .map(ProgrammeService::toRules)
                .toList();
    }

    /**
     * Creates ({@code form.id == null}) or updates a programme; writes a new rules version when
     * the rules changed. Returns the programme's id.
     *
     * @throws ProgrammeDataRejected with message keys when the data breaks a rule
     */
    @Transactional
    public long save(ProgrammeForm form) {
        List<Problem> problems = new ArrayList<>(ProgrammeFormCheck.problems(form));
        String prefix = form.getReferencePrefix() == null
                ? null
                : form.getReferencePrefix().strip();
        if (prefix != null
                && programmes.existsByReferencePrefixIgnoreCaseAndIdNot(
                        prefix, form.getId() == null ? -1 : form.getId())) {
            problems.add(new Problem("referencePrefix", "programme.validation.prefix-taken"));
        }
        if (!problems.isEmpty()) {
            throw new ProgrammeDataRejected(problems);
        }
        FundingProgrammeEntity p = form.getId() == null
                ? new FundingProgrammeEntity(uniqueCode(prefix, form.getNameEn()))
                : find(form.getId());
        p.setNameDe(form.getNameDe().strip());
        p.setNameEn(form.getNameEn().strip());
        p.setDescriptionDe(trimToNull(form.getDescriptionDe()));
        p.setDescriptionEn(trimToNull(form.getDescriptionEn()));
        p.setEligibilityDe(trimToNull(form.getEligibilityDe()));
        p.setEligibilityEn(trimToNull(form.getEligibilityEn()));
        p.setFinancingType(form.getFinancingType());
        p.setMaxShare(
                form.getFinancingType() == FinancingType.SHARE
                        ? form.getMaxSharePercent().divide(HUNDRED, 4, RoundingMode.HALF_UP)
                        : null);
        p.setFixedAmount(form.getFinancingType() == FinancingType.FIXED ? form.getFixedAmount() : null);
        p.setMaxGrant(form.getMaxGrant());
        p.setAnnualBudget(form.getAnnualBudget());
        p.setWindowStart(form.getWindowStart());
        p.setWindowEnd(form.getWindowEnd());
        p.setMinLeadWeeks(form.getMinLeadWeeks());
        p.setReferencePrefix(prefix);
        p.setDecisionThreshold(form.getDecisionThreshold());
        p.getBudgets().clear();
        form.getBudgets().forEach(b -> p.getBudgets().put(b.getYear(), b.getAmount()));
        p.setPaymentTerms(form.paymentTerms());
        programmes.saveAndFlush(p);

        Map<Long, ProgrammeCriterionEntity> existing =
                criteria.findByProgrammeIdAndActiveTrueOrderByPosition(p.getId()).stream()
                        .collect(Collectors.toMap(ProgrammeCriterionEntity::getId, Function.identity()));
        int position = 1;
        for (ProgrammeForm.CriterionLine line : form.getCriteria()) {
            ProgrammeCriterionEntity c = line.getId() != null && existing.containsKey(line.getId())
                    ? existing.remove(line.getId())
                    : new ProgrammeCriterionEntity(p.getId());
            c.setPosition(position++);
            c.setNameDe(line.getNameDe().strip());
            c.setNameEn(line.getNameEn().strip());
            c.setWeight(line.getWeight());
            criteria.save(c);
        }
        // Scores may refer to a removed criterion: keep it, inactive.
        existing.values().forEach(c -> c.setActive(false));
        criteria.flush();
        writeVersionIfChanged(p);
        return p.getId();
    }

    /** Opens the application window today (an end date in the past is removed). */
    @Transactional
    public void open(long id) {
        FundingProgrammeEntity p = find(id);
        LocalDate today = LocalDate.now(clock);
        if (p.getWindowStart() == null || p.getWindowStart().isAfter(today)) {
            p.setWindowStart(today);
        }
        if (p.getWindowEnd() != null && p.getWindowEnd().isBefore(today)) {
            p.setWindowEnd(null);
        }
        p.setActive(true);
    }

    /** Closes the application window: yesterday was the last day. Submitted applications go on. */
    @Transactional
    public void close(long id) {
        FundingProgrammeEntity p = find(id);
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        p.setWindowEnd(yesterday);
        if (p.getWindowStart() != null && p.getWindowStart().isAfter(yesterday)) {
            p.setWindowStart(yesterday);
        }
    }

    /** Archives: no longer offered or listed for applicants; kept for the applications that refer to it. */
    @Transactional
    public void archive(long id) {
        find(id).setActive(false);
    }

    @Transactional
    public void restore(long id) {
        find(id).setActive(true);
    }

    static ProgrammeStatus status(FundingProgrammeEntity p, LocalDate today) {
        if (!p.isActive()) {
            return ProgrammeStatus.ARCHIVED;
        }
        if (p.getWindowStart() != null && p.getWindowStart().isAfter(today)) {
            return ProgrammeStatus.PLANNED;
        }
        if (p.getWindowEnd() != null && p.getWindowEnd().isBefore(today)) {
            return ProgrammeStatus.CLOSED;
        }
        return ProgrammeStatus.OPEN;
    }

    private void writeVersionIfChanged(FundingProgrammeEntity p) {
        List<ProgrammeCriterionEntity> active = criteria.findByProgrammeIdAndActiveTrueOrderByPosition(p.getId());
        var latest = versions.findFirstByProgrammeIdOrderByVersionNoDesc(p.getId());
        ProgrammeRulesVersionEntity candidate = new ProgrammeRulesVersionEntity(
                p,
                latest.map(v -> v.getVersionNo() + 1).orElse(1),
                active,
                clock.instant(),
                currentUser.get().map(PortalUser::accountId).orElse(null));
        if (latest.isEmpty() || !sameRules(latest.get(), candidate)) {
            versions.save(candidate);
        }
    }

    private static boolean sameRules(ProgrammeRulesVersionEntity a, ProgrammeRulesVersionEntity b) {
        return a.getFinancingType() == b.getFinancingType()
                && same(a.getMaxShare(), b.getMaxShare())
                && same(a.getFixedAmount(), b.getFixedAmount())
                && same(a.getMaxGrant(), b.getMaxGrant())
                && a.getMinLeadWeeks() == b.getMinLeadWeeks()
                && same(a.getDecisionThreshold(), b.getDecisionThreshold())
                && Objects.equals(a.getEligibilityDe(), b.getEligibilityDe())
                && Objects.equals(a.getEligibilityEn(), b.getEligibilityEn())
                && a.getPaymentTerms().equals(b.getPaymentTerms())
                && criteriaKey(a).equals(criteriaKey(b));
    }

    private static List<String> criteriaKey(ProgrammeRulesVersionEntity v) {
        return v.getCriteria().stream()
                .map(c -> c.getCriterionId() + "|" + c.getNameDe() + "|" + c.getNameEn() + "|" + c.getWeight())
                .toList();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private String uniqueCode(String prefix, String nameEn) {
        String slug = Normalizer.normalize(prefix + "-" + nameEn, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String base = slug.length() > 34 ? slug.substring(0, 34) : slug;
        String code = base;
        for (int i = 2; programmes.existsByCode(code); i++) {
            code = base + "-" + i;
        }
        return code;
    }

    private FundingProgrammeEntity find(long id) {
        return programmes.findById(id).orElseThrow(() -> new IllegalArgumentException("No programme " + id));
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
