package ru.rop.portal.classification;

import java.util.List;
import java.util.Locale;

/**
 * The classification as the API returns it (as the public API contract describes it): the best type flattened,
 * effects and certainty in lower case.
 *
 * @param certainty {@code clear}, {@code preliminary} or {@code blend}
 * @param confidence the data coverage over all twelve dimensions, not the certainty of the type
 * @param knownDimensions dimensions known from real evidence, of twelve; a clear type needs eight
 */
public record ClassificationAnswer(RopTypeId type, String label, double match, boolean clear, String certainty,
                                   double confidence, int knownDimensions, Match runnerUp, List<Match> ranking, List<ReasonAnswer> explanation) {

    public record Match(RopTypeId type, String label, double match) {
    }

    public record ReasonAnswer(DimensionId dimension, Double value, String effect, String text, boolean decisive) {
    }

    public static ClassificationAnswer of(Classification result) {
        return new ClassificationAnswer(result.best().type(), result.best().label(), result.best().match(),
                result.clear(), result.certainty().name().toLowerCase(Locale.ROOT), result.confidence(),
                result.knownDimensions(), match(result.runnerUp()),
                result.ranking().stream().map(ClassificationAnswer::match).toList(),
                result.explanation().stream().map(reason -> new ReasonAnswer(reason.dimension(), reason.value(),
                        reason.effect().name().toLowerCase(Locale.ROOT), reason.text(), reason.decisive())).toList());
    }

    private static Match match(Classification.TypeMatch match) {
        return new Match(match.type(), match.label(), match.match());
    }
}
