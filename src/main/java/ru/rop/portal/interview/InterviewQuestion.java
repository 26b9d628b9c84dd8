package ru.rop.portal.interview;

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

/**
 * A question of the bank with everything an interviewer needs in the room: what to listen for, how a strong and a
 * weak answer sound, follow-up probes, the red flags it tends to reveal, and what its score says about dimensions.
 */
public record InterviewQuestion(
        @NotNull @Pattern(regexp = "Q\\d{2,3}") String id,
        @NotBlank String competency,
        @NotNull QuestionKind kind,
        @Min(3) @Max(10) int minutes,
        @NotBlank @Size(max = 400) String text,
        @NotBlank @Size(max = 300) String listenFor,
        @NotBlank @Size(max = 400) String strongAnswer,
        @NotBlank @Size(max = 400) String weakAnswer,
        @NotNull @Size(min = 3, max = 5) List<@NotBlank @Size(max = 200) String> probes,
        @NotNull @Size(max = 3) List<@NotBlank String> redFlags,
        @NotEmpty @Size(max = 3) Map<@NotNull DimensionId, @NotNull Double> evidence) {
}
