package ru.rop.portal.classification;

import java.util.List;

/**
 * The classifier's answer: advice for a person, never a verdict.
 *
 * @param clear the type is clear: {@link Certainty#CLEAR}
 * @param certainty how far the type can be trusted: clear, preliminary (the shape fits but the evidence is thin or
 *                  comes only from the candidate's own answers), or a blend
 * @param confidence 0..1, the data coverage over all twelve dimensions (the mean of their evidence confidences):
 *                   how much is known, not how certain the type is
 * @param knownDimensions dimensions known from more than a single weak hint, of twelve
 * @param explanation the best type's conditions, most decisive first, each with its effect in plain Russian
 */
public record Classification(TypeMatch best, TypeMatch runnerUp, List<TypeMatch> ranking, boolean clear,
                             Certainty certainty, double confidence, int knownDimensions,
                             List<Reason> explanation) {

    /** A clear type needs this many of the twelve dimensions known from more than a single weak hint. */
    public static final int CLEAR_MIN_KNOWN = 8;

    public record TypeMatch(RopTypeId type, String label, double match) {
    }

    public enum Certainty {
        /** The type's shape stands out, enough dimensions are known and a person saw part of the evidence. */
        CLEAR,
        /** The shape stands out, but too few dimensions are known or nobody has seen the candidate yet. */
        PRELIMINARY,
        /** Two types are close, the best match is weak, or the profile is flat and middling. */
        BLEND
    }

    public enum Effect {
        SUPPORTS, CONTRADICTS, NEUTRAL, UNKNOWN
    }

    /** @param text the pole the value leans to, or for an unknown dimension the pole the type expects */
    public record Reason(DimensionId dimension, Double value, Effect effect, String text, boolean decisive) {
    }
}
