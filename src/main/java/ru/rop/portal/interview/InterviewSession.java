package ru.rop.portal.interview;

import java.time.Instant;
import java.util.List;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.RedFlag;

/** Everything the interview screen needs: the plan with each answer so far and where the interviewer stopped. */
public record InterviewSession(long id, long candidateId, String candidateName, long vacancyId, String vacancyTitle,
                               InterviewStatus status, int currentPosition, int plannedMinutes, Instant startedAt,
                               String conclusion, List<Step> steps) {

    /**
     * @param levels the five behavioural anchors, level 1 first: the question's own, else the competency's
     * @param styles the styles the question reveals, each with its own 1–5 scale, for marking beside the score
     * @param plannedStartMinute when, on the plan, this question should start (after the opening)
     */
    public record Step(InterviewQuestion question, String competencyLabel, List<String> levels,
                       List<Dimension> styles, List<RedFlag> redFlags, int plannedStartMinute, AnswerRecord answer) {

        public Step withAnswer(AnswerRecord answer) {
            return new Step(question, competencyLabel, levels, styles, redFlags, plannedStartMinute, answer);
        }
    }

    public boolean submitted() {
        return status == InterviewStatus.SUBMITTED;
    }

    public long scoredCount() {
        return steps.stream().filter(step -> step.answer().score() != null).count();
    }
}
