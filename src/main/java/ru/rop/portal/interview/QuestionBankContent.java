package ru.rop.portal.interview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionKind;
import ru.rop.portal.classification.Evidence;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.content.ContentChecks;

/** The file templates/interview/questions.yaml. */
record QuestionBankContent(@NotNull List<@Valid @NotNull InterviewQuestion> questions) {

    static final String FILE = "interview/questions.yaml";
    static final int MIN_QUESTIONS = 40;
    static final int MIN_PER_COMPETENCY = 3;
    static final int MIN_PER_DIMENSION = 3;

    void check(ContentChecks checks, RopModel model) {
        checks.uniqueIds("questions", questions, InterviewQuestion::id);
        checks.atLeast("questions", questions.size(), MIN_QUESTIONS, "questions");
        for (int i = 0; i < questions.size(); i++) {
            InterviewQuestion question = questions.get(i);
            String entry = "questions[" + i + "]";
            if (model.competency(question.competency()).isEmpty()) {
                checks.problem(entry + ".competency", "unknown competency '" + question.competency() + "'");
            }
            question.redFlags().stream().filter(id -> model.redFlag(id).isEmpty())
                    .forEach(id -> checks.problem(entry + ".redFlags", "unknown red flag '" + id + "'"));
            Evidence.checkCapabilityWeights(checks, entry + ".evidence", question.evidence(), model);
            checkStyles(checks, entry + ".styles", question, model);
            if (!question.anchors().isEmpty()) {
                checks.fivePointScale(entry + ".anchors", question.anchors());
            }
        }
        model.competencies().forEach(competency -> checks.atLeast("questions",
                (int) questions.stream().filter(q -> q.competency().equals(competency.id())).count(),
                MIN_PER_COMPETENCY, "questions for competency " + competency.id()));
        for (DimensionId dimension : DimensionId.values()) {
            checks.atLeast("questions", (int) questions.stream().filter(q -> q.dimensions().contains(dimension))
                    .count(), MIN_PER_DIMENSION, "questions giving evidence for " + dimension);
        }
    }

    private static void checkStyles(ContentChecks checks, String entry, InterviewQuestion question, RopModel model) {
        Set<DimensionId> seen = EnumSet.noneOf(DimensionId.class);
        for (DimensionId style : question.styles()) {
            if (style == null) {
                continue;
            }
            Dimension dimension = model.dimension(style);
            if (dimension != null && dimension.kind() != DimensionKind.STYLE) {
                checks.problem(entry, style + " is a capability, not a style: score it through evidence");
            }
            if (!seen.add(style)) {
                checks.problem(entry, style + " is listed twice");
            }
        }
    }
}
