package ru.rop.portal.cases;

import java.time.Instant;
import java.util.Map;

/**
 * The scoring screen of one assigned case: the answer beside the rubric with the viewer's own levels.
 *
 * @param mine the viewer's level and comment per criterion id; absent criteria are not scored yet
 */
public record CaseSheet(long assignmentId, long candidateId, String candidateName, BusinessCase businessCase,
                        CaseMode mode, String answer, Instant answeredAt, Map<String, Mark> mine) {

    public record Mark(Integer level, String comment, Instant updatedAt) {
    }
}
