package ru.rop.portal.classification;

/** The three roles of a head of sales; a competency serves one or more of them. */
public enum RoleId {
    /** Управленец: plans, strategy, budget, coordination. */
    MANAGER,
    /** Продавец: negotiates, closes key deals, sets the service standard. */
    SELLER,
    /** Мотиватор: rewards, training, culture, team spirit. */
    MOTIVATOR
}
