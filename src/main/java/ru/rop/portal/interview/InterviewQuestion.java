package ru.rop.portal.interview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.DimensionId;

/**
 * A question of the bank with everything an interviewer needs in the room: what to listen for, how a strong and a
 * weak answer sound, follow-up probes, the red flags it tends to reveal, and what its score says about dimensions.
 *
 * @param evidence the capabilities a better answer shows more of (weights 0.5 or 1)
 * @param styles   the style dimensions the answer reveals: the interviewer marks where the candidate sits on each
 *                 style's own 1–5 scale, apart from the quality score (empty when the question reveals none)
 * @param anchors  the question's own anchored 1–5 scale, used instead of the competency's (empty: use those)
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
        @NotEmpty @Size(max = 3) Map<@NotNull DimensionId, @NotNull Double> evidence,
        @Size(max = 2) List<@NotNull DimensionId> styles,
        Map<@NotNull Integer, @NotBlank @Size(max = 300) String> anchors) {

    public InterviewQuestion {
        styles = styles == null ? List.of() : styles;
        anchors = anchors == null ? Map.of() : anchors;
    }

    /** The five anchors a score is given against, level 1 first: the question's own, else the competency's. */
    public List<String> levels(Competency competency) {
        return IntStream.rangeClosed(1, 5)
                .mapToObj(level -> anchors.isEmpty() ? competency.level(level) : anchors.get(level)).toList();
    }

    /** Every dimension the question gives evidence for: the capabilities it scores and the styles it observes. */
    public Set<DimensionId> dimensions() {
        Set<DimensionId> all = EnumSet.noneOf(DimensionId.class);
        all.addAll(evidence.keySet());
        all.addAll(styles);
        return all;
    }
}
