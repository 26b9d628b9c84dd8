package ru.rop.portal.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * A forced-choice block of the self-assessment: three statements of equal desirability, of which the candidate
 * marks the one most like them and the one least like them.
 */
public record SelfAssessmentBlock(
        @NotNull @Pattern(regexp = "FC\\d{2,3}") String id,
        @NotNull @Size(min = 3, max = 3) List<@Valid @NotNull SelfAssessmentStatement> statements) {

    public Optional<SelfAssessmentStatement> statement(String statementId) {
        return statements.stream().filter(s -> s.id().equals(statementId)).findFirst();
    }
}
