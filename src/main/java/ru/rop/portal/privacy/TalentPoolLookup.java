package ru.rop.portal.privacy;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent-pool consents read without a signed-in user, for the nightly retention run; they hold no names, only who
 * (by id), when and until when.
 */
@Component
public class TalentPoolLookup {

    private final TalentPoolConsentRepository consents;

    TalentPoolLookup(TalentPoolConsentRepository consents) {
        this.consents = consents;
    }

    @Transactional(readOnly = true)
    public List<TalentPoolEntry> entries() {
        return consents.findAll().stream().map(TalentPoolConsent::toEntry).toList();
    }
}
