package ru.rop.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features stay apart: no cycles, and no feature reaches into another's internals (its sub-packages). */
class ModularityTest {

    @Test
    void featuresOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(Application.class).verify();
    }
}
