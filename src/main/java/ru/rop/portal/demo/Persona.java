package ru.rop.portal.demo;

import java.util.EnumMap;
import java.util.Map;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.RopType;
import ru.rop.portal.classification.RopTypeId;

/**
 * A person of one documented type: where they sit on each of the twelve dimensions. Every answer the demo and the
 * simulation tests give for them is derived from this profile — the option whose effects agree most with it, the statement most and least like it, the
 * interview score and the style position an interviewer would give, the case level a reader would give.
 */
public record Persona(RopTypeId type, Map<DimensionId, Double> profile) {

    /** The typical person of a type as the model describes them (its example profile). */
    public static Persona of(RopType type) {
        return new Persona(type.id(), new EnumMap<>(type.example()));
    }

    /** Between two types: {@code share} of the first, the rest of the second — a blend. */
    public static Persona blend(RopType first, RopType second, double share) {
        Map<DimensionId, Double> profile = new EnumMap<>(DimensionId.class);
        for (DimensionId dimension : DimensionId.values()) {
            profile.put(dimension, share * first.example().get(dimension)
                    + (1 - share) * second.example().get(dimension));
        }
        return new Persona(first.id(), profile);
    }

    public double value(DimensionId dimension) {
        return profile.get(dimension);
    }

    /** How much a choice with these effects (−2…2 towards a pole) agrees with this person. */
    public double agreement(Map<DimensionId, Integer> effects) {
        double sum = 0.0;
        for (Map.Entry<DimensionId, Integer> effect : effects.entrySet()) {
            sum += (value(effect.getKey()) - 3.0) * effect.getValue();
        }
        return sum;
    }

    /** The 1–5 score an observer gives an answer that shows these capabilities (weights 0.5 or 1). */
    public int score(Map<DimensionId, Double> evidence) {
        double sum = 0.0;
        double weights = 0.0;
        for (Map.Entry<DimensionId, Double> entry : evidence.entrySet()) {
            sum += value(entry.getKey()) * Math.abs(entry.getValue());
            weights += Math.abs(entry.getValue());
        }
        return clamp(Math.round(sum / weights));
    }

    /** Where an interviewer places this person on a style's own scale. */
    public int position(DimensionId style) {
        return clamp(Math.round(value(style)));
    }

    /** Whether the behaviour a red flag names is this person's: the poles it points to are clearly theirs. */
    public boolean shows(Map<DimensionId, Integer> flagEffects) {
        double sum = 0.0;
        double weights = 0.0;
        for (Map.Entry<DimensionId, Integer> effect : flagEffects.entrySet()) {
            sum += Math.signum(effect.getValue()) * (value(effect.getKey()) - 3.0) * Math.abs(effect.getValue());
            weights += Math.abs(effect.getValue());
        }
        return sum / weights >= 1.0;
    }

    private static int clamp(long value) {
        return (int) Math.max(1, Math.min(5, value));
    }
}
