package ru.rop.portal.classification;

/** The eight documented types of a head of sales; the classifier's possible answers. */
public enum RopTypeId {
    NOVICE,
    SOUL_OF_COMPANY,
    NOT_MY_PROBLEM,
    TREND_CHASER,
    BUSY_BEE,
    CHOLERIC,
    AUTOCRAT,
    CEO_DREAM
}
