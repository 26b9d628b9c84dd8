package ru.rop.portal.assessment;

import java.util.List;
import ru.rop.portal.classification.Observation;

/**
 * What the online assessment adds to a candidate's profile: its status and, once submitted, the dimension evidence
 * of the situational and self-assessment answers with the signals of how it was taken. Signals inform a person and
 * lower the weight of the online evidence; they never reject anyone by themselves and never raise anyone.
 *
 * @param observations already weighed by the plausibility of the answering
 * @param flags red flags that a chosen option itself shows
 */
public record OnlineEvidence(InvitationStatus status, List<Observation> observations, Integrity integrity,
                             List<FlagChoice> flags) {

    /**
     * @param fastAnswers answers given faster than the item can be read
     * @param tabSwitches times the candidate left the page
     */
    public record Integrity(List<SectionTime> sections, int fastAnswers, List<String> fastItems, int tabSwitches,
                            List<CasePaste> pastes, Plausibility plausibility) {
    }

    /** @param seconds time spent on the section's items; {@code budgetSeconds} the guide the candidate saw */
    public record SectionTime(AssessmentSection section, int seconds, int budgetSeconds, int answered, int items) {
    }

    /** @param pastedChars characters pasted into the answer, of {@code answerChars} in it */
    public record CasePaste(String caseTitle, int pastedChars, int answerChars) {
    }

    /** Ways of answering that look like a rule of thumb rather than a person describing their work. */
    public enum Signal {
        /** Nearly every option best for the capabilities taken: more perfect than people are. */
        TOO_PERFECT,
        /** Mostly the longest option. */
        LONGEST_OPTION,
        /** Mostly the same place on the screen (straight-lining). */
        SAME_POSITION,
        /** Many answers faster than their text can be read. */
        TOO_FAST
    }

    /**
     * @param weight 0.1..1: the share of its usual weight the online evidence keeps
     * @param topShare share of situational answers that took the option best for the capabilities
     * @param longestShare share that took the longest option
     * @param positionShare share of answers at the most used place on the screen
     * @param fastShare share of answers faster than reading
     */
    public record Plausibility(List<Signal> signals, double weight, double topShare, double longestShare,
                               double positionShare, double fastShare) {

        public static final Plausibility NONE = new Plausibility(List.of(), 1.0, 0.0, 0.0, 0.0, 0.0);

        public boolean doubtful() {
            return !signals.isEmpty();
        }
    }

    /** A red flag shown by the option a candidate chose in a situational item. */
    public record FlagChoice(String redFlagId, String itemId, String scenario) {
    }

    public static OnlineEvidence none(InvitationStatus status) {
        return new OnlineEvidence(status, List.of(), null, List.of());
    }
}
