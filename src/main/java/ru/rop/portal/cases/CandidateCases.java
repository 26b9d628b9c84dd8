package ru.rop.portal.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.StaleEditException;
import ru.rop.portal.common.UserFacingException;

/**
 * One candidate's cases for the features that act for the candidate rather than for a rater: the written cases and
 * their answers on the candidate's link, and the personal-data export. The caller has checked the link or the role
 * and holds the transaction; nothing here is reachable from a page by itself.
 */
@Component
public class CandidateCases {

    public record CaseData(String caseId, @Nullable String title, @Nullable String task, CaseMode mode,
                           @Nullable String answer, @Nullable Instant answeredAt, String assignedBy,
                           Instant assignedAt, List<ScoreData> scores) {
    }

    public record ScoreData(String rater, String criterionId, @Nullable String criterion, @Nullable Integer level,
                            @Nullable String comment, Instant updatedAt) {
    }

    private final CaseAssignmentRepository assignments;
    private final CaseLibrary library;

    CandidateCases(CaseAssignmentRepository assignments, CaseLibrary library) {
        this.assignments = assignments;
        this.library = library;
    }

    /** The cases given to be answered in writing and their text so far, in the order they were given. */
    public List<WrittenCase> written(long candidateId) {
        return assignments.writtenCases(candidateId);
    }

    /**
     * A written case's text, saved over the text the candidate's page last saw (a second device cannot silently
     * overwrite the first).
     *
     * @throws UserFacingException {@code assessment.item.unknown} for a case not given in writing
     * @throws StaleEditException {@code assessment.answer.changed} when the text changed since {@code base}
     */
    public void write(long candidateId, String caseId, @Nullable String base, @Nullable String text, Instant now) {
        CaseAssignment assignment = assignments.findByCandidateIdOrderByAssignedAtAscIdAsc(candidateId).stream()
                .filter(a -> a.getMode() == CaseMode.WRITTEN && a.getCaseId().equals(caseId)).findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.item.unknown"));
        if (!assignment.answerIs(base)) {
            throw new StaleEditException("assessment.answer.changed");
        }
        assignment.answer(text, now);
        assignments.save(assignment);
    }

    /** Everything held on the candidate's cases, with the words of each case and criterion, for the export. */
    public List<CaseData> exported(long candidateId) {
        return assignments.findByCandidateIdOrderByAssignedAtAscIdAsc(candidateId).stream().map(this::caseData)
                .toList();
    }

    private CaseData caseData(CaseAssignment assignment) {
        Optional<BusinessCase> businessCase = library.businessCase(assignment.getCaseId());
        return new CaseData(assignment.getCaseId(), businessCase.map(BusinessCase::title).orElse(null),
                businessCase.map(BusinessCase::task).orElse(null), assignment.getMode(), assignment.getAnswer(),
                assignment.getAnsweredAt(), assignment.getAssignedBy(), assignment.getAssignedAt(),
                assignment.getScores().stream().map(score -> new ScoreData(score.getRaterName(),
                        score.getCriterionId(), businessCase.flatMap(c -> c.criteria().stream()
                                .filter(criterion -> criterion.id().equals(score.getCriterionId())).findFirst())
                                .map(BusinessCase.Criterion::label).orElse(null), score.getLevel(),
                        score.getComment(), score.getUpdatedAt())).toList());
    }
}
