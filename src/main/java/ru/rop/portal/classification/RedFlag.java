package ru.rop.portal.classification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A warning sign an interviewer or case reader notices; raising it adds evidence towards the poles it names.
 *
 * @param group flags of one group describe one behaviour seen from different sides: together they count once
 */
public record RedFlag(
        @NotNull @Pattern(regexp = "RF_[A-Z0-9_]{2,40}") String id,
        @NotBlank @Size(max = 80) String label,
        @NotBlank @Size(max = 300) String description,
        @NotBlank @Size(max = 120) String source,
        @NotEmpty @Size(max = 3) Map<@NotNull DimensionId, @NotNull Integer> effects,
        @Nullable @Pattern(regexp = "[A-Z][A-Z0-9_]{1,40}") String group) {

    /** What the flag counts as: its group, or the flag itself when it stands alone. */
    public String behaviour() {
        return group == null ? id : group;
    }
}
