package de.kulturbuero.grants.grantapplication;

/**
 * The applicant answered a follow-up question. Published inside the answer's transaction; the
 * review module continues the process synchronously in the same transaction (so the answer and
 * the process step commit together, or neither does).
 */
public record InquiryAnswered(long applicationId, long inquiryId) {}
