package ru.rop.portal.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The file templates/assessment/flow.yaml: time budgets and the reading speed behind «too fast». */
record AssessmentFlow(@Min(20) @Max(300) int situationalSecondsPerItem,
                      @Min(5) @Max(60) int selfSecondsPerStatement,
                      @Min(3) @Max(20) int fastWordsPerSecond) {

    static final String FILE = "assessment/flow.yaml";
}
