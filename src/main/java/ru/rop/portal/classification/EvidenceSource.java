package ru.rop.portal.classification;

/**
 * Where a piece of evidence comes from, and how much it weighs. What a person was seen doing (interview answers
 * scored against anchors, case criteria) weighs most; a chosen option in a situational item less; what a candidate
 * says of themselves least, because self-description is the easiest to steer.
 */
public enum EvidenceSource {
    INTERVIEW(3.0, true),
    CASE(3.0, true),
    RED_FLAG(2.0, true),
    SITUATIONAL(1.5, false),
    SELF_ASSESSMENT(0.5, false);

    private final double weight;
    private final boolean observed;

    EvidenceSource(double weight, boolean observed) {
        this.weight = weight;
        this.observed = observed;
    }

    /** A person saw it (interviewer, case reader); false for what the candidate chose alone online. */
    public boolean observed() {
        return observed;
    }

    public double weight() {
        return weight;
    }
}
