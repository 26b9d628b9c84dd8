package ru.rop.portal.classification;

/**
 * Where a piece of evidence comes from, and how much it weighs. What a person was seen doing (interview answers
 * scored against anchors, case criteria) weighs most; a chosen option in a situational item less; what a candidate
 * says of themselves least, because self-description is the easiest to steer.
 */
public enum EvidenceSource {
    INTERVIEW(3.0),
    CASE(3.0),
    RED_FLAG(2.0),
    SITUATIONAL(1.5),
    SELF_ASSESSMENT(0.5);

    private final double weight;

    EvidenceSource(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
