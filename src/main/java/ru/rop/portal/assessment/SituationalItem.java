package ru.rop.portal.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.RopTypeId;

/** A situational judgement item: a head-of-sales situation and four defensible ways to act. */
public record SituationalItem(
        @NotNull @Pattern(regexp = "SJ\\d{2,3}") String id,
        @NotBlank @Size(min = 200, max = 700) String scenario,
        @NotNull @Size(min = 4, max = 4) List<@Valid @NotNull Option> options) {

    /**
     * @param view the documented type whose honest choice this option is, so a reviewer can check that every option
     *             is what some real person would defend
     * @param redFlag a red flag the choice itself shows (rare), or null
     */
    public record Option(
            @NotNull @Pattern(regexp = "[A-D]") String id,
            @NotBlank @Size(min = 60, max = 240) String text,
            @NotNull RopTypeId view,
            @NotEmpty @Size(max = 3) Map<@NotNull DimensionId, @NotNull Integer> effects,
            @Nullable String redFlag) {
    }
}
