package ru.rop.portal.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.common.content.ContentChecks;

/**
 * The file templates/assessment/self-assessment.yaml (v2, forced choice): what the candidate is asked to do and
 * the blocks FC01, FC02, … in order, each of exactly three statements A, B, C; within a block no two statements
 * describe the same pole of the same dimension, and every dimension is described by enough statements in the file.
 */
record SelfAssessmentContent(@NotBlank @Size(max = 400) String instructions,
                             @NotNull List<@Valid @NotNull SelfAssessmentBlock> blocks) {

    static final String FILE = "assessment/self-assessment.yaml";
    static final int MIN_STATEMENTS_PER_DIMENSION = 3;
    static final List<String> STATEMENT_IDS = List.of("A", "B", "C");

    void check(ContentChecks checks) {
        for (int b = 0; b < blocks.size(); b++) {
            SelfAssessmentBlock block = blocks.get(b);
            String entry = "blocks[" + b + "]";
            String expected = "FC%02d".formatted(b + 1);
            if (!expected.equals(block.id())) {
                checks.problem(entry + ".id", "is '" + block.id() + "' where '" + expected
                        + "' is expected: blocks are numbered FC01, FC02, … in order");
            }
            List<String> ids = block.statements().stream().map(SelfAssessmentStatement::id).toList();
            if (!STATEMENT_IDS.equals(ids)) {
                checks.problem(entry + ".statements", "statement ids are " + ids + " where [A, B, C] is expected");
            }
            for (int s = 1; s < block.statements().size(); s++) {
                SelfAssessmentStatement statement = block.statements().get(s);
                for (int earlier = 0; earlier < s; earlier++) {
                    SelfAssessmentStatement other = block.statements().get(earlier);
                    if (other.dimension() == statement.dimension() && Objects.equals(other.pole(), statement.pole())) {
                        checks.problem(entry + ".statements[" + s + "]", "describes " + statement.dimension() + " "
                                + statement.pole() + " like statement " + other.id()
                                + ": a block's statements must differ in dimension or pole");
                    }
                }
            }
        }
        for (DimensionId dimension : DimensionId.values()) {
            int count = (int) blocks.stream().flatMap(b -> b.statements().stream())
                    .filter(s -> s.dimension() == dimension).count();
            checks.atLeast("blocks", count, MIN_STATEMENTS_PER_DIMENSION, "statements on " + dimension);
        }
    }
}
