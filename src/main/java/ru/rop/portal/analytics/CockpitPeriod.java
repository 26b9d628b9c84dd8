package ru.rop.portal.analytics;

import java.time.Duration;
import java.time.Instant;

/** The cockpit's period filter: candidates who entered the pipeline in the last 30, 90 or 365 days, or ever. */
public enum CockpitPeriod {
    DAYS_30(30), DAYS_90(90), DAYS_365(365), ALL(0);

    private final int days;

    CockpitPeriod(int days) {
        this.days = days;
    }

    /** The first moment of the period ending now, null for all time. */
    public Instant from(Instant now) {
        return days == 0 ? null : now.minus(Duration.ofDays(days));
    }

    public String labelKey() {
        return "cockpit.period." + name();
    }
}
