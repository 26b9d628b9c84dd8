package ru.rop.portal.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import ru.rop.portal.common.content.ContentChecks;

/** The file templates/model/red-flags.yaml. */
record RedFlagContent(@NotNull List<@Valid @NotNull RedFlag> redFlags) {

    static final String FILE = "model/red-flags.yaml";

    void check(ContentChecks checks) {
        checks.uniqueIds("redFlags", redFlags, RedFlag::id);
        for (int i = 0; i < redFlags.size(); i++) {
            Evidence.checkEffects(checks, "redFlags[" + i + "].effects", redFlags.get(i).effects());
        }
    }
}
