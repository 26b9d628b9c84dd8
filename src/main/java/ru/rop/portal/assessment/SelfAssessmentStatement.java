package ru.rop.portal.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.rop.portal.classification.DimensionId;

/**
 * One of a forced-choice block's three statements: a first-person description of one pole of one dimension.
 *
 * @param id A, B or C within its block
 * @param pole which end of the dimension the statement describes
 */
public record SelfAssessmentStatement(
        @NotNull @Pattern(regexp = "[A-C]") String id,
        @NotBlank @Size(max = 160) String text,
        @NotNull DimensionId dimension,
        @NotNull Pole pole) {

    /** The end of a dimension a statement speaks for: HIGH says much of it, LOW little. */
    public enum Pole {
        HIGH, LOW
    }
}
