package ru.rop.portal.classification;

import java.util.List;

/**
 * The classifier's answer: advice for a person, never a verdict.
 *
 * @param clear false for a blend (best and runner-up too close), a weak best match or a flat, middling profile
 * @param confidence 0..1: how much of the best type's signature rests on evidence rather than on unknowns
 * @param explanation the best type's conditions, most decisive first, each with its effect in plain Russian
 */
public record Classification(TypeMatch best, TypeMatch runnerUp, List<TypeMatch> ranking, boolean clear,
                             double confidence, List<Reason> explanation) {

    public record TypeMatch(RopTypeId type, String label, double match) {
    }

    public enum Effect {
        SUPPORTS, CONTRADICTS, NEUTRAL, UNKNOWN
    }

    /** @param text the pole the value leans to, or for an unknown dimension the pole the type expects */
    public record Reason(DimensionId dimension, Double value, Effect effect, String text, boolean decisive) {
    }
}
