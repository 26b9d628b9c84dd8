package ru.rop.portal.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import ru.rop.portal.classification.DimensionId;

/** A situational judgement item: a head-of-sales situation and four defensible ways to act. */
public record SituationalItem(
        @NotNull @Pattern(regexp = "SJ\\d{2,3}") String id,
        @NotBlank @Size(max = 700) String scenario,
        @NotNull @Size(min = 4, max = 4) List<@Valid @NotNull Option> options) {

    public record Option(
            @NotNull @Pattern(regexp = "[A-D]") String id,
            @NotBlank @Size(max = 240) String text,
            @NotEmpty @Size(max = 3) Map<@NotNull DimensionId, @NotNull Integer> effects) {
    }
}
