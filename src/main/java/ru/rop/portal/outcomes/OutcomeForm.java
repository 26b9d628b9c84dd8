package ru.rop.portal.outcomes;

/**
 * The figures of one period as a person or a CRM sends them; nulls are reported as missing fields.
 *
 * @param month 3, 6 or 12 months after the start date
 * @param planAttainmentPct the sales plan attained in the period, 0–500 %
 * @param teamTurnoverPct the share of the team that left in the period, 0–100 %
 * @param conversionChangePct the change of the team's conversion against the period before the hire, −100…500 %
 * @param stillEmployed whether the person still works in the company; if not, the note says why
 * @param ownerRating the owner's judgement, 1–5
 */
public record OutcomeForm(Integer month, Double planAttainmentPct, Double teamTurnoverPct, Double conversionChangePct,
                          Boolean stillEmployed, Integer ownerRating, String note) {
}
