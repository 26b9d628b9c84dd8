package ru.rop.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void featuresOnlyUseTheFeaturesTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsAndCanvases() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, relationsSorted(Files.readAllLines(diagram)));
            }
        }
    }

    /** The relations come in hash order; sorted, an unchanged model leaves the committed diagrams unchanged. */
    private static List<String> relationsSorted(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        int start = 0;
        while (start < sorted.size()) {
            int end = start;
            while (end < sorted.size() && sorted.get(end).startsWith("Rel(")) {
                end++;
            }
            sorted.subList(start, end).sort(null);
            start = end + 1;
        }
        return sorted;
    }
}
