package ru.rop.portal.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Switches on {@link RetryOnWriteConflict} (Spring's own @Retryable). */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfiguration {
}
