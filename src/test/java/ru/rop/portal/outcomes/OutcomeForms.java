package ru.rop.portal.outcomes;

/**
 * Outcome forms for tests: the 3-month figures of a hire who stayed, every value within its limits, unless the test
 * says otherwise; so a test names only the figure it is about.
 */
public final class OutcomeForms {

    private Integer month = 3;
    private Double planAttainmentPct = 100.0;
    private Double teamTurnoverPct = 10.0;
    private Double conversionChangePct = 0.0;
    private Boolean stillEmployed = true;
    private Integer ownerRating = 3;
    private String note;

    private OutcomeForms() {
    }

    public static OutcomeForms anOutcome() {
        return new OutcomeForms();
    }

    public OutcomeForms withMonth(Integer month) {
        this.month = month;
        return this;
    }

    public OutcomeForms withPlanAttainmentPct(Double planAttainmentPct) {
        this.planAttainmentPct = planAttainmentPct;
        return this;
    }

    public OutcomeForms withTeamTurnoverPct(Double teamTurnoverPct) {
        this.teamTurnoverPct = teamTurnoverPct;
        return this;
    }

    public OutcomeForms withConversionChangePct(Double conversionChangePct) {
        this.conversionChangePct = conversionChangePct;
        return this;
    }

    public OutcomeForms withStillEmployed(Boolean stillEmployed) {
        this.stillEmployed = stillEmployed;
        return this;
    }

    public OutcomeForms withOwnerRating(Integer ownerRating) {
        this.ownerRating = ownerRating;
        return this;
    }

    public OutcomeForms withNote(String note) {
        this.note = note;
        return this;
    }

    public OutcomeForm build() {
        return new OutcomeForm(month, planAttainmentPct, teamTurnoverPct, conversionChangePct, stillEmployed,
                ownerRating, note);
    }
}
