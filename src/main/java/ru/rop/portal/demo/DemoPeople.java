package ru.rop.portal.demo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.classification.RopTypeId;
import ru.rop.portal.report.Recommendation;

/** {@code templates/demo/people.yaml}: the demo's assessed candidates and what became of them. */
record DemoPeople(@NotNull @Size(min = 2, max = 2) List<@NotBlank String> raters,
                  @NotEmpty List<@Valid @NotNull Person> people) {

    static final String FILE = "demo/people.yaml";

    /**
     * @param blend the second type of a blend, null for a clear one; {@code share} is the first type's part
     * @param fate the stage they end in: HIRED, OFFER, FINALIST or REJECTED
     */
    record Person(@NotBlank String name, @NotNull RopTypeId type, RopTypeId blend,
                  @DecimalMin("0.0") @DecimalMax("1.0") Double share, @NotNull Stage fate, Integer startMonthsAgo,
                  String reason, @Valid Decision decision, List<@Valid @NotNull Outcome> outcomes) {
    }

    record Decision(@NotNull Recommendation recommendation, @NotBlank String reason) {
    }

    record Outcome(@NotNull Integer month, @NotNull Double plan, @NotNull Double turnover, @NotNull Double conversion,
                   @NotNull Boolean employed, @NotNull Integer rating, String note) {
    }
}
