package de.kulturbuero.grants.review;

import de.kulturbuero.grants.review.domain.InboxTasks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's overdue tasks as a figure for the dashboard (reporting, HEAD and ADMIN). "Overdue"
 * is the inbox's own notion: an open task that Task_Escalate flagged in the read model after its
 * Timer_*Overdue fired; the flag leaves with the task. Counted office-wide with the WHERE clause
 * of HEAD's overdue tab (one COUNT, no rows loaded), so the figure matches the tab that
 * {@link InboxQuery#overdue(long, int)}'s {@link InboxQuery#location() link} opens.
 * A class of its own rather than a method of InboxQueries: that use case is for officers
 * (ADMIN has no inbox), this one for the office's figures.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HEAD','ADMIN')")
public class OverdueTasks {

    private final InboxTasks inbox;

    OverdueTasks(InboxTasks inbox) {
        this.inbox = inbox;
    }

    /** Open overdue tasks of the programme's applications submitted in {@code year} (see {@link InboxQuery#overdue}). */
    public long count(long programmeId, int year) {
        return inbox.countOfficeWide(InboxQuery.overdue(programmeId, year));
    }
}
