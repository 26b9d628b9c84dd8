package ru.rop.portal.interview;

import java.util.List;
import ru.rop.portal.classification.DimensionId;

/**
 * @param plannedMinutes the questions' minutes plus the opening and closing
 * @param uncoveredCompetencies labels of competencies no question of the plan asks about
 * @param silentDimensions dimensions no question of the plan gives evidence for
 */
public record KitCoverage(int plannedMinutes, List<String> uncoveredCompetencies,
                          List<DimensionId> silentDimensions) {
}
