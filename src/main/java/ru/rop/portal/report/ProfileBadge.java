package ru.rop.portal.report;

import ru.rop.portal.assessment.InvitationStatus;
import ru.rop.portal.classification.Classification;

/**
 * A candidate's profile as a board card shows it. For a rater in progress ({@code blinded}) only the assessment status
 * is filled: no type, advice, score or flag that colleagues' evidence produced.
 *
 * @param typeLabel the best type, null until one can be named; {@code certainty} says whether it is clear
 * @param advice the recommendation that stands (the owner's when given); null when blinded
 * @param meanScore mean of the known competency scores, null without any
 */
public record ProfileBadge(long candidateId, InvitationStatus assessment, boolean blinded, String typeLabel,
                           Classification.Certainty certainty, Recommendation advice, Double meanScore,
                           int redFlags) {

    static ProfileBadge of(CandidateProfile profile, Double meanScore) {
        if (profile.blinded()) {
            return new ProfileBadge(profile.candidateId(), profile.assessmentStatus(), true, null, null, null, null,
                    0);
        }
        Classification type = profile.classification();
        return new ProfileBadge(profile.candidateId(), profile.assessmentStatus(), false,
                type == null ? null : type.best().label(), type == null ? null : type.certainty(),
                profile.effectiveRecommendation(), meanScore, profile.redFlags().size());
    }
}
