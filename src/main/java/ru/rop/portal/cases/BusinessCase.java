package ru.rop.portal.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import ru.rop.portal.classification.DimensionId;

/** A business case with its task, time budget and scoring rubric. */
public record BusinessCase(
        @NotNull @Pattern(regexp = "CASE_[A-Z0-9_]{2,40}") String id,
        @NotBlank @Size(max = 120) String title,
        @NotBlank @Size(max = 2500) String task,
        @Min(10) @Max(60) int minutes,
        @NotEmpty List<@NotNull CaseMode> modes,
        @NotEmpty @Size(max = 3) List<@NotBlank String> competencies,
        @NotNull @Size(min = 3, max = 5) List<@Valid @NotNull Criterion> criteria) {

    /** A rubric line: what each level of the answer looks like and what it says about dimensions. */
    public record Criterion(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,40}") String id,
            @NotBlank @Size(max = 120) String label,
            @NotBlank String competency,
            @NotNull Map<@NotNull Integer, @NotBlank @Size(max = 300) String> levels,
            @NotEmpty @Size(max = 3) Map<@NotNull DimensionId, @NotNull Double> evidence) {
    }
}
