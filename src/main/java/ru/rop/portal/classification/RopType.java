package ru.rop.portal.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One of the eight types with what an owner needs to know about a person of this type. */
public record RopType(
        @NotNull RopTypeId id,
        @NotBlank @Size(max = 60) String label,
        @NotBlank @Size(max = 200) String summary,
        @NotBlank @Size(max = 700) String behaviour,
        @NotNull @Size(min = 3, max = 5) List<@NotBlank @Size(max = 160) String> strengths,
        @NotNull @Size(min = 3, max = 5) List<@NotBlank @Size(max = 160) String> risks,
        @NotNull @Size(min = 3, max = 5) List<@NotBlank @Size(max = 200) String> interviewChecks,
        @NotNull @Size(min = 3, max = 5) List<@NotBlank @Size(max = 200) String> developmentVectors,
        @NotNull @Valid Signature signature) {

    /** The dimensions that decide this type: which must be high, which must be low. */
    public record Signature(@NotNull List<@NotNull DimensionId> high, @NotNull List<@NotNull DimensionId> low) {
    }
}
