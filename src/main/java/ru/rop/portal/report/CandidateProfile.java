package ru.rop.portal.report;

import java.util.List;
import java.util.Map;
import ru.rop.portal.assessment.InvitationStatus;
import ru.rop.portal.assessment.OnlineEvidence;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.cases.CaseEvidence;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionScore;
import ru.rop.portal.classification.DimensionScoring;
import ru.rop.portal.classification.RedFlag;
import ru.rop.portal.classification.RoleBalance;
import ru.rop.portal.interview.InterviewEvidence;
import ru.rop.portal.interview.PanelSummary;

/**
 * All evidence about a candidate in one place: advice for the person who decides, never a verdict.
 *
 * @param blinded the viewer is a rater in progress ({@link ru.rop.portal.interview.InterviewService#blindedFor}):
 *                colleagues' scores, case levels, red flags, quotes and conclusions are left out, and so are the
 *                recommendation, the owner's decision, the type and the dimension profile ({@link #withheld()})
 * @param classification null until enough dimensions have evidence to classify honestly
 * @param recommendation what the documented rules advise
 * @param decision the owner's override with its reason, or null
 * @param integrity how the online assessment was taken, once submitted; null before
 */
public record CandidateProfile(long candidateId, String fullName, long vacancyId, String vacancyTitle, Stage stage,
                               InvitationStatus assessmentStatus, boolean blinded, List<CompetencyScore> competencies,
                               RoleBalance roleBalance, Map<DimensionId, DimensionScore> dimensions,
                               Classification classification, List<FlagEvidence> redFlags,
                               RecommendationResult recommendation, HiringDecision decision,
                               List<PanelSummary.Rater> raters, List<InterviewEvidence.Quote> quotes,
                               List<CaseEvidence.CaseResult> cases, OnlineEvidence.Integrity integrity,
                               int observations) {

    /** A red flag with everyone who raised it and on which question. */
    public record FlagEvidence(RedFlag flag, List<InterviewEvidence.FlagFinding> sources) {
    }

    /**
     * This profile as a rater in progress sees it: only the evidence they gave themselves (their own case levels)
     * and the candidate's assessment status; the conclusions — the rules' recommendation, the owner's decision
     * with its reason, the type and the dimension profile — wait until they submit their interview.
     */
    CandidateProfile withheld() {
        return new CandidateProfile(candidateId, fullName, vacancyId, vacancyTitle, stage, assessmentStatus, true,
                competencies, roleBalance, DimensionScoring.score(List.of()), null, List.of(),
                new RecommendationResult(Recommendation.INSUFFICIENT,
                        List.of(new RecommendationResult.Reason("profile.blinded.conclusions", List.of()))),
                null, List.of(), List.of(), cases, integrity, 0);
    }

    /** The recommendation that stands: the owner's when given, else the rules'. */
    public Recommendation effectiveRecommendation() {
        return decision != null ? decision.recommendation() : recommendation.value();
    }

    public long knownDimensions() {
        return dimensions.values().stream().filter(DimensionScore::known).count();
    }
}
