package ru.rop.portal.classification;

/** Capabilities are better when higher; style traits are neither good nor bad on their own. */
public enum DimensionKind {
    CAPABILITY, STYLE
}
