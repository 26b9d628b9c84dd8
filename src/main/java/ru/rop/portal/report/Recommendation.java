package ru.rop.portal.report;

/** Advice to the person who decides; {@code INSUFFICIENT} when the evidence does not carry any advice yet. */
public enum Recommendation {
    STRONG_YES, YES, NO, STRONG_NO, INSUFFICIENT;

    public String labelKey() {
        return "recommendation." + name();
    }
}
