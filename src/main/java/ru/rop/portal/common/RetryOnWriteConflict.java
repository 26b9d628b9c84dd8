package ru.rop.portal.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.resilience.annotation.Retryable;

/**
 * A write that may lose a race with the same row written at the same moment elsewhere: on a Galera cluster the
 * loser's commit fails certification with a deadlock (1213, SQLState 40001), on one server InnoDB may pick it as a
 * deadlock victim or its version check fails; two inserts of the same unique value (an e-mail) break a unique
 * key. The whole service call runs again in a fresh transaction (the retry
 * wraps the transaction: Spring puts its advice before existing ones), so it either succeeds on the current data or
 * refuses with the method's own conflict message. Only for methods that are safe to repeat.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(includes = {ConcurrencyFailureException.class, DataIntegrityViolationException.class}, maxRetries = 4,
        delay = 50, jitter = 25, multiplier = 2)
public @interface RetryOnWriteConflict {
}
