package de.kulturbuero.grants.review;

/**
 * What the form of a payment step needs: the award with its payments and bank details, and the
 * payment the task is about (null for the confirmation of bank details, which is about the award).
 */
public record PaymentTask(String taskId, String step, AwardFile award, AwardFile.Payment payment) {}
