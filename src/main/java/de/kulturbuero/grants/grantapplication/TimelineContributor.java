package de.kulturbuero.grants.grantapplication;

import java.util.List;

/**
 * Implemented by a module whose steps belong in the applicant's timeline (the payments); this
 * module finds the implementations as beans and so never depends on their modules. Called only
 * after {@link ApplicationTimeline} checked that the reader may see the application.
 */
public interface TimelineContributor {

    List<TimelineEvent> eventsOf(long applicationId);
}
