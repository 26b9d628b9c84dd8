package ru.rop.portal.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.rop.portal.classification.DimensionId;

/** A Likert statement; {@code reverse} when agreeing speaks for the dimension's low pole. */
public record SelfAssessmentStatement(
        @NotNull @Pattern(regexp = "SA\\d{2,3}") String id,
        @NotBlank @Size(max = 200) String text,
        @NotNull DimensionId dimension,
        boolean reverse) {
}
