package ru.rop.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.InvalidContentException;

/** The shipped model file is valid, and each kind of breakage is refused with the file and entry named. */
class RopModelContentTest {

    private static final Path SHIPPED = Path.of("templates", RopModelContent.FILE);
    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theShippedModelHasTwelveDimensionsAndEightTypesInContractOrder() {
        RopModel model = new RopModel(new ContentLoader("templates", validator));
        assertThat(model.dimensions()).extracting(Dimension::id).containsExactly(DimensionId.values());
        assertThat(model.types()).extracting(RopType::id).containsExactly(RopTypeId.values());
        assertThat(model.dimensions()).filteredOn(d -> d.kind() == DimensionKind.STYLE).extracting(Dimension::id)
                .containsExactly(DimensionId.TREND_AWARENESS, DimensionId.CREATIVITY, DimensionId.CONTROL_INTENSITY,
                        DimensionId.BUSYNESS);
        assertThat(model.type(RopTypeId.AUTOCRAT).signature().high()).containsExactly(DimensionId.CONTROL_INTENSITY);
        assertThat(model.type(RopTypeId.NOT_MY_PROBLEM).label()).isEqualTo("«Моя хата с краю»");
        assertThat(model.type(RopTypeId.CEO_DREAM).signature().high()).hasSize(8);
    }

    @Test
    void aDuplicatedIdIsNamed() throws IOException {
        assertBroken(yaml -> yaml.replaceFirst("id: DEMANDS_RESULTS", "id: MANAGES_THROUGH_TEAM"),
                "dimensions[1]", "duplicated id 'MANAGES_THROUGH_TEAM'");
    }

    @Test
    void anUnknownDimensionInASignatureIsNamed() throws IOException {
        assertBroken(yaml -> yaml.replaceFirst("low: \\[MANAGES_THROUGH_TEAM]", "low: [MANAGES_THRU_TEAM]"),
                "types[0].signature.low", "MANAGES_THRU_TEAM");
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        assertBroken(yaml -> yaml.replaceFirst("(?m)^    summary: .*\\n", ""), "types[0]", "summary");
    }

    @Test
    void aTypeWithoutItsFormalNameIsRefused() throws IOException {
        assertBroken(yaml -> yaml.replaceFirst("(?m)^    formalName: .*\\n", ""), "types[0]", "formalName");
    }

    @Test
    void anUnknownFieldIsNamed() throws IOException {
        assertBroken(yaml -> yaml.replaceFirst("kind: CAPABILITY", "kind: CAPABILITY\n    colour: blue"),
                "dimensions[0]", "colour");
    }

    @Test
    void tooFewStrengthsAreNamed() throws IOException {
        String shipped = Files.readString(SHIPPED);
        int start = shipped.indexOf("strengths:");
        int end = shipped.indexOf("risks:", start);
        assertBroken(yaml -> yaml.substring(0, start) + "strengths:\n      - Одна сильная сторона\n    "
                + yaml.substring(end), "types[0].strengths", "size must be between 3 and 5");
    }

    @Test
    void everyStyleHasItsOwnFivePointScaleAndNoCapabilityHasOne() {
        RopModel model = new RopModel(new ContentLoader("templates", validator));
        assertThat(model.dimensions()).allSatisfy(d -> {
            if (d.kind() == DimensionKind.STYLE) {
                assertThat(d.scale()).containsOnlyKeys(1, 2, 3, 4, 5);
            } else {
                assertThat(d.scale()).isEmpty();
            }
        });
        assertThat(model.dimension(DimensionId.CONTROL_INTENSITY).scaleText(3)).contains("Каждый день смотрит ключевые показатели");
    }

    @Test
    void aStyleWithoutItsScaleIsNamed() throws IOException {
        assertBroken(yaml -> yaml.replaceFirst("(?s)(id: TREND_AWARENESS.*?)    scale:\\n(      \\d: .*?\\n)+", "$1"),
                "dimensions[8].scale", "levels 1 to 5 are required");
    }

    @Test
    void aStyleScaleWithAGapIsNamed() throws IOException {
        assertBroken(yaml -> yaml.replaceFirst("(?s)(id: CREATIVITY.*?scale:\\n.*?)      2: .*?\\n", "$1"),
                "dimensions[9].scale", "level 2 is missing");
    }

    @Test
    void aCapabilityWithAScaleIsNamed() throws IOException {
        assertBroken(yaml -> yaml.replaceFirst("kind: CAPABILITY", "kind: CAPABILITY\n    scale: {1: \"а\", 2: \"б\","
                + " 3: \"в\", 4: \"г\", 5: \"д\"}"), "dimensions[0].scale", "a capability has no scale");
    }

    @Test
    void aMissingTypeIsNamed() throws IOException {
        String shipped = Files.readString(SHIPPED);
        int start = shipped.indexOf("  - id: CEO_DREAM");
        assertBroken(yaml -> yaml.substring(0, start), "types", "CEO_DREAM is missing");
    }

    @Test
    void brokenYamlSyntaxIsNamedWithItsLine() throws IOException {
        assertBroken(yaml -> yaml.replaceFirst("dimensions:", "dimensions: [unclosed"), "", "line");
    }

    private void assertBroken(UnaryOperator<String> breakIt, String entry, String problem) throws IOException {
        Path file = dir.resolve(RopModelContent.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, breakIt.apply(Files.readString(SHIPPED)));
        ContentLoader loader = new ContentLoader(dir.toString(), validator);
        assertThatThrownBy(() -> new RopModel(loader))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("templates/model/rop-model.yaml")
                .satisfies(e -> assertThat(((InvalidContentException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.entry()).startsWith(entry);
                            assertThat(p.toString()).contains(problem);
                        }));
    }
}
