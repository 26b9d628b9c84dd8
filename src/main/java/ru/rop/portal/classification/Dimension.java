package ru.rop.portal.classification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A behavioural dimension as the content describes it: 1 is the low pole, 5 the high pole. */
public record Dimension(
        @NotNull DimensionId id,
        @NotBlank @Size(max = 40) String label,
        @NotNull DimensionKind kind,
        @NotBlank @Size(max = 300) String description,
        @NotBlank @Size(max = 200) String highPole,
        @NotBlank @Size(max = 200) String lowPole,
        @NotBlank @Size(max = 90) String highLabel,
        @NotBlank @Size(max = 90) String lowLabel) {

    /** The short wording of the pole a value leans to; a value in the middle is named by the dimension itself. */
    public String poleLabel(double value) {
        return value >= 3.5 ? highLabel : value <= 2.5 ? lowLabel : label;
    }
}
