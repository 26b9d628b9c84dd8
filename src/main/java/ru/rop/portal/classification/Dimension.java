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
        @NotBlank @Size(max = 200) String lowPole) {
}
