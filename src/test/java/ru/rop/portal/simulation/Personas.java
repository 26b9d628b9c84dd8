package ru.rop.portal.simulation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.RopTypeId;
import ru.rop.portal.demo.Persona;

/**
 * A person of each documented type, written from the type's description in DOMAIN.md alone (not from the content's
 * keys): where they sit on each of the twelve dimensions. Every answer the simulation gives for them is derived
 * from this profile through {@link Persona}.
 */
final class Personas {

    // Order: MANAGES_THROUGH_TEAM, DEMANDS_RESULTS, OWNS_OUTCOMES, APPLIES_KNOWLEDGE, FOCUS_ON_PRIORITIES, ORGANIZED,
    //        INVOLVES_TEAM, RAPPORT, TREND_AWARENESS, CREATIVITY, CONTROL_INTENSITY, BUSYNESS
    static final List<Persona> ALL = List.of(
            // Promoted top seller, never trained: closes deals himself, busy, reports only when asked.
            of(RopTypeId.NOVICE, 1.4, 3.0, 3.2, 2.8, 2.6, 2.8, 2.8, 3.4, 2.6, 3.0, 2.8, 4.0),
            // Warm, not demanding, explains weak numbers by circumstances, hardly checks.
            of(RopTypeId.SOUL_OF_COMPANY, 3.0, 1.5, 2.2, 2.8, 2.8, 2.8, 3.6, 4.6, 3.0, 3.0, 1.6, 3.0),
            // Blames others, brings no solutions, not warm.
            of(RopTypeId.NOT_MY_PROBLEM, 2.6, 2.6, 1.4, 2.6, 2.6, 2.8, 2.6, 2.4, 2.8, 2.2, 2.6, 2.6),
            // Knows every new tool, applies none; starts many things, finishes few.
            of(RopTypeId.TREND_CHASER, 3.0, 2.8, 3.0, 1.5, 2.4, 2.4, 3.2, 3.4, 4.7, 3.6, 2.4, 3.2),
            // Always busy, neglects plan control and team development.
            of(RopTypeId.BUSY_BEE, 2.8, 2.8, 3.0, 2.8, 1.5, 2.8, 2.4, 3.0, 2.8, 2.6, 3.4, 4.7),
            // Chaotic, forgets plans and deadlines, yet improvises well.
            of(RopTypeId.CHOLERIC, 3.0, 3.0, 3.0, 3.0, 2.2, 1.4, 2.8, 3.2, 3.4, 4.6, 2.4, 3.8),
            // Decides alone, controls every step, cold.
            of(RopTypeId.AUTOCRAT, 2.8, 4.2, 3.4, 3.2, 3.2, 3.8, 1.4, 2.0, 2.8, 2.2, 4.7, 3.6),
            // Leads through the team, controls the key numbers without taking over, applies what is new.
            of(RopTypeId.CEO_DREAM, 4.6, 4.6, 4.6, 4.6, 4.6, 4.6, 4.6, 4.6, 3.8, 3.4, 3.2, 2.6));

    private static Persona of(RopTypeId type, double... values) {
        Map<DimensionId, Double> profile = new EnumMap<>(DimensionId.class);
        for (DimensionId dimension : DimensionId.values()) {
            profile.put(dimension, values[dimension.ordinal()]);
        }
        return new Persona(type, profile);
    }

    private Personas() {
    }
}
