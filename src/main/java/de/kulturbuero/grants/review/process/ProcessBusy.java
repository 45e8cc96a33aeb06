package de.kulturbuero.grants.review.process;

/**
 * The engine changed the same case in another transaction at the same moment (e.g. an
 * asynchronous mail step ran while the applicant withdrew). Nothing was changed; the person can
 * simply try again.
 */
public class ProcessBusy extends RuntimeException {

    public ProcessBusy(Throwable cause) {
        super("The case was changed concurrently", cause);
    }
}
