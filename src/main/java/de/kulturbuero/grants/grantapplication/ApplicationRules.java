package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.domain.GrantApplicationRepository;
import de.kulturbuero.grants.programme.ProgrammeRules;
import de.kulturbuero.grants.programme.ProgrammeService;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme rules an application is judged by: the version it was submitted under, never
 * the programme's current one (a later change of the programme does not touch it). Carries no
 * {@code @PreAuthorize} because rules hold no personal data and the review process reads them
 * from engine jobs.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationRules {

    private final GrantApplicationRepository applications;
    private final ProgrammeService programmes;

    ApplicationRules(GrantApplicationRepository applications, ProgrammeService programmes) {
        this.applications = applications;
        this.programmes = programmes;
    }

    /** The rules of a submitted application; empty for drafts and unknown ids. */
    public Optional<ProgrammeRules> rulesOf(long applicationId) {
        return applications
                .findById(applicationId)
                .map(a -> a.getRulesVersionId())
                .map(programmes::rules);
    }
}
