package ru.rop.portal.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.common.content.ContentChecks;

/** The file templates/assessment/self-assessment.yaml: the Likert scale's labels and the statements. */
record SelfAssessmentContent(@NotNull @Size(min = 5, max = 5) List<@NotBlank @Size(max = 40) String> scale,
                             @NotNull List<@Valid @NotNull SelfAssessmentStatement> statements) {

    static final String FILE = "assessment/self-assessment.yaml";
    static final int MIN_STATEMENTS = 24;
    static final int MIN_REVERSED = 6;

    void check(ContentChecks checks) {
        checks.uniqueIds("statements", statements, SelfAssessmentStatement::id);
        checks.atLeast("statements", statements.size(), MIN_STATEMENTS, "statements");
        checks.atLeast("statements", (int) statements.stream().filter(SelfAssessmentStatement::reverse).count(),
                MIN_REVERSED, "reverse-keyed statements");
        for (DimensionId dimension : DimensionId.values()) {
            checks.atLeast("statements", (int) statements.stream().filter(s -> s.dimension() == dimension).count(),
                    1, "statements on " + dimension);
        }
    }
}
