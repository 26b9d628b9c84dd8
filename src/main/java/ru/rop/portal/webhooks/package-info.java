/**
 * Webhooks for the company's CRM: owners register endpoints and the events they want; events leave the owning
 * features' transactions through Spring Modulith's event publication registry (the outbox), become one delivery
 * per endpoint, and a background worker sends them signed, with retries for a day.
 */
@ApplicationModule(allowedDependencies = {"assessment", "candidate", "common", "interview", "report", "scheduling"})
@NullMarked
package ru.rop.portal.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
