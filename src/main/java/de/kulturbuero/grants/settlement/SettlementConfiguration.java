package de.kulturbuero.grants.settlement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settlement's settings, so that a wrong city account stops the start, not a notice. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CityAccount.class)
class SettlementConfiguration {}
