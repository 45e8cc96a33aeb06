package de.kulturbuero.grants.grantapplication;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps after the decision that other modules record, for the application's timeline, oldest first. */
@Service
public class ApplicationTimeline {

    private final ApplicationAccess access;
    private final ObjectProvider<TimelineContributor> contributors;

    ApplicationTimeline(ApplicationAccess access, ObjectProvider<TimelineContributor> contributors) {
        this.access = access;
        this.contributors = contributors;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TimelineEvent> events(long applicationId) {
        access.readable(applicationId);
        return contributors
                .orderedStream()
                .flatMap(c -> c.eventsOf(applicationId).stream())
                .sorted(Comparator.comparing(TimelineEvent::at))
                .toList();
    }
}
