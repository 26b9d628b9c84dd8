package ru.rop.portal.classification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A behavioural dimension as the content describes it: 1 is the low pole, 5 the high pole.
 *
 * @param scale for a style only: what an interviewer hears at each position 1–5 of the style itself (all five)
 */
public record Dimension(
        @NotNull DimensionId id,
        @NotBlank @Size(max = 40) String label,
        @NotNull DimensionKind kind,
        @NotBlank @Size(max = 300) String description,
        @NotBlank @Size(max = 200) String highPole,
        @NotBlank @Size(max = 200) String lowPole,
        @NotBlank @Size(max = 90) String highLabel,
        @NotBlank @Size(max = 90) String lowLabel,
        Map<@NotNull Integer, @NotBlank @Size(max = 200) String> scale) {

    public Dimension {
        scale = scale == null ? Map.of() : scale;
    }

    /** The style's own wording of a position 1–5; empty for a capability. */
    public String scaleText(int position) {
        return scale.getOrDefault(position, "");
    }

    /** The short wording of the pole a value leans to; a value in the middle is named by the dimension itself. */
    public String poleLabel(double value) {
        return value >= 3.5 ? highLabel : value <= 2.5 ? lowLabel : label;
    }
}
