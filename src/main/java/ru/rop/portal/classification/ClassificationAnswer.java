package ru.rop.portal.classification;

import java.util.List;
import java.util.Locale;

/** The classification as the API returns it (as the public API contract describes it): the best type flattened, effects in lower case. */
public record ClassificationAnswer(RopTypeId type, String label, double match, boolean clear, double confidence,
                                   Match runnerUp, List<Match> ranking, List<ReasonAnswer> explanation) {

    public record Match(RopTypeId type, String label, double match) {
    }

    public record ReasonAnswer(DimensionId dimension, Double value, String effect, String text, boolean decisive) {
    }

    public static ClassificationAnswer of(Classification result) {
        return new ClassificationAnswer(result.best().type(), result.best().label(), result.best().match(),
                result.clear(), result.confidence(), match(result.runnerUp()),
                result.ranking().stream().map(ClassificationAnswer::match).toList(),
                result.explanation().stream().map(reason -> new ReasonAnswer(reason.dimension(), reason.value(),
                        reason.effect().name().toLowerCase(Locale.ROOT), reason.text(), reason.decisive())).toList());
    }

    private static Match match(Classification.TypeMatch match) {
        return new Match(match.type(), match.label(), match.match());
    }
}
