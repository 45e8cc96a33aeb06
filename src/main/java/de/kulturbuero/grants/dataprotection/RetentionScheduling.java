package de.kulturbuero.grants.dataprotection;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the nightly {@link RetentionJob}. */
@Configuration
@EnableScheduling
class RetentionScheduling {}
