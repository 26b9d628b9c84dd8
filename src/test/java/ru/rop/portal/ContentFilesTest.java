package ru.rop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.rop.portal.assessment.AssessmentLibrary;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.PrivacyProperties;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.InvalidContentException;
import ru.rop.portal.common.content.TextTemplates;
import ru.rop.portal.interview.QuestionBank;
import ru.rop.portal.privacy.ConsentTexts;
import ru.rop.portal.privacy.PrivacyPolicy;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every content file as shipped passes, and each kind of breakage is refused naming the file, the entry and the
 * problem: dangling references, duplicated ids, scales with missing levels, entries without evidence, coverage
 * below the required numbers, answer options that give the answer away.
 */
class ContentFilesTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @TempDir
    Path copy;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static void loadAll(ContentLoader loader, String dir) throws IOException {
        RopModel model = new RopModel(loader);
        new QuestionBank(loader, model);
        new AssessmentLibrary(loader, model, new TextTemplates(dir));
        new CaseLibrary(loader, model);
        new ConsentTexts(loader, new TextTemplates(dir), null, null, new PrivacyProperties(30, 12));
        new PrivacyPolicy(loader, new TextTemplates(dir), null, new PrivacyProperties(30, 12));
    }

    @Test
    void theShippedContentMeetsEveryRule() throws IOException {
        ContentLoader loader = new ContentLoader("templates", validator);
        RopModel model = new RopModel(loader);
        QuestionBank questions = new QuestionBank(loader, model);
        AssessmentLibrary library = new AssessmentLibrary(loader, model, new TextTemplates("templates"));
        assertThat(model.competencies()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(model.redFlags()).isNotEmpty();
        assertThat(questions.questions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(library.situationalItems()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(library.blocks()).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(block -> assertThat(block.statements()).hasSize(3));
        assertThat(library.selfAssessmentInstructions()).isNotBlank();
        assertThat(new CaseLibrary(loader, model).cases()).hasSizeGreaterThanOrEqualTo(6);
        PrivacyPolicy policy = new PrivacyPolicy(loader, new TextTemplates("templates"), null, new PrivacyProperties(30, 12));
        assertThat(policy).isNotNull();
    }

    @Test
    void aCompetencyScaleWithoutLevelThree() throws IOException {
        assertBroken("model/competencies.yaml", yaml -> first(yaml, "(?m)^( +)3: .*\\n", ""),
                "competencies[0].levels", "level 3 is missing");
    }

    @Test
    void aCompetencyNamingAnUnknownDimension() throws IOException {
        assertBroken("model/competencies.yaml", yaml -> first(yaml, "dimensions: \\[", "dimensions: [TEAMWORK, "),
                "competencies[0].dimensions", "TEAMWORK");
    }

    @Test
    void aRedFlagWithAnEffectOffTheScale() throws IOException {
        assertBroken("model/red-flags.yaml", yaml -> first(yaml, "effects: \\{([A-Z_]+): -?\\d", "effects: {$1: 3"),
                "redFlags[0].effects", "effect 3 for");
    }

    @Test
    void aQuestionOfAnUnknownCompetency() throws IOException {
        assertBroken("interview/questions.yaml", yaml -> first(yaml, "competency: [A-Z_]+", "competency: CHARISMA"),
                "questions[0].competency", "unknown competency 'CHARISMA'");
    }

    @Test
    void aQuestionRaisingAnUnknownRedFlag() throws IOException {
        assertBroken("interview/questions.yaml", yaml -> first(yaml, "redFlags: \\[[^\\]]*\\]", "redFlags: [RF_NOPE]"),
                "questions[0].redFlags", "unknown red flag 'RF_NOPE'");
    }

    @Test
    void aDuplicatedQuestionId() throws IOException {
        assertBroken("interview/questions.yaml", yaml -> first(yaml, "id: Q02", "id: Q01"),
                "questions[1]", "duplicated id 'Q01'");
    }

    @Test
    void aQuestionWithoutEvidence() throws IOException {
        assertBroken("interview/questions.yaml", yaml -> first(yaml, "evidence: \\{[^}]*\\}", "evidence: {}"),
                "questions[0].evidence", "");
    }

    @Test
    void aQuestionScoringAStyleAsQuality() throws IOException {
        assertBroken("interview/questions.yaml", yaml -> first(yaml, "evidence: \\{", "evidence: {BUSYNESS: 1, "),
                "questions[0].evidence", "BUSYNESS is a style, not a capability");
    }

    @Test
    void aQuestionWithANegativeWeight() throws IOException {
        assertBroken("interview/questions.yaml", yaml -> first(yaml, "evidence: \\{([A-Z_]+): [0-9.]+",
                "evidence: {$1: -0.5"), "questions[0].evidence", "weight -0.5 for ORGANIZED is not 0.5 or 1");
    }

    @Test
    void aQuestionObservingACapabilityAsAStyle() throws IOException {
        assertBroken("interview/questions.yaml", yaml -> first(yaml, "styles: \\[", "styles: [RAPPORT, "),
                "questions[", "RAPPORT is a capability, not a style");
    }

    @Test
    void aQuestionWithThreeStyles() throws IOException {
        assertBroken("interview/questions.yaml", yaml -> first(yaml, "styles: \\[[A-Z_, ]+\\]",
                "styles: [BUSYNESS, CREATIVITY, TREND_AWARENESS]"), "questions[", "size must be between 0 and 2");
    }

    @Test
    void aQuestionWithItsOwnScaleMissingALevel() throws IOException {
        assertBroken("interview/questions.yaml", yaml -> first(yaml, "(?m)^(    evidence: .*)$",
                "$1\n    anchors: {1: \"Нет примера\", 2: \"Общие слова\", 3: \"Пример без цифр\","
                        + " 5: \"Пример с цифрами до и после\"}"),
                "questions[0].anchors", "level 4 is missing");
    }

    @Test
    void tooFewQuestionsForTheCoverage() throws IOException {
        assertBroken("interview/questions.yaml", yaml -> yaml.substring(0, yaml.indexOf("  - id: Q11")),
                "questions", "needs at least 40 questions");
    }

    @Test
    void anOptionMuchShorterThanTheOthersGivesTheAnswerAway() throws IOException {
        assertBroken("assessment/situational.yaml",
                yaml -> first(yaml, "(?m)^(\\s+- id: B\\n\\s+text: ).*$",
                        "$1\"Разобрать с менеджером два последних звонка и решить, что делать.\""),
                "items[0] SJ101.options[1].text", "give the answer away");
    }

    @Test
    void anOptionThatLowersItsOwnTypesDecisiveTraitIsRefused() throws IOException {
        assertBroken("assessment/situational.yaml",
                yaml -> first(yaml, "(?m)^(\\s+view: NOVICE\\n\\s+effects: \\{MANAGES_THROUGH_TEAM: )-", "$1"),
                "items[0] SJ101.options[0].effects", "is low for NOVICE but the effect raises it");
    }

    @Test
    void theLongestOptionMayNotBeTheBestOneInMoreThanAQuarterOfItems() throws IOException {
        // Every option padded to one length: each item's best option is then (one of) the longest.
        assertBroken("assessment/situational.yaml",
                yaml -> yaml.replaceAll("(?m)^(\\s+text: )\"[^\"]*\"$",
                        "$1\"" + "Обсудить ситуацию с менеджером и договориться о следующих шагах по сделке, не откладывая"
                                + "\""),
                "items", "picking the longest would pay");
    }

    @Test
    void tooFewSituationalItems() throws IOException {
        assertBroken("assessment/situational.yaml", yaml -> yaml.substring(0, yaml.indexOf("  - id: SJ11")),
                "items", "needs at least 30 items");
    }

    @Test
    void aSelfAssessmentBlockOutOfOrder() throws IOException {
        assertBroken("assessment/self-assessment.yaml", yaml -> selfAssessment(yaml, root -> block(root, 1)
                .put("id", "FC07")), "blocks[1].id", "'FC02' is expected");
    }

    @Test
    void aSelfAssessmentBlockWithTwoStatements() throws IOException {
        assertBroken("assessment/self-assessment.yaml", yaml -> selfAssessment(yaml, root -> ((ArrayNode) block(root, 0)
                .get("statements")).remove(2)), "blocks[0].statements", "size must be between 3 and 3");
    }

    @Test
    void aSelfAssessmentBlockWithStatementIdsOtherThanABC() throws IOException {
        assertBroken("assessment/self-assessment.yaml", yaml -> selfAssessment(yaml, root -> statement(root, 0, 2)
                .put("id", "A")), "blocks[0].statements", "[A, B, A] where [A, B, C] is expected");
    }

    @Test
    void aSelfAssessmentBlockDescribingOnePoleOfOneDimensionTwice() throws IOException {
        assertBroken("assessment/self-assessment.yaml", yaml -> selfAssessment(yaml, root -> statement(root, 0, 1)
                .put("dimension", statement(root, 0, 0).get("dimension").asString())
                .put("pole", statement(root, 0, 0).get("pole").asString())),
                "blocks[0].statements[1]", "must differ in dimension or pole");
    }

    @Test
    void aSelfAssessmentStatementOfAnUnknownPole() throws IOException {
        assertBroken("assessment/self-assessment.yaml", yaml -> selfAssessment(yaml, root -> statement(root, 0, 0)
                .put("pole", "MIDDLE")), "blocks[0].statements[0].pole", "MIDDLE");
    }

    @Test
    void aSelfAssessmentStatementTooLong() throws IOException {
        assertBroken("assessment/self-assessment.yaml", yaml -> selfAssessment(yaml, root -> statement(root, 2, 1)
                .put("text", "Я ".repeat(81))), "blocks[2].statements[1].text", "");
    }

    @Test
    void tooFewSelfAssessmentStatementsOnADimension() throws IOException {
        assertBroken("assessment/self-assessment.yaml", yaml -> selfAssessment(yaml, root -> {
            ArrayNode blocks = (ArrayNode) root.get("blocks");
            while (blocks.size() > 4) {
                blocks.remove(blocks.size() - 1);
            }
        }), "blocks", "needs at least 3 statements on");
    }

    @Test
    void aSelfAssessmentWithoutInstructions() throws IOException {
        assertBroken("assessment/self-assessment.yaml", yaml -> selfAssessment(yaml, root -> root.put("instructions",
                " ")), "instructions", "");
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** The self-assessment file changed as a tree, whatever its wording: the rules are about its structure. */
    private static String selfAssessment(String yaml, Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) YAML.readTree(yaml);
        change.accept(root);
        return YAML.writeValueAsString(root);
    }

    private static ObjectNode block(ObjectNode root, int index) {
        return (ObjectNode) root.get("blocks").get(index);
    }

    private static ObjectNode statement(ObjectNode root, int block, int index) {
        return (ObjectNode) block(root, block).get("statements").get(index);
    }

    @Test
    void aCaseCriterionWithoutItsTopLevel() throws IOException {
        assertBroken("cases/cases.yaml", yaml -> {
            int criteria = yaml.indexOf("criteria:");
            return yaml.substring(0, criteria) + first(yaml.substring(criteria), "(?m)^( +)5: .*\\n", "");
        }, "cases[0].criteria[0].levels", "level 5 is missing");
    }

    @Test
    void aCaseCriterionScoringAStyleAsQuality() throws IOException {
        assertBroken("cases/cases.yaml", yaml -> first(yaml, "evidence: \\{", "evidence: {CREATIVITY: 1, "),
                "cases[0].criteria[0].evidence", "CREATIVITY is a style, not a capability");
    }

    @Test
    void aCaseCriterionWithANegativeWeight() throws IOException {
        assertBroken("cases/cases.yaml", yaml -> first(yaml, "evidence: \\{([A-Z_]+): [0-9.]+", "evidence: {$1: -1"),
                "cases[0].criteria[0].evidence", "is not 0.5 or 1");
    }

    @Test
    void aCaseOfAnUnknownCompetency() throws IOException {
        assertBroken("cases/cases.yaml", yaml -> first(yaml, "competencies: \\[[A-Z_]+", "competencies: [CHARISMA"),
                "cases[0].competencies", "unknown competency 'CHARISMA'");
    }

    @Test
    void aConsentTextWithABrokenPlaceholder() throws IOException {
        assertBroken("consent/consent.yaml", yaml -> first(yaml, "даю \\$\\{company\\}", "даю \\${company"),
                "line", "");
    }

    @Test
    void aPreviousConsentFileThatIsAnotherVersion() throws IOException {
        assertBroken("consent/previous/2026-11-v1.yaml", yaml -> first(yaml, "version: \"2026-11-v1\"",
                "version: \"2026-11-v9\""), "version", "says '2026-11-v9'");
    }

    @Test
    void aPrivacyPolicyWithAMisspeltPlaceholder() throws IOException {
        assertBroken("privacy/policy.yaml", yaml -> first(yaml, "вакансии и \\$\\{retentionDays\\}",
                "вакансии и \\${retentionDay}"),
                "sections[6].text line", "retentionDay");
    }

    @Test
    void aPrivacyPolicyWithTwoSectionsOfOneHeading() throws IOException {
        assertBroken("privacy/policy.yaml", yaml -> first(yaml, "heading: \"Зачем\"",
                "heading: \"Кто обрабатывает ваши данные\""), "sections[2]", "duplicated id");
    }

    @Test
    void anInvitationMailWithAnUnclosedDirective() throws IOException {
        assertBroken("mail/invitation.ftl", text -> text + "\n<#if cases gt 0>без конца\n", "line", "");
    }

    private static String first(String text, String regex, String replacement) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("pattern %s in the shipped file", regex).isTrue();
        return matcher.replaceFirst(replacement);
    }

    private void assertBroken(String file, UnaryOperator<String> breakIt, String entry, String problem)
            throws IOException {
        Path source = Path.of("templates");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(source.relativize(path).toString());
                Files.createDirectories(target.getParent());
                Files.copy(path, target);
            }
        }
        Path broken = copy.resolve(file);
        Files.writeString(broken, breakIt.apply(Files.readString(broken)));
        ContentLoader loader = new ContentLoader(copy.toString(), validator);
        assertThatThrownBy(() -> loadAll(loader, copy.toString()))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("templates/" + file)
                .satisfies(e -> assertThat(((InvalidContentException) e).problems()).as("problems")
                        .anySatisfy(p -> {
                            assertThat(p.entry()).startsWith(entry);
                            assertThat(p.toString()).contains(problem);
                        }));
    }
}
