package ru.rop.portal.classification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A competency of the interviewer's scorecard with its behaviourally anchored 1–5 scale: each level names what an
 * interviewer can observe, so two raters mean the same thing by «3».
 */
public record Competency(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String id,
        @NotBlank @Size(max = 60) String label,
        @NotBlank @Size(max = 400) String description,
        @NotEmpty @Size(max = 3) List<@NotNull RoleId> roles,
        @NotNull Map<@NotNull Integer, @NotBlank @Size(max = 250) String> levels,
        @NotEmpty @Size(max = 4) List<@NotNull DimensionId> dimensions) {

    public String level(int score) {
        return levels.get(score);
    }
}
