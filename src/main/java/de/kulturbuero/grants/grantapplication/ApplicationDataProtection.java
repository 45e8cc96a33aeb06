package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.domain.ApplicationRetentionRepository;
import de.kulturbuero.grants.grantapplication.domain.GrantApplicationEntity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data protection on applications: an applicant's data for their export, and the
 * anonymisation of an application's personal free texts (statistics stay). Internal API of the
 * data-protection module, which checks who may call it (its job runs without a user).
 */
@Service
@Transactional
public class ApplicationDataProtection {

    private final ApplicationRetentionRepository repository;

    ApplicationDataProtection(ApplicationRetentionRepository repository) {
        this.repository = repository;
    }

    /** Every application of the applicant, with all the data stored about it, for their export. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> exportFor(long applicantId) {
        return repository.findByApplicantIdOrderByCreatedAtDesc(applicantId).stream()
                .map(ApplicationDataProtection::toMap)
                .toList();
    }

    /**
     * The statuses that end a case, from which its retention period counts. An approved grant is
     * not among them: its records are kept from the closing of the case, after the final report's
     * check, however long ago the approval was.
     */
    static final List<ApplicationStatus> CASE_ENDED = List.of(
            ApplicationStatus.CLOSED,
            ApplicationStatus.REJECTED,
            ApplicationStatus.INELIGIBLE,
            ApplicationStatus.WITHDRAWN);

    /**
     * Ids above {@code afterId}, ascending, of applications whose case ended before {@code before}
     * and whose data is not anonymised yet (at most {@code max}; page on with the last id returned).
     */
    @Transactional(readOnly = true)
    public List<Long> dueForAnonymisation(Instant before, long afterId, int max) {
        return repository.endedBeforeAndNotAnonymised(
                CASE_ENDED.stream().map(Enum::name).toList(), before, afterId, max);
    }

    /** The applicant's drafts: no retention duty holds for them. */
    @Transactional(readOnly = true)
    public List<Long> draftsOf(long applicantId) {
        return repository.draftsOf(applicantId);
    }

    /** True when every application of the applicant is anonymised (or there is none). */
    @Transactional(readOnly = true)
    public boolean allAnonymised(long applicantId) {
        return repository.notAnonymisedOf(applicantId) == 0;
    }

    @Transactional(readOnly = true)
    public String referenceNumber(long applicationId) {
        return repository.referenceNumber(applicationId);
    }

    /** Free texts of the application, its conversation, notices, attachments and receipt; figures and dates stay. */
    public void anonymise(long applicationId, Instant now) {
        repository.anonymise(applicationId, now);
        repository.anonymiseMessages(applicationId);
        repository.deleteNotices(applicationId);
        repository.anonymiseFinancingLines(applicationId);
        repository.deleteAttachments(applicationId);
        repository.deleteReceipt(applicationId);
    }

    private static Map<String, Object> toMap(GrantApplicationEntity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("referenceNumber", e.getReferenceNumber());
        m.put("status", e.getStatus().name());
        m.put("programmeId", e.getProgrammeId());
        m.put("partnerCityId", e.getPartnerCityId());
        m.put("title", e.getTitle());
        m.put("summary", e.getSummary());
        m.put("partnerOrganisation", e.getPartnerOrganisation());
        m.put("startDate", e.getStartDate() == null ? null : e.getStartDate().toString());
        m.put("endDate", e.getEndDate() == null ? null : e.getEndDate().toString());
        m.put("requestedAmount", e.getRequestedAmount());
        m.put("grantedAmount", e.getGrantedAmount());
        m.put("decisionReason", e.getDecisionReason());
        m.put("formalCheckNote", e.getFormalCheckNote());
        m.put("createdAt", str(e.getCreatedAt()));
        m.put("submittedAt", str(e.getSubmittedAt()));
        m.put("decidedAt", str(e.getDecidedAt()));
        m.put("statusChangedAt", str(e.getStatusChangedAt()));
        return m;
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }
}
