package ru.rop.portal.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept (152-ФЗ): the consent, the privacy policy, the export and the retention job all
 * state and apply the same numbers.
 *
 * @param retentionDays    days a candidate's data is kept after the hiring decision, at least one
 * @param talentPoolMonths months a talent-pool consent lasts, 1 to 60
 */
@ConfigurationProperties("rop.privacy")
public record PrivacyProperties(@DefaultValue("30") int retentionDays, @DefaultValue("12") int talentPoolMonths) {

    public PrivacyProperties {
        if (retentionDays < 1) {
            throw new IllegalStateException("rop.privacy.retention-days must be at least 1, is " + retentionDays);
        }
        if (talentPoolMonths < 1 || talentPoolMonths > 60) {
            throw new IllegalStateException("rop.privacy.talent-pool-months must be 1 to 60, is " + talentPoolMonths);
        }
    }
}
