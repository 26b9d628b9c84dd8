package ru.rop.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Features stay apart: no cycles, no feature reaches into another's internals (its sub-packages), and each uses
 * only the features its {@code package-info.java} allows. The module diagrams and canvases in {@code docs/modules}
 * are written from the same model, so they show what the build verified.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featuresOnlyUseTheFeaturesTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsAndCanvases() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
