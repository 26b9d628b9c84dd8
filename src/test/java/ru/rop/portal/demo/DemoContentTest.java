package ru.rop.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.InvalidContentException;

/** The demo's files as shipped load; a broken name list stops the demo's start naming the file and the entry. */
class DemoContentTest {

    @TempDir
    Path copy;

    private static <T> T load(String dir, String file, Class<T> type) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return new ContentLoader(dir, factory.getValidator()).load(file, type, (content, checks) -> { });
        }
    }

    @Test
    void theShippedFilesLoad() {
        assertThat(load("templates", DemoNames.FILE, DemoNames.class).surnames()).isNotEmpty();
        assertThat(load("templates", DemoPeople.FILE, DemoPeople.class).people()).isNotEmpty();
    }

    @Test
    void aBlankCity() throws IOException {
        assertBroken(yaml -> yaml.replace("\"Казань\"", "\" \""), "cities[4]", "must not be blank");
    }

    @Test
    void aSurnameLongerThanTheCardTakes() throws IOException {
        assertBroken(yaml -> yaml.replace("\"Иванов\"", "\"" + "Иванов".repeat(11) + "\""), "surnames[0]",
                "size must be between 0 and 60");
    }

    @Test
    void noTagsAtAll() throws IOException {
        assertBroken(yaml -> yaml.replaceAll("(?m)^tags: \\[.*]$", "tags: []"), "tags", "must not be empty");
    }

    private void assertBroken(UnaryOperator<String> breakIt, String entry, String problem)
            throws IOException {
        String shipped = Files.readString(Path.of("templates", DemoNames.FILE));
        String broken = breakIt.apply(shipped);
        assertThat(broken).as("the change applies to the shipped file").isNotEqualTo(shipped);
        Files.createDirectories(copy.resolve("demo"));
        Files.writeString(copy.resolve(DemoNames.FILE), broken);

        assertThatThrownBy(() -> load(copy.toString(), DemoNames.FILE, DemoNames.class))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("templates/" + DemoNames.FILE)
                .satisfies(e -> assertThat(((InvalidContentException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.entry()).startsWith(entry);
                            assertThat(p.message()).contains(problem);
                        }));
    }
}
