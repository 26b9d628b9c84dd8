package ru.rop.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins     wrong passwords in a row that lock an account (against addresses that failed recently)
 * @param lockDuration        how long such a lock lasts, and how long an address counts as having failed
 * @param addressFreeFailures failed sign-ins from one client address before it has to wait between attempts
 * @param addressMaxDelay     the longest wait the doubling back-off imposes on one address
 * @param addressMemory       how long after its last failure an address's count is remembered
 */
@ConfigurationProperties("rop.security")
record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
                          @DefaultValue("10") int addressFreeFailures, @DefaultValue("15m") Duration addressMaxDelay,
                          @DefaultValue("1h") Duration addressMemory) {
}
