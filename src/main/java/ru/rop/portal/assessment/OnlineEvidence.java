package ru.rop.portal.assessment;

import java.util.List;
import ru.rop.portal.classification.Observation;

/**
 * What the online assessment adds to a candidate's profile: its status and, once submitted, the dimension evidence
 * of the situational and self-assessment answers with the signals of how it was taken. Signals inform a person;
 * they never reject anyone by themselves.
 */
public record OnlineEvidence(InvitationStatus status, List<Observation> observations, Integrity integrity) {

    /**
     * @param fastAnswers answers given faster than the item can be read
     * @param tabSwitches times the candidate left the page
     */
    public record Integrity(List<SectionTime> sections, int fastAnswers, List<String> fastItems, int tabSwitches,
                            List<CasePaste> pastes) {
    }

    /** @param seconds time spent on the section's items; {@code budgetSeconds} the guide the candidate saw */
    public record SectionTime(AssessmentSection section, int seconds, int budgetSeconds, int answered, int items) {
    }

    /** @param pastedChars characters pasted into the answer, of {@code answerChars} in it */
    public record CasePaste(String caseTitle, int pastedChars, int answerChars) {
    }

    public static OnlineEvidence none(InvitationStatus status) {
        return new OnlineEvidence(status, List.of(), null);
    }
}
