package ru.rop.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.InvalidContentException;

/** The library as shipped loads; a criterion without a target or a period stops the start, naming the entry. */
class DocumentLibraryTest {

    @TempDir
    Path copy;

    private static DocumentLibrary load(String dir) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return new ContentLoader(dir, factory.getValidator()).load(DocumentLibrary.FILE, DocumentLibrary.class,
                    (content, checks) -> content.check(checks));
        }
    }

    @Test
    void everyShippedCriterionHasATargetAndAPeriod() {
        assertThat(load("templates").kpis()).allSatisfy(k -> {
            assertThat(k.target()).isNotBlank();
            assertThat(k.period()).isNotBlank();
        });
    }

    @Test
    void aCriterionWithoutTargetOrPeriodIsAContentError() throws IOException {
        String library = Files.readString(Path.of("templates", DocumentLibrary.FILE));
        String broken = library.replace("target: \"не ниже плановой\", period: \"месяц\"", "target: \"\", period: \" \"");
        assertThat(broken).isNotEqualTo(library);
        Files.createDirectories(copy.resolve("documents"));
        Files.writeString(copy.resolve(DocumentLibrary.FILE), broken);

        assertThatThrownBy(() -> load(copy.toString())).isInstanceOf(InvalidContentException.class)
                .hasMessageContaining(DocumentLibrary.FILE).hasMessageContaining("KPI K_MARGIN has no target")
                .hasMessageContaining("KPI K_MARGIN has no period");
    }
}
