package ru.rop.portal.analytics;

import java.util.List;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.candidate.Stage;

/**
 * The pipeline numbers of one vacancy for candidates who entered it in a period.
 *
 * @param candidates candidates who entered the pipeline in the period
 * @param medianDaysToOffer median days from entering the pipeline to the first offer, null when nobody got one
 * @param offers how many of them reached the offer
 */
public record FunnelReport(int candidates, List<StageRow> stages, Double medianDaysToOffer, int offers,
                           List<SourceRow> sources) {

    /**
     * @param reached candidates who got at least this far (REJECTED: who were ever rejected)
     * @param current candidates in this stage now
     * @param conversion share of {@code reached} who reached the next stage, 0..1; null for the last stages or none
     * @param medianDays median days a candidate spent in this stage (the time so far for those still in it); null for
     *                   the final stages or when nobody was in it
     * @param timed candidates the median is taken over
     */
    public record StageRow(Stage stage, int reached, int current, Double conversion, Double medianDays, int timed) {
    }

    /** @param interviews of its candidates, how many reached the interview; {@code offers}: the offer */
    public record SourceRow(Source source, int candidates, int interviews, int offers) {
    }
}
