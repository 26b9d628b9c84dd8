package ru.rop.portal.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** One of the eight types with what an owner needs to know about a person of this type. */
public record RopType(
        @NotNull RopTypeId id,
        @NotBlank @Size(max = 60) String label,
        @NotBlank @Size(max = 80) String formalName,
        @NotBlank @Size(max = 200) String summary,
        @NotBlank @Size(max = 700) String behaviour,
        @NotNull @Size(min = 3, max = 5) List<@NotBlank @Size(max = 160) String> strengths,
        @NotNull @Size(min = 3, max = 5) List<@NotBlank @Size(max = 160) String> risks,
        @NotNull @Size(min = 3, max = 5) List<@NotBlank @Size(max = 200) String> interviewChecks,
        @NotNull @Size(min = 3, max = 5) List<@NotBlank @Size(max = 200) String> developmentVectors,
        @NotNull @Valid Signature signature,
        Map<@NotNull DimensionId, @NotNull @DecimalMin("1.0") @DecimalMax("5.0") Double> example) {

    /**
     * @param label      the source's name («Деловая колбаса»), kept where the product explains the model
     * @param formalName business wording for papers an owner may forward («энергичный исполнитель без системы»)
     * @param example    a typical person of this type on all twelve dimensions: the classifier page's preset
     */
    public RopType {
        example = example == null ? Map.of() : Map.copyOf(example);
    }

    /** The source's name with the formal wording beside it, as reports print it. */
    public String formalLabel() {
        return label + " (" + formalName + ")";
    }

    /**
     * The dimensions that decide this type: which must be high, which must be low, and weaker supporting
     * conditions that keep a dimension within a band (e.g. «not high»).
     */
    public record Signature(@NotNull List<@NotNull DimensionId> high, @NotNull List<@NotNull DimensionId> low,
                            List<@Valid @NotNull Band> supporting) {

        public Signature {
            supporting = supporting == null ? List.of() : List.copyOf(supporting);
        }
    }

    /** A dimension expected between {@code min} and {@code max} on the 1–5 scale. */
    public record Band(@NotNull DimensionId dimension,
                       @DecimalMin("1.0") @DecimalMax("5.0") double min,
                       @DecimalMin("1.0") @DecimalMax("5.0") double max) {
    }
}
