package ru.rop.portal.webhooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowPrivate   loopback, link-local and private-range targets allowed (on-premise CRMs, tests)
 * @param pollInterval   how often the worker looks for due deliveries
 * @param firstRetry     the wait after the first failure; each further failure doubles it (with jitter)
 * @param maxRetry       the longest wait between two attempts
 * @param retryFor       how long a delivery is retried before it is marked failed
 * @param lease          how long a claimed delivery belongs to the instance that claimed it
 * @param resubmitAfter  an outbox entry whose listener has not finished by then is run again (crash, error)
 */
@ConfigurationProperties("rop.webhooks")
record WebhookProperties(@DefaultValue("false") boolean allowPrivate,
                         @DefaultValue("5s") Duration pollInterval,
                         @DefaultValue("30s") Duration firstRetry,
                         @DefaultValue("1h") Duration maxRetry,
                         @DefaultValue("24h") Duration retryFor,
                         @DefaultValue("2m") Duration lease,
                         @DefaultValue("5s") Duration connectTimeout,
                         @DefaultValue("10s") Duration requestTimeout,
                         @DefaultValue("1m") Duration resubmitAfter,
                         @DefaultValue("20") int batchSize) {
}
