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
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.toList()) {
                Files.write(file, listsSorted(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The diagrams' relations and the canvases' lists come in hash order; sorted, an unchanged model leaves the
     * committed files unchanged. A canvas list's first item opens its table cell with {@code |}.
     */
    private static List<String> listsSorted(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        int start = 0;
        while (start < sorted.size()) {
            boolean cell = sorted.get(start).startsWith("|* ");
            int end = start + 1;
            if (cell || sorted.get(start).startsWith("* ") || sorted.get(start).startsWith("Rel(")) {
                String item = sorted.get(start).startsWith("Rel(") ? "Rel(" : "* ";
                while (end < sorted.size() && sorted.get(end).startsWith(item)) {
                    end++;
                }
                List<String> run = sorted.subList(start, end);
                if (cell) {
                    run.set(0, run.getFirst().substring(1));
                }
                run.sort(null);
                if (cell) {
                    run.set(0, "|" + run.getFirst());
                }
            }
            start = end;
        }
        return sorted;
    }
}
