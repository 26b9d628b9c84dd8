package ru.rop.portal.classification;

/** The twelve behavioural dimensions of DOMAIN.md: ids are the contract shared by every feature and the API. */
public enum DimensionId {
    MANAGES_THROUGH_TEAM,
    DEMANDS_RESULTS,
    OWNS_OUTCOMES,
    APPLIES_KNOWLEDGE,
    FOCUS_ON_PRIORITIES,
    ORGANIZED,
    INVOLVES_TEAM,
    RAPPORT,
    TREND_AWARENESS,
    CREATIVITY,
    CONTROL_INTENSITY,
    BUSYNESS
}
