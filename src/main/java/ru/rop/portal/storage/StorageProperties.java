package ru.rop.portal.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Free-space thresholds of the data folder's disk and when the embedded database file is rewritten.
 *
 * @param warnFreeMb below this many MiB health says WARNING and owners see a banner on the start page
 * @param minFreeMb below this many MiB the disk counts as full: health DOWN, so no traffic is sent
 * @param scrubCron when the H2 file is rewritten after erasures (Spring cron; "-" switches it off)
 */
@ConfigurationProperties("rop.storage")
record StorageProperties(@DefaultValue("512") long warnFreeMb, @DefaultValue("8") long minFreeMb,
                         @DefaultValue("0 45 3 * * *") String scrubCron) {
}
