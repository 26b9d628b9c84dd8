package ru.rop.portal.assessment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a link works and how hard guessing links is made.
 *
 * @param defaultDays        days an invitation's link works unless HR says otherwise
 * @param guessesBeforeDelay wrong links an address may open before each answer is held back
 * @param guessesAllowed     wrong links an address may open within the window before it is refused
 * @param guessWindow        how long a wrong link counts against its address
 * @param guessDelay         how much longer each further wrong link is held back
 */
@ConfigurationProperties("rop.assessment")
public record AssessmentProperties(@DefaultValue("7") int defaultDays, @DefaultValue("3") int guessesBeforeDelay,
                                   @DefaultValue("10") int guessesAllowed, @DefaultValue("15m") Duration guessWindow,
                                   @DefaultValue("250ms") Duration guessDelay) {
}
